using System.Globalization;

namespace SocialRank.Cli.Input;

/// <summary>
/// Reads a post's publish time: ISO 8601 with an offset (<c>2020-07-01T09:15:00+06:00</c>, <c>2020-06-30T18:00Z</c>), or
/// without one (<c>2020-07-01 09:15</c>, Meta Business Suite's <c>07/01/2020 09:15</c>, month first, and the Russian
/// <c>01.07.2020 09:15</c>, day first), which is then a time on the clock of the <c>--tz</c> zone.
/// </summary>
internal static class PublishTimes
{
    /// <summary>The ISO 8601 date-and-time forms; a missing fraction of a second (and its point) is allowed.</summary>
    private static readonly string[] IsoFormats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm"];

    /// <summary>The forms without an offset.</summary>
    private static readonly string[] LocalFormats = [.. IsoFormats, "yyyy-MM-dd", "M/d/yyyy H:mm", "M/d/yyyy H:mm:ss", "d.M.yyyy H:mm", "d.M.yyyy H:mm:ss", "d.M.yyyy"];

    /// <summary>The ISO 8601 forms with a numeric offset (<c>+06:00</c> or <c>+06</c>).</summary>
    private static readonly string[] OffsetFormats = [.. IsoFormats.Select(f => f + "zzz"), .. IsoFormats.Select(f => f + "zz")];

    /// <summary>The outcome of reading one time.</summary>
    internal enum Outcome
    {
        /// <summary>Read.</summary>
        Ok,

        /// <summary>Not a time in any of the forms.</summary>
        NotATime,

        /// <summary>A time without offset that the zone's clock skips (a daylight-saving change).</summary>
        Skipped,
    }

    /// <summary>Reads <paramref name="text"/> as an instant; a time without offset is on the clock of <paramref name="zone"/>.</summary>
    /// <remarks>A time the clock shows twice (when it is set back) is the first of the two instants.</remarks>
    internal static Outcome TryParse(string text, TimeZoneInfo zone, out DateTimeOffset instant)
    {
        instant = default;
        string s = text.Trim();
        if (s.Length > 1 && s[^1] is 'Z' or 'z' && char.IsDigit(s[^2]))
        {
            if (!DateTime.TryParseExact(s[..^1], IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime utc))
            {
                return Outcome.NotATime;
            }

            instant = new DateTimeOffset(utc, TimeSpan.Zero);
            return Outcome.Ok;
        }

        if (DateTimeOffset.TryParseExact(s, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant))
        {
            return Outcome.Ok;
        }

        if (!DateTime.TryParseExact(s, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime local))
        {
            instant = default;
            return Outcome.NotATime;
        }

        return FromLocal(local, zone, out instant);
    }

    /// <summary>The instant at which the clock of <paramref name="zone"/> shows <paramref name="local"/> (the first one, when it shows it twice).</summary>
    internal static Outcome FromLocal(DateTime local, TimeZoneInfo zone, out DateTimeOffset instant)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            instant = default;
            return Outcome.Skipped;
        }

        TimeSpan offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        instant = new DateTimeOffset(local, offset);
        return Outcome.Ok;
    }
}
