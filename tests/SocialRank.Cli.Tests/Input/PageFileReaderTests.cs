using SocialRank.Cli.Input;
using SocialRank.Pages;

namespace SocialRank.Cli.Tests.Input;

public class PageFileReaderTests
{
    private static readonly PageField[] Needed = [PageFields.Followers, PageFields.Posts];

    private static IReadOnlyList<PageRow> Read(string csv, string? regionsCsv = null, IEnumerable<PageField>? required = null, bool needsPopulation = false, List<string>? warnings = null)
    {
        using var dir = new TempDir();
        RawTable table = TableReader.Read(dir.Write("pages.csv", csv), "pages.csv");
        RawTable? regions = regionsCsv is null ? null : TableReader.Read(dir.Write("regions.csv", regionsCsv), "regions.csv");
        return PageFileReader.Read(table, required ?? Needed, needsPopulation, regions, "en", warnings ?? []);
    }

    private static string[] Errors(string csv, string? regionsCsv = null, bool needsPopulation = false)
        => Assert.Throws<InputException>(() => Read(csv, regionsCsv, needsPopulation: needsPopulation)).Messages.ToArray();

    [Fact]
    public void Read_RussianHeadersAndLocalNumbers_ReadsPages()
    {
        // A decimal comma (a count's fraction, 0, is allowed: the value is whole), a space and a lone point grouping thousands.
        IReadOnlyList<PageRow> pages = Read("Ид;Название;Подписчики;Посты;Вовлечённые\na;Страница А;\"12 345\";\"2,0\";1.234\n");
        (PageStats page, int line) = Assert.Single(pages);
        Assert.Equal("a", page.Id);
        Assert.Equal("Страница А", page.Name);
        Assert.Equal(12345.0, page.Followers);
        Assert.Equal(2.0, page.Posts);
        Assert.Equal(1234.0, page.EngagedUsers);
        Assert.Equal(2, line);
    }

    [Fact]
    public void Read_EmptyCell_IsMissingNotZero()
    {
        PageStats page = Assert.Single(Read("id,followers,posts\na,,3\n")).Page;
        Assert.Null(page.Followers);
        Assert.Equal(3.0, page.Posts);
    }

    [Fact]
    public void Read_Regions_GivePopulationByRegion()
    {
        IReadOnlyList<PageRow> pages = Read(
            "id,region,followers,posts\na,north,10,1\nb,south,20,2\n",
            "region_id,name_en,population\nnorth,North,1000\nsouth,South,\"2 000\"\n",
            needsPopulation: true);
        Assert.Equal([1000.0, 2000.0], pages.Select(p => p.Page.Population!.Value));
    }

    [Fact]
    public void Read_Eligibility_ExcludesWithReason()
    {
        IReadOnlyList<PageRow> pages = Read("id,followers,posts,eligible,exclusion_reason\na,1,1,true,\nb,1,1,false,Personal account\nc,1,1,нет,\n");
        Assert.Equal([null, "Personal account", "Marked not eligible in the input"], pages.Select(p => p.Page.ExclusionReason));
    }

    [Fact]
    public void Read_UnknownColumns_AreIgnoredWithANote()
    {
        var warnings = new List<string>();
        Read("id,followers,posts,colour\na,1,1,red\n", warnings: warnings);
        Assert.Equal(["pages.csv: ignored columns: colour."], warnings);
    }

    [Fact]
    public void Read_MissingColumn_NamesFieldAliasesAndTheHeadersFound()
        => Assert.Equal(
            ["pages.csv: no column for posts; name one of: posts, publications, посты, постов, публикации, публикаций, количество постов, количество публикаций, число публикаций. The file's headers: 'id', 'followers', 'psots'."],
            Errors("id,followers,psots\na,1,1\n"));

    [Fact]
    public void Read_TextInNumber_NamesFileLineColumnValue()
        => Assert.Equal(["pages.csv, line 3, column 'Followers': '12a' is not a number."], Errors("id,Followers,posts\na,1,1\nb,12a,1\n"));

    [Fact]
    public void Read_NegativeCount_NamesFileLineColumnValue()
        => Assert.Equal(["pages.csv, line 2, column 'posts': '-5' is negative; counts must be 0 or more."], Errors("id,followers,posts\na,1,-5\n"));

    [Fact]
    public void Read_DuplicateId_NamesBothLines()
        => Assert.Equal(["pages.csv, line 4, column 'id': 'a' is already the id on line 2; ids must be unique."], Errors("id,followers,posts\na,1,1\nb,1,1\na,2,2\n"));

    [Fact]
    public void Read_FormulaName_IsKeptWithANote()
    {
        var warnings = new List<string>();
        PageStats page = Assert.Single(Read("id,name,followers,posts\na,\"=HYPERLINK(\"\"http://x\"\")\",1,1\n", warnings: warnings)).Page;
        Assert.Equal("=HYPERLINK(\"http://x\")", page.Name);
        Assert.Equal(["pages.csv, line 2, column 'name': '=HYPERLINK(\"http://x\")' starts with '=', which spreadsheets run as a formula; it is kept as text, and the outputs write it so that no spreadsheet runs it."], warnings);
    }

    [Fact]
    public void Read_EmptyId_IsRejected()
        => Assert.Equal(["pages.csv, line 2, column 'id': the id is empty."], Errors("id,followers,posts\n,1,1\n"));

    [Fact]
    public void Read_UnknownRegion_IsRejected()
        => Assert.Equal(
            ["pages.csv, line 2, column 'region': region 'west' is not in regions.csv."],
            Errors("id,region,followers,posts\na,west,1,1\n", "region_id,population\nnorth,1000\n", needsPopulation: true));

    [Fact]
    public void Read_PopulationNeededWithoutSource_IsRejected()
        => Assert.Equal(
            ["pages.csv: the method needs population, but the file has no population column and no --regions file was given."],
            Errors("id,followers,posts\na,1,1\n", needsPopulation: true));

    [Fact]
    public void Read_BadBoolean_IsRejected()
        => Assert.Equal(
            ["pages.csv, line 2, column 'eligible': 'maybe' is not a yes/no value; write true or false (also yes/no, 1/0, да/нет)."],
            Errors("id,followers,posts,eligible\na,1,1,maybe\n"));

    [Fact]
    public void Read_TwoColumnsForOneField_IsRejected()
        => Assert.Equal(["pages.csv: columns 'followers' and 'подписчики' both mean followers; keep one."], Errors("id,followers,подписчики,posts\na,1,1,1\n"));

    [Fact]
    public void Read_ManyProblems_ReportsEachUpToTheLimit()
    {
        string csv = "id,followers,posts\n" + string.Concat(Enumerable.Range(1, 25).Select(i => $"p{i},x,1\n"));
        string[] errors = Errors(csv);
        Assert.Equal(ErrorList.Limit + 1, errors.Length);
        Assert.Equal("pages.csv, line 2, column 'followers': 'x' is not a number.", errors[0]);
        Assert.Equal("... and 5 more problems.", errors[^1]);
    }
}
