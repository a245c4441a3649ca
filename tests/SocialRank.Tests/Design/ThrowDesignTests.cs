using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.RegularExpressions;
using SocialRank.Internal;

namespace SocialRank.Tests.Design;

/// <summary>
/// Guards "one place that throws": the library throws only through <see cref="Throw"/> (in <c>Internal/</c>), and every
/// member of <see cref="Throw"/> is of one of its three kinds (see its remarks).
/// </summary>
public partial class ThrowDesignTests
{
    private static readonly IReadOnlyList<SourceFile> Library = SourceLayers.ReadLibrary();

    [Fact]
    public void Library_ThrowsOnlyThroughTheThrowHelper()
    {
        string[] found = [.. OwnThrows(Library)];

        Assert.Equal([], found);
    }

    [Fact]
    public void OwnThrows_InlineThrowOutsideInternal_IsFound()
        => Assert.Equal(
            ["Zones/Bad.cs:2: throw new ArgumentException(\"no\");"],
            OwnThrows([new("Zones/Bad.cs", "namespace SocialRank.Zones;\nthrow new ArgumentException(\"no\");\n// throw in a comment\n")]));

    [Fact]
    public void Throw_EveryMemberIsAThrowerACheckOrAMessage()
    {
        string[] odd = [.. Methods()
            .Where(m => !(IsThrower(m) || m.Name.StartsWith("If", StringComparison.Ordinal) || m.ReturnType == typeof(string)))
            .Select(m => m.Name)];

        Assert.Equal([], odd);
    }

    [Fact]
    public void Throw_DoesNotReturnMethods_ReturnNothing()
    {
        string[] odd = [.. Methods()
            .Where(m => m.IsDefined(typeof(DoesNotReturnAttribute)) && m.ReturnType != typeof(void))
            .Select(m => m.Name)];

        Assert.Equal([], odd);
        Assert.True(Methods().Count(IsThrower) > 40);
    }

    [Fact]
    public void ThrowSources_EveryMemberWithAThrow_IsDoesNotReturn()
    {
        string[] files = [.. Library.Where(f => f.Path.StartsWith("Internal/Throw", StringComparison.Ordinal)).Select(f => f.Path)];
        Assert.Contains("Internal/Throw.cs", files);

        Assert.Equal([], ThrowingMembersWithoutDoesNotReturn(Library.Where(f => files.Contains(f.Path))));
    }

    [Fact]
    public void ThrowingMembersWithoutDoesNotReturn_MemberThatThrows_IsFound()
    {
        const string Source = """
            internal static partial class Throw
            {
                [DoesNotReturn]
                internal static void Fine() => throw new InvalidOperationException();

                internal static void Bad() => throw new InvalidOperationException();
            }
            """;

        Assert.Equal(["Internal/Throw.X.cs: Bad"], ThrowingMembersWithoutDoesNotReturn([new("Internal/Throw.X.cs", Source)]));
    }

    /// <summary>The methods of <see cref="Throw"/> (not the compiler's: local functions and lambdas).</summary>
    private static IEnumerable<MethodInfo> Methods()
        => typeof(Throw).GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
            .Where(m => !m.Name.Contains('<', StringComparison.Ordinal));

    private static bool IsThrower(MethodInfo method) => method.IsDefined(typeof(DoesNotReturnAttribute)) && method.ReturnType == typeof(void);

    /// <summary>Every <c>throw</c> in the code outside <c>Internal/</c>, but the library's own exception thrown where pages are checked.</summary>
    private static IEnumerable<string> OwnThrows(IEnumerable<SourceFile> files)
    {
        foreach (SourceFile file in files.Where(f => SourceLayers.LayerOf(f.Path) != "Internal"))
        {
            string[] code = SourceLayers.CodeOnly(file.Text).Split('\n');
            string[] text = file.Text.Split('\n');
            for (int i = 0; i < code.Length; i++)
            {
                // InvalidPagesException is the library's own (Pages/), which Internal may not use: it is thrown where the
                // pages are checked, with its message from Throw.ProblemsMessage.
                if (ThrowKeyword().IsMatch(code[i]) && !code[i].Contains("throw new InvalidPagesException(", StringComparison.Ordinal))
                {
                    yield return $"{file.Path}:{i + 1}: {text[i].Trim()}";
                }
            }
        }
    }

    /// <summary>The members of the given parts of <see cref="Throw"/> whose code throws but that are not <c>[DoesNotReturn]</c>.</summary>
    private static List<string> ThrowingMembersWithoutDoesNotReturn(IEnumerable<SourceFile> files)
    {
        var found = new List<string>();
        foreach (SourceFile file in files)
        {
            string[] lines = SourceLayers.CodeOnly(file.Text).Split('\n');
            string? member = null;
            bool doesNotReturn = false, pendingAttribute = false, throws = false;
            foreach (string line in lines.Append("    internal static void End()"))
            {
                if (MemberDeclaration().Match(line) is { Success: true } declaration)
                {
                    if (member is not null && throws && !doesNotReturn)
                    {
                        found.Add($"{file.Path}: {member}");
                    }

                    member = declaration.Groups["name"].Value;
                    doesNotReturn = pendingAttribute;
                    pendingAttribute = false;
                    throws = false;
                }

                pendingAttribute |= line.Contains("[DoesNotReturn]", StringComparison.Ordinal);
                throws |= member is not null && ThrowKeyword().IsMatch(line);
            }
        }

        return found;
    }

    [GeneratedRegex(@"\bthrow\b")]
    private static partial Regex ThrowKeyword();

    [GeneratedRegex(@"^\s{4}(?:internal|private)\s+static\s+[^=(]*?\b(?<name>\w+)\s*(?:<[^>]*>)?\s*\(")]
    private static partial Regex MemberDeclaration();
}
