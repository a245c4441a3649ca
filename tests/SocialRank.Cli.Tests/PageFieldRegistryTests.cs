using System.Reflection;
using System.Text.RegularExpressions;
using SocialRank.Cli.Input;
using SocialRank.Cli.Method;
using SocialRank.Pages;

namespace SocialRank.Cli.Tests;

/// <summary>
/// Guards "adding a page field is one registry entry plus its aliases": the tool's pages-file columns, its method-file
/// field names and its reading of pages all derive from <see cref="PageFields"/>, and every count of
/// <see cref="PageStats"/> has exactly one registry entry and exactly one entry of extra header names.
/// </summary>
public partial class PageFieldRegistryTests
{
    /// <summary>The count properties of <see cref="PageStats"/>: every public <c>double?</c> one.</summary>
    private static readonly PropertyInfo[] CountProperties = typeof(PageStats)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.PropertyType == typeof(double?))
        .ToArray();

    public static TheoryData<string> Keys() => [.. PageFields.All.Select(f => f.Key)];

    [Fact]
    public void EveryCountProperty_HasOneRegistryFieldAndOneAliasEntry()
    {
        Assert.NotEmpty(CountProperties);
        foreach (PropertyInfo property in CountProperties)
        {
            PageField field = Assert.Single(PageFields.All, f => string.Equals(f.Key.Replace("_", ""), property.Name, StringComparison.OrdinalIgnoreCase));
            Assert.Single(ColumnAliases.FieldExtras, e => e.Key == field.Key);
        }

        Assert.Equal(CountProperties.Length, PageFields.All.Count);
        Assert.Equal(PageFields.All.Select(f => f.Key), ColumnAliases.FieldExtras.Select(e => e.Key));
    }

    [Fact]
    public void PagesColumns_AreTheTextColumnsAroundOneNumberColumnPerField()
    {
        Assert.Equal(PageFields.All, ColumnAliases.Pages.Where(c => c.IsNumber).Select(c => c.Field));
        Assert.All(PageFields.All, f => Assert.Same(f, ColumnAliases.For(f).Field));
        Assert.All(PageFields.All, f => Assert.Equal(f.Key, ColumnAliases.For(f).Name));
        Assert.Equal(
            ["id", "name", "name_ru", "network", "region", .. PageFields.All.Select(f => f.Key), "eligible", "exclusion_reason"],
            ColumnAliases.Pages.Select(c => c.Name));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void FieldColumn_HeadersAreTheRegistryNamesThenTheExtras(string key)
    {
        Assert.True(PageFields.TryGet(key, out PageField? field));
        ExtraHeaders extra = Assert.Single(ColumnAliases.FieldExtras, e => e.Key == key);
        string[] canonical = [.. new[] { field.EnglishName, field.Key, field.RussianName }.Select(ColumnAliases.Normalize).Distinct()];

        // The extras are only extra: none repeats a name the registry gives, nor another extra.
        string[] extras = [.. extra.English.Concat(extra.Russian).Select(ColumnAliases.Normalize)];
        Assert.Empty(extras.Intersect(canonical));
        Assert.Equal(extras.Length, extras.Distinct().Count());

        Assert.Equal(
            [ColumnAliases.Normalize(field.EnglishName), .. extra.English, ColumnAliases.Normalize(field.RussianName), .. extra.Russian],
            ColumnAliases.For(field).Headers);
        Assert.Contains(ColumnAliases.Normalize(field.Key), ColumnAliases.For(field).Headers);
        Assert.Contains("  " + key + " ", ColumnAliases.Describe());
    }

    [Fact]
    public void MethodFields_AreTheRegistryKeysAndInteractions()
        => Assert.Equal([.. PageFields.All.Select(f => f.Key), "interactions"], MethodLoader.Fields.Keys);

    [Theory]
    [MemberData(nameof(Keys))]
    public void MethodField_ReadsTheFieldAndRequiresItsColumn(string key)
    {
        Assert.True(PageFields.TryGet(key, out PageField? field));
        var file = new MethodFile { Indicators = [new IndicatorEntry { Name = "own", Value = key }] };
        LoadedMethod loaded = MethodLoader.Load(file, "method.json", MethodOverrides.None, "en");
        Assert.Same(field.Value, Assert.Single(loaded.Method.Indicators).Indicator.Value);
        if (field == PageFields.Population)
        {
            Assert.Empty(loaded.RequiredColumns);
            Assert.True(loaded.NeedsPopulation);
        }
        else
        {
            Assert.Equal([field], loaded.RequiredColumns);
            Assert.False(loaded.NeedsPopulation);
        }
    }

    [Fact]
    public void MethodField_Interactions_RequiresTheCountedKinds()
    {
        var file = new MethodFile { Interactions = ["comments", "saves"], Indicators = [new IndicatorEntry { Name = "own", Value = "interactions", Per = "posts" }] };
        LoadedMethod loaded = MethodLoader.Load(file, "method.json", MethodOverrides.None, "en");
        Assert.Equal([PageFields.Posts, PageFields.Comments, PageFields.Saves], loaded.RequiredColumns);
        Assert.Equal(["comments", "saves"], loaded.Resolved.Interactions);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void PagesFile_ColumnNamedByTheRegistry_FillsExactlyThatProperty(string key)
    {
        Assert.True(PageFields.TryGet(key, out PageField? field));
        PropertyInfo property = Assert.Single(CountProperties, p => string.Equals(p.Name, key.Replace("_", ""), StringComparison.OrdinalIgnoreCase));
        foreach (string header in new[] { field.Key, field.EnglishName, field.RussianName.ToUpperInvariant() })
        {
            using var dir = new TempDir();
            RawTable table = TableReader.Read(dir.Write("pages.csv", $"id;{header}\na;\"1 234\"\n"), "pages.csv");
            PageStats page = Assert.Single(PageFileReader.Read(table, [field], false, null, "en", [])).Page;
            foreach (PropertyInfo p in CountProperties)
            {
                Assert.Equal(p == property ? 1234.0 : null, (double?)p.GetValue(page));
            }
        }
    }

    [Fact]
    public void Readme_ColumnTable_ListsTheToolsColumnsAndHeaders()
    {
        string readme = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "README.md")).ReplaceLineEndings("\n");
        string[] lines = readme.Split('\n');
        int header = Array.IndexOf(lines, "| field | header names the tool recognises | needed |");
        Assert.True(header >= 0, "README.md lacks the column table");
        var rows = lines.Skip(header + 2).TakeWhile(l => l.StartsWith('|')).Select(l => l.Split('|')).ToList();

        Assert.Equal(ColumnAliases.Pages.Select(c => c.Name), rows.Select(r => r[1].Trim()));
        foreach ((Column column, string[] row) in ColumnAliases.Pages.Zip(rows))
        {
            string[] shown = [.. Backticked().Matches(row[2]).Select(m => ColumnAliases.Normalize(m.Groups[1].Value)).Distinct()];
            Assert.True(column.Headers.Order().SequenceEqual(shown.Order()), $"README lists for {column.Name}: {string.Join(", ", shown)}; the tool reads: {string.Join(", ", column.Headers)}");
        }
    }

    [Fact]
    public void Readme_MethodFileFields_AreTheToolsFieldNames()
    {
        string readme = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "README.md")).ReplaceLineEndings("\n");
        Match fields = Regex.Match(readme, @"\(fields: ([^;]+);");
        Assert.True(fields.Success, "README.md lacks the method file's list of fields");
        Assert.Equal(MethodLoader.Fields.Keys, Backticked().Matches(fields.Groups[1].Value).Select(m => m.Groups[1].Value));
    }

    [Fact]
    public void Readme_MissingColumnExample_IsTheToolsMessage()
    {
        string readme = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "README.md")).ReplaceLineEndings("\n");
        Column column = ColumnAliases.For(PageFields.EngagedUsers);
        string[] found = ["id", "name_en", "followers", "posts", "likes", "comments", "shares", "saves", "engagd_users"];
        Assert.Contains("error: " + InputErrors.MissingColumn("pages.csv", column.Name, column.Headers, found) + "\n", readme, StringComparison.Ordinal);
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();
}
