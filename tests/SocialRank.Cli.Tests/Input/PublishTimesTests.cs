using SocialRank.Cli.Input;

namespace SocialRank.Cli.Tests.Input;

public class PublishTimesTests
{
    private static readonly TimeZoneInfo Almaty = TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty");

    /// <summary>Each form and the instant it means, worked by hand: Almaty kept UTC+6 all of 2020, so 09:15 there is 03:15 UTC.</summary>
    public static TheoryData<string, string> Forms => new()
    {
        { "2020-07-01T09:15:00+06:00", "2020-07-01T03:15:00.0000000Z" },
        { "2020-07-01T09:15:00.250+06:00", "2020-07-01T03:15:00.2500000Z" },
        { "2020-07-01T09:15-03:00", "2020-07-01T12:15:00.0000000Z" },
        { "2020-07-01 09:15:00+06", "2020-07-01T03:15:00.0000000Z" },
        { "2020-07-01T03:15:00Z", "2020-07-01T03:15:00.0000000Z" },
        { "2020-07-01T03:15Z", "2020-07-01T03:15:00.0000000Z" },
        { "2020-07-01T09:15:00", "2020-07-01T03:15:00.0000000Z" },
        { "2020-07-01 09:15", "2020-07-01T03:15:00.0000000Z" },
        { "2020-07-01", "2020-06-30T18:00:00.0000000Z" },
        { "07/01/2020 09:15", "2020-07-01T03:15:00.0000000Z" },
        { "7/1/2020 9:15", "2020-07-01T03:15:00.0000000Z" },
        { "07/01/2020 09:15:30", "2020-07-01T03:15:30.0000000Z" },
        { "01.07.2020 09:15", "2020-07-01T03:15:00.0000000Z" },
        { " 01.07.2020 ", "2020-06-30T18:00:00.0000000Z" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void TryParse_EachForm_IsTheInstantItMeans(string text, string utc)
    {
        Assert.Equal(PublishTimes.Outcome.Ok, PublishTimes.TryParse(text, Almaty, out DateTimeOffset instant));
        Assert.Equal(utc, instant.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2020-13-01 10:00")]
    [InlineData("13/01/2020 10:00")]
    [InlineData("2020-07-01T25:00")]
    [InlineData("2020-07-01T09:15:00+15:00")]
    [InlineData("1593573300")]
    [InlineData("Z")]
    public void TryParse_NotATime_SaysSo(string text)
    {
        Assert.Equal(PublishTimes.Outcome.NotATime, PublishTimes.TryParse(text, Almaty, out _));
    }

    [Fact]
    public void TryParse_LocalTimeTheClockSkips_IsSkipped_AndOneItShowsTwice_IsTheFirst()
    {
        TimeZoneInfo berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

        Assert.Equal(PublishTimes.Outcome.Skipped, PublishTimes.TryParse("2020-03-29 02:30", berlin, out _));
        Assert.Equal(PublishTimes.Outcome.Ok, PublishTimes.TryParse("2020-10-25 02:30", berlin, out DateTimeOffset twice));
        Assert.Equal(new DateTimeOffset(2020, 10, 25, 0, 30, 0, TimeSpan.Zero), twice);
    }
}
