using System.Reflection;
using System.Runtime.CompilerServices;
using SocialRank.Rating;

namespace SocialRank.Tests.Design;

/// <summary>Guards the design of the rating model's public types by reflection.</summary>
public class RatingModelDesignTests
{
    private static readonly string[] Namespaces =
        ["SocialRank.Indicators", "SocialRank.Pages", "SocialRank.Engagement", "SocialRank.Zones", "SocialRank.Rating", "SocialRank.Formatting"];

    // A builder is mutable by design (single use); an enumerator has to be.
    private static readonly Type[] MutableByDesign = [typeof(RatingMethodBuilder<>), typeof(RatingRowList<>.Enumerator)];

    private static IEnumerable<Type> PublicTypes() => typeof(RatingMethod).Assembly.GetExportedTypes()
        .Where(t => Namespaces.Contains(t.Namespace) && !t.IsEnum && !t.IsInterface && !typeof(Delegate).IsAssignableFrom(t) && !typeof(Exception).IsAssignableFrom(t))
        .Where(t => !MutableByDesign.Contains(t.IsGenericType ? t.GetGenericTypeDefinition() : t));

    [Fact]
    public void PublicTypes_HaveNoPublicSetters()
    {
        Assert.Contains(typeof(SocialRank.Pages.PageStats), PublicTypes());
        Assert.Contains(typeof(SocialRank.Zones.ThresholdZoneScheme), PublicTypes());
        var settable = PublicTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } set
                && !set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(p => p.DeclaringType!.Name + "." + p.Name);
        Assert.Empty(settable);
    }

    [Fact]
    public void PublicTypes_HaveNoWritablePublicFields()
    {
        var writable = PublicTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsInitOnly && !f.IsLiteral)
            .Select(f => f.DeclaringType!.Name + "." + f.Name);
        Assert.Empty(writable);
    }

    [Fact]
    public void PublicTypes_AreSealedOrStaticOrAbstractBases()
    {
        var open = PublicTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract)
            .Select(t => t.Name);
        Assert.Empty(open);
    }
}
