using SocialRank.Pages;

namespace SocialRank.Tests.Pages;

public class ReportingPeriodTests
{
    private static readonly TimeZoneInfo Almaty = TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty");
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>
    /// An invented zone (base offset +2) whose clock skips from 00:00 to 01:00 on 1 April and falls back from 01:00 to
    /// 00:00 on 1 October: both month boundaries are at a change, which no real zone guarantees.
    /// </summary>
    private static readonly TimeZoneInfo MidnightChanges = TimeZoneInfo.CreateCustomTimeZone(
        "Test/MidnightChanges",
        TimeSpan.FromHours(2),
        "Midnight changes",
        "Midnight standard",
        "Midnight summer",
        [
            TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                new DateTime(2000, 1, 1),
                new DateTime(2030, 12, 31),
                TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 0, 0, 0), 4, 1),
                TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 1, 0, 0), 10, 1)),
        ]);

    [Fact]
    public void Month_AlmatyJuly2020_IsFromLocalMidnightToLocalMidnight()
    {
        ReportingPeriod july = ReportingPeriod.Month(2020, 7, Almaty);

        // Almaty kept UTC+6 all of 2020.
        Assert.Equal(new DateTimeOffset(2020, 6, 30, 18, 0, 0, TimeSpan.Zero), july.Start);
        Assert.Equal(new DateTimeOffset(2020, 7, 31, 18, 0, 0, TimeSpan.Zero), july.End);
        Assert.Equal("2020-07", july.Label);
        Assert.Equal(Almaty.Id, july.TimeZoneId);
    }

    [Fact]
    public void Month_BerlinMarchAndOctober_TakeTheOffsetInForceAtEachMidnight()
    {
        ReportingPeriod march = ReportingPeriod.Month(2020, 3, Berlin);
        ReportingPeriod october = ReportingPeriod.Month(2020, 10, Berlin);

        // CET (+1) on 1 March, CEST (+2) on 1 April: March is an hour short of 31 days; October an hour longer.
        Assert.Equal(new DateTimeOffset(2020, 2, 29, 23, 0, 0, TimeSpan.Zero), march.Start);
        Assert.Equal(new DateTimeOffset(2020, 3, 31, 22, 0, 0, TimeSpan.Zero), march.End);
        Assert.Equal(TimeSpan.FromDays(31) - TimeSpan.FromHours(1), march.End - march.Start);
        Assert.Equal(new DateTimeOffset(2020, 9, 30, 22, 0, 0, TimeSpan.Zero), october.Start);
        Assert.Equal(TimeSpan.FromDays(31) + TimeSpan.FromHours(1), october.End - october.Start);
    }

    [Fact]
    public void Month_ClockSkipsMidnight_StartsAtTheSkip()
    {
        ReportingPeriod april = ReportingPeriod.Month(2021, 4, MidnightChanges);

        // 00:00 at +2 is the instant the clock jumps to 01:00 at +3.
        Assert.Equal(new DateTimeOffset(2021, 3, 31, 22, 0, 0, TimeSpan.Zero), april.Start);
        Assert.Equal(new DateTime(2021, 4, 1, 1, 0, 0), TimeZoneInfo.ConvertTime(april.Start, MidnightChanges).DateTime);
    }

    [Fact]
    public void Month_MidnightHappensTwice_StartsAtTheFirst()
    {
        ReportingPeriod october = ReportingPeriod.Month(2021, 10, MidnightChanges);

        // 00:00 at +3 comes an hour before 00:00 at +2.
        Assert.Equal(new DateTimeOffset(2021, 9, 30, 21, 0, 0, TimeSpan.Zero), october.Start);
        Assert.Equal(october.Start, ReportingPeriod.Month(2021, 9, MidnightChanges).End);
    }

    public static TheoryData<string> Zones => new() { "Europe/Berlin", "Asia/Almaty", "America/Sao_Paulo", "Australia/Lord_Howe", "Test/MidnightChanges" };

    [Theory]
    [MemberData(nameof(Zones))]
    public void Months_EveryStart_IsTheFirstMinuteTheZonesClockShowsTheMonth(string zoneId)
    {
        TimeZoneInfo zone = zoneId == MidnightChanges.Id ? MidnightChanges : TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        IReadOnlyList<ReportingPeriod> months = ReportingPeriod.Months(2017, 11, 60, zone);

        Assert.Equal(60, months.Count);
        for (int i = 0; i < months.Count; i++)
        {
            // Brute force: step a minute at a time from well before the month until the zone's clock shows its first day.
            int year = 2017 + ((10 + i) / 12);
            int month = ((10 + i) % 12) + 1;
            var t = new DateTimeOffset(year, month, 1, 0, 0, 0, TimeSpan.Zero).AddHours(-16);
            while (TimeZoneInfo.ConvertTime(t, zone).DateTime < new DateTime(year, month, 1))
            {
                t = t.AddMinutes(1);
            }

            Assert.Equal(t, months[i].Start);
            Assert.Equal($"{year:D4}-{month:D2}", months[i].Label);
            if (i > 0)
            {
                Assert.Equal(months[i - 1].End, months[i].Start);
            }
        }
    }

    [Fact]
    public void Contains_IsHalfOpen()
    {
        ReportingPeriod july = ReportingPeriod.Month(2020, 7, Almaty);

        Assert.True(july.Contains(july.Start));
        Assert.True(july.Contains(july.End.AddTicks(-1)));
        Assert.False(july.Contains(july.End));
        Assert.False(july.Contains(july.Start.AddTicks(-1)));

        // The same instant written in UTC.
        Assert.True(july.Contains(new DateTimeOffset(2020, 6, 30, 18, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Constructor_EndNotAfterStart_Throws()
    {
        var at = new DateTimeOffset(2020, 7, 1, 0, 0, 0, TimeSpan.FromHours(6));
        ArgumentException e = Assert.Throws<ArgumentException>(() => new ReportingPeriod(at, at, "x"));
        Assert.Equal("end", e.ParamName);
        Assert.StartsWith("A period's end must be later than its start, but the start is 2020-07-01T00:00:00+06:00 and the end 2020-07-01T00:00:00+06:00.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Month_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Month(2020, 13, Almaty));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Months(2020, 1, 0, Almaty));
        Assert.Throws<ArgumentNullException>(() => ReportingPeriod.Month(2020, 1, null!));
    }
}
