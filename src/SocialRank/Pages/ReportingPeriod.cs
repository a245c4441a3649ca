using System.Globalization;
using SocialRank.Internal;

namespace SocialRank.Pages;

/// <summary>
/// A period a rating covers, e.g. July 2020: the half-open interval of instants [<see cref="Start"/>, <see cref="End"/>),
/// with a label. A post published exactly at <see cref="Start"/> belongs to the period; one published exactly at
/// <see cref="End"/> belongs to the next. Immutable.
/// </summary>
/// <remarks>
/// <see cref="Month"/> and <see cref="Months"/> build calendar months in a time zone the caller passes (the library
/// never looks a zone up by name): a month starts at midnight of its first day on the zone's clock.
/// </remarks>
public sealed record ReportingPeriod
{
    /// <summary>Initializes a period from its two bounds.</summary>
    /// <param name="start">The first instant of the period (included).</param>
    /// <param name="end">The first instant after the period (excluded); later than <paramref name="start"/>.</param>
    /// <param name="label">How outputs name the period, e.g. <c>2020-07</c>.</param>
    /// <param name="timeZoneId">The id of the time zone the bounds were chosen in, e.g. <c>Asia/Almaty</c>, or <see langword="null"/> when not stated.</param>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="label"/> is empty or white space, or <paramref name="end"/> is not later than <paramref name="start"/>.</exception>
    public ReportingPeriod(DateTimeOffset start, DateTimeOffset end, string label, string? timeZoneId = null)
    {
        if (end <= start)
        {
            Throw.PeriodNotAfterStart(start, end, nameof(end));
        }

        Start = start;
        End = end;
        Label = Throw.IfBlank(label);
        TimeZoneId = timeZoneId;
    }

    /// <summary>Gets the first instant of the period (included).</summary>
    public DateTimeOffset Start { get; }

    /// <summary>Gets the first instant after the period (excluded).</summary>
    public DateTimeOffset End { get; }

    /// <summary>Gets how outputs name the period, e.g. <c>2020-07</c>.</summary>
    public string Label { get; }

    /// <summary>Gets the id of the time zone the bounds were chosen in (<see cref="TimeZoneInfo.Id"/>), or <see langword="null"/> when not stated.</summary>
    public string? TimeZoneId { get; }

    /// <summary>Returns whether <paramref name="instant"/> falls in the period: at or after <see cref="Start"/> and before <see cref="End"/>.</summary>
    /// <param name="instant">The instant, e.g. a post's publish time.</param>
    /// <returns><see langword="true"/> when the period holds the instant.</returns>
    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;

    /// <summary>Returns the period's label.</summary>
    /// <returns><see cref="Label"/>.</returns>
    public override string ToString() => Label;

    /// <summary>
    /// Returns the calendar month <paramref name="year"/>-<paramref name="month"/> on the clock of <paramref name="zone"/>:
    /// from midnight of its first day to midnight of the next month's first day, labelled e.g. <c>2020-07</c>.
    /// </summary>
    /// <remarks>
    /// When the zone's clock skips midnight (a daylight-saving change at 00:00), the month starts at the instant of the
    /// change, the first instant of the day; when midnight happens twice, at the first of them.
    /// </remarks>
    /// <param name="year">The year, 1 to 9998.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="zone">The time zone, e.g. <c>TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty")</c>.</param>
    /// <returns>The month, with <see cref="TimeZoneId"/> the zone's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> or <paramref name="month"/> is out of range.</exception>
    public static ReportingPeriod Month(int year, int month, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9998);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        var first = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        DateTime next = first.AddMonths(1);
        string label = first.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return new ReportingPeriod(FirstInstantOf(first, zone), FirstInstantOf(next, zone), label, zone.Id);
    }

    /// <summary>Returns <paramref name="count"/> consecutive calendar months in <paramref name="zone"/>, the first being <paramref name="year"/>-<paramref name="month"/> (see <see cref="Month"/>).</summary>
    /// <param name="year">The first month's year.</param>
    /// <param name="month">The first month, 1 to 12.</param>
    /// <param name="count">How many months, from 1.</param>
    /// <param name="zone">The time zone.</param>
    /// <returns>The months, oldest first; each ends where the next starts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1, or a month is out of range.</exception>
    public static IReadOnlyList<ReportingPeriod> Months(int year, int month, int count, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var months = new ReportingPeriod[count];
        for (int i = 0; i < count; i++)
        {
            int index = checked((year * 12) + (month - 1) + i);
            months[i] = Month(index / 12, (index % 12) + 1, zone);
        }

        return months;
    }

    /// <summary>The first instant at which the clock of <paramref name="zone"/> reads <paramref name="local"/>, or, when it skips that time, the instant it skips it.</summary>
    private static DateTimeOffset FirstInstantOf(DateTime local, TimeZoneInfo zone)
    {
        if (zone.IsInvalidTime(local))
        {
            // The clock jumps over local: the jump happens when the offset in force before it would read local.
            TimeSpan before = zone.GetUtcOffset(local.AddDays(-1));
            return new DateTimeOffset(local, before);
        }

        // When the time happens twice, the larger offset gives the earlier instant.
        TimeSpan offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
