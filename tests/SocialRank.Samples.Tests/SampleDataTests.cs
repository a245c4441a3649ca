using SocialRank.Sample;

namespace SocialRank.Samples.Tests;

/// <summary>The sample's CSV loader (samples/SocialRank.Sample/SampleData.cs, compiled into this project).</summary>
public class SampleDataTests
{
    private const string RegionsHeader = "region_id,name_en,name_ru,population\n";

    private const string PagesHeader =
        "id,name_en,name_ru,network,region,followers,posts,likes,comments,shares,saves,engaged_users,eligible,exclusion_reason\n";

    [Fact]
    public void Load_BundledSample_ListsTwentySixPagesOfWhichTwentyFiveAreRated()
    {
        IReadOnlyList<SamplePage> pages = SampleData.Load();

        Assert.Equal(26, pages.Count);
        Assert.Equal(25, pages.Count(p => p.IsEligible));
        Assert.Equal(12, pages.Count(p => p.Network == "Facebook"));
        Assert.Equal(14, pages.Count(p => p.Network == "Instagram"));
        Assert.DoesNotContain(pages, p => p.Id is "karaganda-fb" or "kostanay-fb");
    }

    [Fact]
    public void Load_BundledSample_ExcludesEastKazakhstanFacebookWithItsReason()
    {
        SamplePage excluded = Assert.Single(SampleData.Load(), p => !p.IsEligible);

        Assert.Equal("east_kazakhstan-fb", excluded.Id);
        Assert.Equal("Registered as a personal account, not an official page", excluded.ExclusionReason);
    }

    [Fact]
    public void Load_BundledSample_JoinsTheRealPopulationByRegion()
    {
        // shared/data/kz-regions-population-2020.csv, column population_2020_01_01.
        SamplePage atyrau = SampleData.Load().Single(p => p.Id == "atyrau-ig");

        Assert.Equal("atyrau", atyrau.Region.Id);
        Assert.Equal(645_280, atyrau.Region.Population);
        Assert.Equal("Атырауская область — Instagram", atyrau.Name(SampleLanguage.Russian));
        Assert.Equal("Atyrau Region — Instagram", atyrau.Name(SampleLanguage.English));
        Assert.Equal(112_087, atyrau.Followers);
    }

    [Fact]
    public void FindDataDirectory_InsideTheRepository_IsSamplesData()
    {
        string dir = SampleData.FindDataDirectory();

        Assert.Equal(Path.Combine("samples", "data"), Path.Combine(Path.GetFileName(Path.GetDirectoryName(dir)!), Path.GetFileName(dir)));
        Assert.True(File.Exists(Path.Combine(dir, SampleData.PagesFileName)));
    }

    [Fact]
    public void ReadCsv_QuotedFields_KeepCommasQuotesAndLineBreaks()
    {
        string[][] rows = SampleData.ReadCsv(new StringReader("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"x\ny\",,z\n")).ToArray();

        Assert.Equal(2, rows.Length);
        Assert.Equal(["a", "b,c", "say \"hi\""], rows[0]);
        Assert.Equal(["x\ny", "", "z"], rows[1]);
    }

    [Fact]
    public void ReadCsv_NoFinalLineBreak_ReadsTheLastRow()
    {
        string[][] rows = SampleData.ReadCsv(new StringReader("a,b\nc,d")).ToArray();

        Assert.Equal(["c", "d"], rows[1]);
    }

    [Fact]
    public void ReadCsv_UnclosedQuote_ThrowsWithTheLine()
    {
        var e = Assert.Throws<FormatException>(() => SampleData.ReadCsv(new StringReader("a,b\nc,\"d\n")).ToArray());

        Assert.Equal("CSV line 3: a quoted field is not closed.", e.Message);
    }

    [Fact]
    public void ReadCsv_QuoteInsideUnquotedField_Throws()
    {
        var e = Assert.Throws<FormatException>(() => SampleData.ReadCsv(new StringReader("a,b\"c\n")).ToArray());

        Assert.Equal("CSV line 1: a quote inside an unquoted field.", e.Message);
    }

    [Fact]
    public void ReadRegions_MissingColumn_ThrowsNamingIt()
    {
        var e = Assert.Throws<FormatException>(() => SampleData.ReadRegions(new StringReader("region_id,name_en,name_ru\n"), "r.csv"));

        Assert.Equal("r.csv: the header has no column 'population'.", e.Message);
    }

    [Fact]
    public void ReadRegions_NegativePopulation_ThrowsNamingLineColumnAndValue()
    {
        var e = Assert.Throws<FormatException>(() =>
            SampleData.ReadRegions(new StringReader(RegionsHeader + "a,A,А,-5\n"), "r.csv"));

        Assert.Equal("r.csv line 2, column 'population': must be a whole number >= 0 but was '-5'.", e.Message);
    }

    [Fact]
    public void ReadPages_UnknownRegion_ThrowsNamingIt()
    {
        var regions = new[] { new SampleRegion("a", "A", "А", 1000) };

        var e = Assert.Throws<FormatException>(() => SampleData.ReadPages(
            new StringReader(PagesHeader + "p,P,П,Facebook,b,1,1,1,1,1,0,1,true,\n"), "p.csv", regions));

        Assert.Equal("p.csv line 2, column 'region': 'b' is not a region of the regions file.", e.Message);
    }

    [Fact]
    public void ReadPages_IneligibleWithoutReason_Throws()
    {
        var regions = new[] { new SampleRegion("a", "A", "А", 1000) };

        var e = Assert.Throws<FormatException>(() => SampleData.ReadPages(
            new StringReader(PagesHeader + "p,P,П,Facebook,a,1,1,1,1,1,0,1,false,\n"), "p.csv", regions));

        Assert.Equal("p.csv line 2, column 'exclusion_reason': an ineligible page needs an exclusion reason.", e.Message);
    }

    [Fact]
    public void ReadPages_DuplicateId_Throws()
    {
        var regions = new[] { new SampleRegion("a", "A", "А", 1000) };
        string row = "p,P,П,Facebook,a,1,1,1,1,1,0,1,true,\n";

        var e = Assert.Throws<FormatException>(() => SampleData.ReadPages(
            new StringReader(PagesHeader + row + row), "p.csv", regions));

        Assert.Equal("p.csv line 3, column 'id': 'p' is listed twice.", e.Message);
    }

    [Fact]
    public void ReadPages_WrongFieldCount_Throws()
    {
        var regions = new[] { new SampleRegion("a", "A", "А", 1000) };

        var e = Assert.Throws<FormatException>(() => SampleData.ReadPages(
            new StringReader(PagesHeader + "p,P\n"), "p.csv", regions));

        Assert.Equal("p.csv line 2: 2 fields but the header has 14.", e.Message);
    }
}
