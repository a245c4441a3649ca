namespace SocialRank.Tests.Design;

/// <summary>
/// Guards "a lower folder never imports a higher one": every source file of <c>src/SocialRank/</c> uses only the layers
/// its folder may use (<see cref="SourceLayers.MayUse"/>), and the checker is shown to find what it must.
/// </summary>
public class LayeringTests
{
    private static readonly IReadOnlyList<SourceFile> Library = SourceLayers.ReadLibrary();

    // The library as it is.

    [Fact]
    public void Library_EveryFolderUsesOnlyTheLayersItMay()
        => Assert.Equal([], SourceLayers.Violations(Library));

    [Fact]
    public void Library_SourcesAreFound_InEveryLayer()
    {
        Assert.True(Library.Count > 50, "only " + Library.Count + " source files found under src/SocialRank");
        Assert.Equal(
            SourceLayers.MayUse.Keys.Order(StringComparer.Ordinal),
            Library.Select(f => SourceLayers.LayerOf(f.Path)).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void LibraryProject_HasNoGlobalUsingsOfItsOwnNamespaces()
    {
        string project = File.ReadAllText(Path.Combine(SourceLayers.LibraryDirectory(), "SocialRank.csproj"));
        string props = File.ReadAllText(Path.Combine(SourceLayers.RepositoryRoot(), "Directory.Build.props"));
        string targets = File.ReadAllText(Path.Combine(SourceLayers.RepositoryRoot(), "eng", "Library.targets"));

        Assert.Equal([], SourceLayers.GlobalUsings(project + props + targets));
    }

    [Fact]
    public void Library_Ranking_UsesNothingButTheThrowHelper()
    {
        IReadOnlyDictionary<string, SortedSet<string>> uses = SourceLayers.Uses(Library);

        Assert.Subset(new SortedSet<string>(["Internal"]), uses["Ranking"]);
        Assert.Empty(uses["Internal"]);
    }

    // The table itself: the three rules of ARCHITECTURE.md, and no cycle.

    [Fact]
    public void Table_RankingMayUseNothingOfOursButInternal()
        => Assert.Equal(["Internal"], SourceLayers.MayUse["Ranking"]);

    [Fact]
    public void Table_InternalMayUseNothing()
        => Assert.Empty(SourceLayers.MayUse["Internal"]);

    [Fact]
    public void Table_ZonesMayUseRanking()
        => Assert.Contains("Ranking", SourceLayers.MayUse["Zones"]);

    [Fact]
    public void Table_NoLayerButFormattingItselfMayUseFormatting()
        => Assert.Equal([], SourceLayers.MayUse.Where(l => l.Value.Contains("Formatting")).Select(l => l.Key));

    [Fact]
    public void Table_HasNoCycle()
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (string layer in SourceLayers.MayUse.Keys)
        {
            Visit(layer, []);
        }

        void Visit(string layer, List<string> path)
        {
            Assert.False(path.Contains(layer), "the layers use each other: " + string.Join(" -> ", path.Append(layer)));
            if (!done.Add(layer))
            {
                return;
            }

            foreach (string used in SourceLayers.MayUse[layer])
            {
                Assert.True(SourceLayers.MayUse.ContainsKey(used), layer + " may use '" + used + "', which is not a layer");
                Visit(used, [.. path, layer]);
            }
        }
    }

    // The checker, on made-up sources (as PurityTests shows its own finder a type with static state).

    [Fact]
    public void Violations_RankingFileUsingRating_IsReported()
        => Assert.StartsWith(
            "Ranking/Bad.cs:1: Ranking uses Rating (using SocialRank.Rating;)",
            OnlyViolation(new SourceFile("Ranking/Bad.cs", "using SocialRank.Rating;\n\nnamespace SocialRank.Ranking;\n\ninternal static class Bad;\n")),
            StringComparison.Ordinal);

    [Theory]
    [InlineData("using static SocialRank.Rating.RatingMethod;")]
    [InlineData("using Method = SocialRank.Rating.RatingMethod;")]
    [InlineData("global using SocialRank.Rating;")]
    [InlineData("internal static class Bad { private static object M() => SocialRank.Rating.RatingMethod.Article(); }")]
    [InlineData("internal static class Bad { private static object M() => global::SocialRank.Rating.RatingMethod.Article(); }")]
    [InlineData("internal static class Bad { private static object M() => Rating.RatingMethod.Article(); }")]
    [InlineData("internal static class Bad { private static string M() => $\"{Rating.RatingMethod.Article()}\"; }")]
    public void Violations_EveryWayOfNamingAHigherLayer_IsReported(string line)
    {
        IReadOnlyList<string> found = SourceLayers.Violations(
        [
            new("Ranking/Bad.cs", "namespace SocialRank.Ranking;\n" + line + "\n"),
            new("Rating/RatingMethod.cs", "namespace SocialRank.Rating;\n\npublic static class RatingMethod;\n"),
        ]);

        Assert.Contains(found, v => v.StartsWith("Ranking/Bad.cs:2: Ranking uses Rating", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("// using SocialRank.Rating;")]
    [InlineData("/// <summary>See <see cref=\"SocialRank.Rating.RatingMethod\"/>.</summary>")]
    [InlineData("/* SocialRank.Rating.RatingMethod */")]
    [InlineData("internal static class Fine { private const string Text = \"using SocialRank.Rating;\"; }")]
    [InlineData("internal static class Fine { private const string Text = @\"SocialRank.Rating.RatingMethod\"; }")]
    [InlineData("internal static class Fine { private const string Text = \"\"\"SocialRank.Rating.RatingMethod\"\"\"; }")]
    [InlineData("internal static class Fine { private static int M(int[] Rating) => Rating.Length; }")]
    [InlineData("using SocialRank.Internal;")]
    public void Violations_TextThatUsesNoHigherLayer_IsNotReported(string line)
    {
        IReadOnlyList<string> found = SourceLayers.Violations(
        [
            new("Ranking/Fine.cs", "namespace SocialRank.Ranking;\n" + line + "\n"),
            new("Rating/RatingMethod.cs", "namespace SocialRank.Rating;\n\npublic static class RatingMethod;\n"),
            new("Internal/Throw.cs", "namespace SocialRank.Internal;\n\ninternal static class Throw;\n"),
        ]);

        Assert.Equal([], found);
    }

    [Fact]
    public void Violations_InternalUsingRanking_IsReported()
        => Assert.StartsWith(
            "Internal/Throw.cs:3: Internal uses Ranking",
            OnlyViolation(
                new SourceFile("Internal/Throw.cs", "namespace SocialRank.Internal;\n\ninternal static class Throw { private const int Max = Ranking.Precision.MaxDecimalPlaces; }\n"),
                new SourceFile("Ranking/Precision.cs", "namespace SocialRank.Ranking;\n\npublic readonly struct Precision { public const int MaxDecimalPlaces = 15; }\n")),
            StringComparison.Ordinal);

    [Fact]
    public void Violations_FileDeclaringAnotherLayersNamespace_IsReported()
    {
        // Declaring Rating's namespace in Ranking/ would reach Rating's types without naming them.
        IReadOnlyList<string> found = SourceLayers.Violations([new("Ranking/Sneaky.cs", "namespace SocialRank.Rating;\n")]);

        Assert.Contains(found, v => v.StartsWith("Ranking/Sneaky.cs:1: a file in Ranking/ declares namespace SocialRank.Rating", StringComparison.Ordinal));
    }

    [Fact]
    public void Violations_SubfolderIsItsTopFoldersLayer()
        => Assert.StartsWith(
            "Rating/Evaluation/Step.cs:1: Rating uses Formatting",
            OnlyViolation(
                new SourceFile("Rating/Evaluation/Step.cs", "using SocialRank.Formatting;\n\nnamespace SocialRank.Rating;\n"),
                new SourceFile("Rating/Results/Row.cs", "using SocialRank.Zones;\n\nnamespace SocialRank.Rating;\n")),
            StringComparison.Ordinal);

    [Fact]
    public void Violations_FolderOutsideTheTable_IsReported()
        => Assert.StartsWith(
            "Editions/New.cs:1: the folder 'Editions' is not a layer",
            OnlyViolation(new SourceFile("Editions/New.cs", "namespace SocialRank.Editions;\n")),
            StringComparison.Ordinal);

    [Fact]
    public void GlobalUsings_UsingItemOfTheLibrary_IsFound()
        => Assert.Equal(
            ["SocialRank.Rating"],
            SourceLayers.GlobalUsings("<ItemGroup><Using Include=\"Xunit\" /><Using Include=\"SocialRank.Rating\" /></ItemGroup>"));

    [Fact]
    public void CodeOnly_KeepsLineBreaksAndHoles_BlanksLiteralsAndComments()
    {
        const string Source = "a // c\nb = \"x\\\"y\" + $\"{c + \"d\"}\" + 'e';\n/* f\ng */ h";

        Assert.Equal("a     \nb =        +    c +       +    ;\n    \n     h", SourceLayers.CodeOnly(Source));
    }

    private static string OnlyViolation(params SourceFile[] files) => Assert.Single(SourceLayers.Violations(files));
}
