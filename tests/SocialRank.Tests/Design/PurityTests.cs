using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.CompilerServices;
using SocialRank.Ranking;

namespace SocialRank.Tests.Design;

/// <summary>Guards the design rule "the core is pure: no I/O, no console, no static mutable state".</summary>
public class PurityTests
{
    private static readonly Assembly Library = typeof(Ranker).Assembly;

    // Types whose use would mean I/O, console output, network or process-wide state in the core.
    private static readonly string[] ForbiddenTypes =
    [
        "System.Console",
        "System.IO.File",
        "System.IO.FileInfo",
        "System.IO.FileStream",
        "System.IO.Directory",
        "System.IO.DirectoryInfo",
        "System.IO.StreamReader",
        "System.IO.StreamWriter",
        "System.IO.Path",
        "System.Diagnostics.Process",
        "System.Net.Http.HttpClient",
        "System.Net.WebClient",
        "System.Random",
    ];

    [Fact]
    public void Library_ReferencesNoIoConsoleOrProcessTypes()
    {
        using var stream = File.OpenRead(Library.Location);
        using var pe = new PEReader(stream);
        MetadataReader reader = pe.GetMetadataReader();
        var referenced = reader.TypeReferences
            .Select(h => reader.GetTypeReference(h))
            .Select(t => $"{reader.GetString(t.Namespace)}.{reader.GetString(t.Name)}")
            .ToHashSet(StringComparer.Ordinal);

        string[] found = [.. ForbiddenTypes.Where(referenced.Contains)];
        Assert.Equal([], found);

        // System.Environment: reading the processor count (to size parallel work) is allowed; nothing else
        // (variables, current directory, exit) is.
        string[] environmentMembers = [.. reader.MemberReferences
            .Select(h => reader.GetMemberReference(h))
            .Where(m => m.Parent.Kind == HandleKind.TypeReference
                        && reader.GetTypeReference((TypeReferenceHandle)m.Parent) is var t
                        && reader.GetString(t.Namespace) == "System" && reader.GetString(t.Name) == "Environment")
            .Select(m => reader.GetString(m.Name))
            .Where(name => name is not ("get_ProcessorCount" or "get_NewLine"))];
        Assert.Equal([], environmentMembers);
    }

    [Fact]
    public void Library_HasNoStaticMutableFields()
        => Assert.Empty(StaticMutableFields(Library.GetTypes()));

    [Fact]
    public void StaticMutableFields_TypeWithStaticState_IsFound()
        => Assert.Equal(
            [$"{typeof(HasStaticState).FullName}.{nameof(HasStaticState.Counter)}"],
            StaticMutableFields([typeof(HasStaticState)]));

    private static List<string> StaticMutableFields(IEnumerable<Type> types)
        => types
            .Where(t => !IsCompilerGenerated(t))
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsLiteral && !f.IsInitOnly && !IsCompilerGenerated(f))
            .Select(f => $"{f.DeclaringType!.FullName}.{f.Name}")
            .ToList();

    private static bool IsCompilerGenerated(MemberInfo member)
        => member.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false)
           || (member.DeclaringType is { } declaring && IsCompilerGenerated(declaring));

    private static class HasStaticState
    {
#pragma warning disable CS0649, CA2211 // the point of this type is a mutable static field
        public static int Counter;
#pragma warning restore CS0649, CA2211
    }
}
