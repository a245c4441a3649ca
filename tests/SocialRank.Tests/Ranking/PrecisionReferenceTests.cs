using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using SocialRank.Ranking;

namespace SocialRank.Tests.Ranking;

/// <summary>
/// <see cref="Precision"/> against Data/rounding_cases.json.gz, written by tests/reference/make_rounding_reference.py with
/// Python's fractions and decimal (see tests/reference/README.md): for every case and both midpoint rules, the rounded
/// value is the double nearest R / 10^d, where R = round(t × 10^d) for the true decimal value t (the exact ratio, or the
/// double's shortest round-trip decimal), and <see cref="Precision.Format"/> writes exactly that decimal.
/// </summary>
public class PrecisionReferenceTests
{
    private static readonly Lazy<RoundingReference> Reference = new(RoundingReference.Load);

    public static TheoryData<MidpointRounding> Rules => [MidpointRounding.AwayFromZero, MidpointRounding.ToEven];

    [Fact]
    public void ReferenceData_CoversTheRequiredCases_AllPresent()
    {
        RoundingReference data = Reference.Value;
        Assert.True(data.Ratios.Count >= 2000, $"only {data.Ratios.Count} ratio cases");
        Assert.True(data.Doubles.Count >= 2000, $"only {data.Doubles.Count} double cases");
        Assert.All(Enumerable.Range(0, Precision.MaxDecimalPlaces + 1), d => Assert.Contains(data.Ratios, c => c.Places == d && c.Away != c.Even));
        Assert.All(Enumerable.Range(0, Precision.MaxDecimalPlaces + 1), d => Assert.Contains(data.Doubles, c => c.Places == d && c.Away != c.Even));

        // METHOD section 3's examples, as the generator computed them.
        Assert.Contains(new RatioCase("5/4", "5", "4", 1, "13", "12"), data.Ratios);
        Assert.Contains(new RatioCase("ER 729x100/(120x2700)", "72900", "324000", 2, "23", "22"), data.Ratios);
        Assert.Contains(new RatioCase("1/8", "1", "8", 2, "13", "12"), data.Ratios);
        Assert.Contains(new RatioCase("-5/4", "-5", "4", 1, "-13", "-12"), data.Ratios);
        Assert.Contains(new DoubleCase("hand-picked", "2.675", 2, "268", "268"), data.Doubles);
        Assert.Contains(new DoubleCase("hand-picked", "1.005", 2, "101", "100"), data.Doubles);
        Assert.Contains(new DoubleCase("hand-picked", "1.25", 1, "13", "12"), data.Doubles);
        Assert.Contains(new DoubleCase("hand-picked", "-2.5", 0, "-3", "-2"), data.Doubles);
        Assert.Contains(new DoubleCase("hand-picked", "1000000000000000.5", 0, "1000000000000001", "1000000000000000"), data.Doubles);
        Assert.Contains(data.Ratios, c => c.Name == "within 1e-17 of a midpoint");
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void RoundRatio_EveryReferenceCase_GivesTheDoubleNearestTheRoundedExactRatio(MidpointRounding rule)
    {
        var failures = new Failures();
        foreach (RatioCase c in Reference.Value.Ratios)
        {
            Precision precision = Precision.Decimals(c.Places, rule);
            string r = rule == MidpointRounding.AwayFromZero ? c.Away : c.Even;
            double expected = Expected(r, c.Places);
            double actual = precision.RoundRatio(Parse(c.Numerator), Parse(c.Denominator));
            if (!SameDouble(expected, actual))
            {
                failures.Add($"{c.Name}: RoundRatio({c.Numerator}, {c.Denominator}) at {c.Places} ({rule}) expected {expected:R} (R = {r}) but got {actual:R}");
            }

            // The rounded value formats as the decimal, and rounding it again changes nothing.
            string text = precision.Format(actual);
            if (text != DecimalText(r, c.Places))
            {
                failures.Add($"{c.Name}: Format(RoundRatio({c.Numerator}, {c.Denominator})) at {c.Places} ({rule}) expected \"{DecimalText(r, c.Places)}\" but got \"{text}\"");
            }
        }

        failures.AssertNone(Reference.Value.Ratios.Count);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Round_EveryReferenceCase_GivesTheDoubleNearestTheRoundedShortestDecimal(MidpointRounding rule)
    {
        var failures = new Failures();
        foreach (DoubleCase c in Reference.Value.Doubles)
        {
            Precision precision = Precision.Decimals(c.Places, rule);
            string r = rule == MidpointRounding.AwayFromZero ? c.Away : c.Even;
            double value = Parse(c.Value);
            double expected = Expected(r, c.Places);
            double actual = precision.Round(value);
            if (!SameDouble(expected, actual))
            {
                failures.Add($"{c.Name}: Round({c.Value}) at {c.Places} ({rule}) expected {expected:R} (R = {r}) but got {actual:R}");
            }

            string text = precision.Format(value);
            if (text != DecimalText(r, c.Places))
            {
                failures.Add($"{c.Name}: Format({c.Value}) at {c.Places} ({rule}) expected \"{DecimalText(r, c.Places)}\" but got \"{text}\"");
            }
        }

        failures.AssertNone(Reference.Value.Doubles.Count);
    }

    [Fact]
    public void DefaultRule_IsHalfAwayFromZero_SameAsReferenceAway()
    {
        var failures = new Failures();
        foreach (RatioCase c in Reference.Value.Ratios.Where(c => c.Away != c.Even))
        {
            double actual = Precision.Decimals(c.Places).RoundRatio(Parse(c.Numerator), Parse(c.Denominator));
            if (!SameDouble(Expected(c.Away, c.Places), actual))
            {
                failures.Add($"{c.Name}: Decimals({c.Places}).RoundRatio({c.Numerator}, {c.Denominator}) expected R = {c.Away} but got {actual:R}");
            }
        }

        foreach (DoubleCase c in Reference.Value.Doubles.Where(c => c.Away != c.Even))
        {
            double actual = Precision.Decimals(c.Places).Round(Parse(c.Value));
            if (!SameDouble(Expected(c.Away, c.Places), actual))
            {
                failures.Add($"{c.Name}: Decimals({c.Places}).Round({c.Value}) expected R = {c.Away} but got {actual:R}");
            }
        }

        failures.AssertNone(Reference.Value.Ratios.Count + Reference.Value.Doubles.Count);
    }

    /// <summary>The double nearest R / 10^d: R (below 2^53 in magnitude, so exact as a double) divided by 10^d (exact for d ≤ 15), rounded once.</summary>
    private static double Expected(string r, int places) => Parse(r) / Math.Pow(10, places);

    private static double Parse(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Bit for bit, so that a rounded zero must be +0.0, as <see cref="Precision.Round"/> documents.</summary>
    private static bool SameDouble(double expected, double actual) =>
        BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual);

    /// <summary>R / 10^d written with exactly d decimal places, built from R's digits (a zero has no sign).</summary>
    private static string DecimalText(string r, int places)
    {
        bool negative = r.StartsWith('-');
        string digits = negative ? r[1..] : r;
        digits = digits.PadLeft(places + 1, '0');
        string whole = digits[..^places];
        string fraction = digits[^places..];
        string sign = negative && digits.Any(ch => ch != '0') ? "-" : "";
        return places == 0 ? sign + whole : sign + whole + "." + fraction;
    }

    private sealed class Failures
    {
        private readonly StringBuilder _text = new();
        private int _count;

        public void Add(string message)
        {
            if (++_count <= 40)
            {
                _text.AppendLine(message);
            }
        }

        public void AssertNone(int cases) =>
            Assert.True(_count == 0, string.Create(CultureInfo.InvariantCulture, $"{_count} failures in {cases} cases; the first ones:\n{_text}"));
    }

    private sealed record RoundingReference(List<RatioCase> Ratios, List<DoubleCase> Doubles)
    {
        public static RoundingReference Load()
        {
            string path = Path.Combine(AppContext.BaseDirectory, "Ranking", "Data", "rounding_cases.json.gz");
            using FileStream file = File.OpenRead(path);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using JsonDocument document = JsonDocument.Parse(gzip);
            var ratios = new List<RatioCase>();
            foreach (JsonElement c in document.RootElement.GetProperty("ratios").EnumerateArray())
            {
                ratios.Add(new RatioCase(c[0].GetString()!, c[1].GetString()!, c[2].GetString()!, c[3].GetInt32(), c[4].GetString()!, c[5].GetString()!));
            }

            var doubles = new List<DoubleCase>();
            foreach (JsonElement c in document.RootElement.GetProperty("doubles").EnumerateArray())
            {
                doubles.Add(new DoubleCase(c[0].GetString()!, c[1].GetString()!, c[2].GetInt32(), c[3].GetString()!, c[4].GetString()!));
            }

            return new RoundingReference(ratios, doubles);
        }
    }

    /// <summary>numerator / denominator at d places: R for half away from zero and for half to even (whole numbers as text).</summary>
    private sealed record RatioCase(string Name, string Numerator, string Denominator, int Places, string Away, string Even);

    /// <summary>A double (Python's repr) at d places: R for half away from zero and for half to even.</summary>
    private sealed record DoubleCase(string Name, string Value, int Places, string Away, string Even);
}
