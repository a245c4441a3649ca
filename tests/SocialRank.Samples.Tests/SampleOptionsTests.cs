using SocialRank.Sample;

namespace SocialRank.Samples.Tests;

/// <summary>The sample's command line (samples/SocialRank.Sample/SampleOptions.cs).</summary>
public class SampleOptionsTests
{
    [Fact]
    public void Parse_NoArguments_EnglishDefaultOutput()
    {
        Assert.Equal(new SampleOptions(SampleLanguage.English, null, false), SampleOptions.Parse([]));
    }

    [Fact]
    public void Parse_LangRuAndOut_RussianToThatFolder()
    {
        Assert.Equal(new SampleOptions(SampleLanguage.Russian, "tmp/x", false), SampleOptions.Parse(["--lang", "ru", "--out", "tmp/x"]));
    }

    [Fact]
    public void Parse_UnknownLanguage_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentException>(() => SampleOptions.Parse(["--lang", "kk"]));

        Assert.Equal("--lang must be 'en' or 'ru' but was 'kk'.", e.Message);
    }

    [Fact]
    public void Parse_OutWithoutValue_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => SampleOptions.Parse(["--out"]));

        Assert.Equal("--out needs a value.", e.Message);
    }

    [Fact]
    public void Parse_UnknownArgument_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => SampleOptions.Parse(["--colour"]));

        Assert.Equal("Unknown argument '--colour'. Use --help for the usage.", e.Message);
    }
}
