using SocialRank.Cli.Method;
using SocialRank.Pages;
using SocialRank.Zones;

namespace SocialRank.Cli.Tests;

public class MethodCommandTests
{
    [Fact]
    public async Task PrintDefault_WritesTheArticlesMethod()
    {
        Run run = await CliRunner.RunAsync("method", "--print-default");
        Assert.Equal(0, run.ExitCode);
        MethodFile method = System.Text.Json.JsonSerializer.Deserialize(run.Stdout, MethodJsonContext.Default.MethodFile)!;
        Assert.Equal(
            ["followers", "followers-percent-of-population", "engaged-users", "average-engagement-per-post", "engaged-users-percent-of-population", "er"],
            method.Indicators!.Select(i => i.Builtin));
        Assert.All(method.Indicators!, i => Assert.Equal(1.0, i.Weight));
        Assert.Equal("min", method.IndicatorTies);
        Assert.Equal("min", method.FinalTies);
        ZoneEntry zones = Assert.Single(method.Zones!);
        Assert.Equal([3, 7, 5, 5, 5], zones.Places!.Select(p => p.Count));
        Assert.Equal(["Leaders", "White zone", "Yellow zone", "Orange zone", "Red zone"], zones.Places!.Select(p => p.Zone));
    }

    [Fact]
    public async Task PrintDefault_UsedAsMethod_GivesTheDefaultRating()
    {
        using var dir = new TempDir();
        Run printed = await CliRunner.RunAsync("method", "--print-default");
        string method = dir.Write("method.json", printed.Stdout);
        Run withFile = await CliRunner.RunAsync("rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--method", method, "--format", "json");
        Run withDefault = await CliRunner.RunAsync("rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--format", "json");
        Assert.Equal(0, withFile.ExitCode);
        Assert.Equal(withDefault.Stdout, withFile.Stdout);
    }

    [Fact]
    public async Task PrintDefault_Russian_NamesIndicatorsAndZonesInRussian()
    {
        Run run = await CliRunner.RunAsync("method", "--print-default", "--lang", "ru");
        Assert.Contains("\"name\": \"подписчики\"", run.Stdout);
        Assert.Contains("\"zone\": \"Лидеры\"", run.Stdout);
    }

    [Fact]
    public async Task Check_SampleMethod_DescribesIt()
    {
        string method = Path.Combine(AppContext.BaseDirectory, "Data", "akimat-method.json");
        Run run = await CliRunner.RunAsync("method", "--check", method);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{method}: a valid method.", run.Stdout);
        Assert.Contains("'followers, % of population': higher is better, 2 decimals, half away from zero, weight 1, missing values rank last.", run.Stdout);
    }

    [Fact]
    public async Task Check_LangRu_SaysTheMethodIsValidAndDescribesItInRussian()
    {
        string method = Path.Combine(AppContext.BaseDirectory, "Data", "akimat-method.json");
        Run run = await CliRunner.RunAsync("method", "--check", method, "--lang", "ru");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"{method}: методика без ошибок.\nРавные значения: ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("«подписчики, % населения»: больше — лучше, знаков после запятой: 2, половина — от нуля, вес 1, нет данных — последнее место.", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("method", "--check")]
    [InlineData("rate", "json")]
    public async Task HugeWeightOrNoInteractions_ExitsWith2AtCheckAndAtRate(string command, string mode)
    {
        using var dir = new TempDir();
        string huge = dir.Write("huge.json", """{ "indicators": [ { "builtin": "followers", "weight": 1e308 }, { "builtin": "engaged-users" } ] }""");
        string none = dir.Write("none.json", """{ "interactions": [], "indicators": [ { "builtin": "followers" } ] }""");
        string[] Args(string method) => command == "method"
            ? ["method", mode, method]
            : ["rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--method", method, "--format", mode];

        Run hugeRun = await CliRunner.RunAsync(Args(huge));
        Run noneRun = await CliRunner.RunAsync(Args(none));

        Assert.Equal(2, hugeRun.ExitCode);
        Assert.Contains("The weights sum to 1E+308; they may sum to at most 4194304", hugeRun.Stderr);
        Assert.Equal("", hugeRun.Stdout);
        Assert.Equal(2, noneRun.ExitCode);
        Assert.Equal($"error: {none}: interactions is an empty list; name the kinds that count (likes, comments, shares, saves) or leave it out for all four.\n", noneRun.Stderr);
    }

    [Fact]
    public async Task Check_OverlappingThresholds_ExitsWith2()
    {
        using var dir = new TempDir();
        string method = dir.Write("m.json", """
            { "zones": [ { "name": "z", "on": "total", "thresholds": [ { "atLeast": 10, "zone": "a" }, { "atLeast": 5, "zone": "b" } ] } ],
              "indicators": [ { "builtin": "followers" } ] }
            """);
        Run run = await CliRunner.RunAsync("method", "--check", method);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {method}: zone scheme 1: ", run.Stderr);
    }

    [Fact]
    public async Task Method_NeitherOption_ExitsWith2()
    {
        Run run = await CliRunner.RunAsync("method");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: Give either --print-default or --check method.json.\n", run.Stderr);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public void Default_FinalTableZones_AreTheLibrarysArticleZones(string language)
    {
        LoadedMethod loaded = MethodLoader.Load(MethodLoader.Default(language), "default method", MethodOverrides.None, language);

        PlaceBandZoneScheme zones = Assert.IsType<PlaceBandZoneScheme>(Assert.Single(loaded.Method.ZoneSchemes));
        PlaceBandZoneScheme library = ArticleZones.FinalTable(language == "ru" ? ArticleZoneNames.Russian : ArticleZoneNames.English);
        Assert.Equal(library.Name, zones.Name);
        Assert.Equal(library.Bands, zones.Bands);
        Assert.Null(zones.Rest);
    }

    [Fact]
    public void SampleMethodFile_Zones_HaveTheLibrarysBandsAndColors()
    {
        // The method file names its zones its own way; its bands, bounds and colors are the article's, as the library has them.
        string path = Path.Combine(AppContext.BaseDirectory, "Data", "akimat-method.json");
        LoadedMethod loaded = MethodLoader.Load(MethodLoader.ReadFile(path, path), path, MethodOverrides.None, "en");

        PlaceBandZoneScheme finalTable = Assert.IsType<PlaceBandZoneScheme>(loaded.Method.ZoneSchemes[0]);
        Assert.Equal(ArticleZones.FinalTable().Bands, finalTable.Bands);
        ThresholdZoneScheme followers = Assert.IsType<ThresholdZoneScheme>(loaded.Method.ZoneSchemes[1]);
        ThresholdZoneScheme library = ArticleZones.FollowersPercentOfPopulation();
        Assert.Equal(library.IndicatorName, followers.IndicatorName);
        Assert.Equal(library.Bands.Select(b => (b.Lower, b.Upper, b.Zone.Color)), followers.Bands.Select(b => (b.Lower, b.Upper, b.Zone.Color)));
    }
}
