using SocialRank.Formatting;
using SocialRank.Rating;
using static SocialRank.Tests.Rating.RatingMethodTests;

namespace SocialRank.Tests.Formatting;

/// <summary><see cref="RatingTableOptions.PreviousPlaces"/>: the change column of a final table, in every writer of the library.</summary>
public class PreviousPlacesTests
{
    [Theory]
    [InlineData(5, 2, "▲3")]
    [InlineData(2, 4, "▼2")]
    [InlineData(3, 3, "=")]
    [InlineData(2.5, 1, "▲1.5")]
    [InlineData(double.NaN, 1, "new")]
    public void Change_IsTheMoveUpOrDown(double previous, double place, string expected)
        => Assert.Equal(expected, RatingTables.Change(previous, place, LabelSet.English));

    [Fact]
    public void Change_InRussian_SaysNewInRussian()
        => Assert.Equal("новая", RatingTables.Change(double.NaN, 1, LabelSet.Russian));

    [Fact]
    public void Final_WithPreviousPlaces_HasAChangeColumnAfterThePlace_InTextMarkdownAndCsv()
    {
        // The rating tests' three pages; "c" had no place then.
        RatingResult<SocialRank.Pages.PageStats> result = RatingMethod.Article().Evaluate(ThreePages());
        Dictionary<string, double> now = result.Rows.ToDictionary(r => r.Id, r => r.FinalPlace);
        var previous = new Dictionary<string, double> { ["a"] = now["a"] + 2, ["b"] = now["b"] };
        RatingTable table = RatingTables.Final(result, new RatingTableOptions { PreviousPlaces = previous });

        Assert.Equal([TableColumnKind.Place, TableColumnKind.Change, TableColumnKind.Page], table.Columns.Take(3).Select(c => c.Kind));
        Assert.True(table.Columns[1].IsNumeric);
        Dictionary<string, TableCell> change = table.Rows.ToDictionary(r => r.Id, r => r.Cells[1]);
        Assert.Equal(("▲2", now["a"] + 2), (change["a"].Text, change["a"].PreviousPlace));
        Assert.Equal(("=", now["b"]), (change["b"].Text, change["b"].PreviousPlace));
        Assert.Equal("new", change["c"].Text);
        Assert.True(double.IsNaN(change["c"].PreviousPlace));

        string[] csv = TableWriter.ToCsv(table).Split('\n');
        string[] header = csv[0].Split(',');
        int at = Array.IndexOf(header, "previous place");
        Assert.Equal("change", header[at + 1]);
        string[] rowA = csv.Single(l => l.Split(",").ElementAtOrDefault(1) == "a").Split(',');
        Assert.Equal(((now["a"] + 2).ToString(System.Globalization.CultureInfo.InvariantCulture), "2"), (rowA[at], rowA[at + 1]));
        string[] rowC = csv.Single(l => l.Split(",").ElementAtOrDefault(1) == "c").Split(',');
        Assert.Equal(("", ""), (rowC[at], rowC[at + 1]));
        Assert.StartsWith("| Place | Change | Page |", TableWriter.ToMarkdown(table), StringComparison.Ordinal);
        Assert.Contains("Change", TableWriter.ToText(table).Split('\n')[0], StringComparison.Ordinal);

        RatingTable plain = RatingTables.Final(result);
        Assert.DoesNotContain(plain.Columns, c => c.Kind == TableColumnKind.Change);
        Assert.DoesNotContain("previous place", TableWriter.ToCsv(plain), StringComparison.Ordinal);
    }
}
