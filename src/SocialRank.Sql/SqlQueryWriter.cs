using System.Globalization;
using System.Numerics;
using System.Text;
using SocialRank.Indicators;
using SocialRank.Pages;
using SocialRank.Rating;
using SocialRank.Ranking;
using SocialRank.Zones;

namespace SocialRank.Sql;

/// <summary>Writes one method's query (see <see cref="SqlRating"/>): a chain of common table expressions, one step each.</summary>
internal sealed class SqlQueryWriter
{
    /// <summary>10^16: the exact order of a ratio is its integer quotient and two chunks of 16 digits of its remainder.</summary>
    private static readonly BigInteger Chunk = BigInteger.Pow(10, 16);

    /// <summary>2^53: the largest whole constant the library forms exactly.</summary>
    private const double ExactLimit = 9007199254740992.0;

    private readonly RatingMethod<PageStats> _method;
    private readonly SqlDialect _d;
    private readonly SqlOptions _options;
    private readonly List<string> _fields = [];
    private readonly List<(string Name, string Body)> _steps = [];

    internal SqlQueryWriter(RatingMethod<PageStats> method, SqlDialect dialect, SqlOptions options)
    {
        _method = method;
        _d = dialect;
        _options = options;
    }

    private int Count => _method.Indicators.Count;

    private bool Grouped => _options.GroupColumn is not null;

    private string Dbl => _d.FloatingPointType;

    internal string Write()
    {
        foreach (WeightedIndicator<PageStats> weighted in _method.Indicators)
        {
            if (weighted.Indicator.Missing == MissingValueRule.Fail)
            {
                SqlThrow.FailRule(weighted.Indicator.Name);
            }
        }

        // Each indicator's numerator, denominator and divisors over the field columns (f_<key>), which also lists the fields.
        var forms = new (string Numerator, string Denominator, List<string> Divisors)[Count];
        for (int i = 0; i < Count; i++)
        {
            Indicator<PageStats> indicator = _method.Indicators[i].Indicator;
            PageValue<PageStats> value = indicator.Value;
            forms[i] = (
                Term(indicator, value.Numerator),
                value.Denominator is null ? _d.Integer(1) : Term(indicator, value.Denominator),
                [.. value.Divisors.Select(t => Term(indicator, t))]);
        }

        string[] zones = [.. _method.ZoneSchemes.Select(Zone)];
        WriteSource();
        WriteForm(forms);
        WriteKeys();
        WritePlaces();
        WriteFinal();
        return Query(zones);
    }

    private static string F(string key) => "f_" + key;

    private string Partition(params string[] more)
    {
        IEnumerable<string> keys = Grouped ? ["sr_grp", "sr_ok", .. more] : ["sr_ok", .. more];
        return "PARTITION BY " + string.Join(", ", keys);
    }

    /// <summary>The SQL of a term of a value's canonical form, in exact integers.</summary>
    private string Term(Indicator<PageStats> indicator, Term<PageStats> term) => term.Kind switch
    {
        TermKind.Read => Field(indicator, term.Field!),
        TermKind.Constant => Constant(indicator, term.Constant),
        TermKind.Sum => "(" + Term(indicator, term.Left!) + " + " + Term(indicator, term.Right!) + ")",
        _ => "(" + Term(indicator, term.Left!) + " * " + Term(indicator, term.Right!) + ")",
    };

    private string Constant(Indicator<PageStats> indicator, double constant)
    {
        if (!(Math.Abs(constant) <= ExactLimit && constant == Math.Floor(constant)))
        {
            SqlThrow.ConstantNotWhole(indicator.Name, constant);
        }

        return _d.Integer(new BigInteger(constant));
    }

    private string Field(Indicator<PageStats> indicator, PageValue<PageStats> leaf)
    {
        foreach (PageField field in PageFields.All)
        {
            if (leaf.ReadsSameFieldAs(field.Value))
            {
                return Use(field);
            }
        }

        // The interactions of a set of kinds: one field of PageStats, the kinds' counts summed (missing when one is).
        if (PageStatsValues.TryGetInteractionKinds(leaf, out InteractionKinds kinds))
        {
            IReadOnlyList<PageField> counted = PageFields.InteractionsOf(kinds);
            return counted.Count == 0 ? "CAST(NULL AS " + _d.ExactIntegerType + ")" : "(" + string.Join(" + ", counted.Select(Use)) + ")";
        }

        SqlThrow.NotAField(indicator.Name, leaf.Name);
        return "";
    }

    private string Use(PageField field)
    {
        if (!_fields.Contains(field.Key))
        {
            _fields.Add(field.Key);
        }

        return F(field.Key);
    }

    /// <summary>sr_src: the page rows, each field as an exact integer (NaN is missing, like NULL).</summary>
    private void WriteSource()
    {
        var columns = new List<string>
        {
            _d.Quote(_options.IdColumn) + " AS sr_id",
            _d.Quote(_options.OrderColumn) + " AS sr_ord",
        };
        if (Grouped)
        {
            columns.Add(_d.Quote(_options.GroupColumn!) + " AS sr_grp");
        }

        columns.Add(_options.ExclusionReasonColumn is null || _method.ExclusionReasonOf is null
            ? "CAST(NULL AS " + _d.TextType + ") AS sr_excl"
            : "CAST(" + _d.Quote(_options.ExclusionReasonColumn) + " AS " + _d.TextType + ") AS sr_excl");
        foreach (string key in PageFields.All.Select(f => f.Key).Where(_fields.Contains))
        {
            string column = _d.Quote(key);
            columns.Add($"CASE WHEN {_d.IsNaN(column)} THEN NULL ELSE CAST({column} AS {_d.ExactIntegerType}) END AS {F(key)}");
        }

        _steps.Add(("sr_src", "SELECT " + string.Join(",\n    ", columns) + "\n  FROM " + _d.QuotePath(_options.Table)));
    }

    /// <summary>
    /// sr_form: numerator n_i and denominator d_i; sr_norm: both NULL when the value is missing (a field missing, the
    /// denominator or a divisor 0), the denominator made positive, and a_i the dividend (n × 10^p when rounded).
    /// </summary>
    private void WriteForm((string Numerator, string Denominator, List<string> Divisors)[] forms)
    {
        var form = new List<string> { "*" };
        var norm = new List<string> { "*" };
        for (int i = 1; i <= Count; i++)
        {
            (string numerator, string denominator, List<string> divisors) = forms[i - 1];
            form.Add($"{numerator} AS n_{i}");
            form.Add($"{denominator} AS d_{i}");
            var missing = new List<string> { $"n_{i} IS NULL", $"d_{i} IS NULL", $"d_{i} = 0" };
            for (int g = 0; g < divisors.Count; g++)
            {
                form.Add($"{divisors[g]} AS g_{i}_{g}");
                missing.Add($"g_{i}_{g} IS NULL");
                missing.Add($"g_{i}_{g} = 0");
            }

            string when = string.Join(" OR ", missing);
            Precision precision = _method.Indicators[i - 1].Indicator.Precision;
            string scale = precision.DecimalPlaces is int places and > 0 ? " * " + _d.Integer(BigInteger.Pow(10, places)) : "";
            norm.Add($"CASE WHEN {when} THEN NULL WHEN d_{i} < 0 THEN -n_{i} ELSE n_{i} END{scale} AS a_{i}");
            norm.Add($"CASE WHEN {when} THEN NULL ELSE abs(d_{i}) END AS b_{i}");
        }

        _steps.Add(("sr_form", "SELECT " + string.Join(",\n    ", form) + "\n  FROM sr_src"));
        _steps.Add(("sr_norm", "SELECT " + string.Join(",\n    ", norm) + "\n  FROM sr_form"));
    }

    /// <summary>
    /// The sort keys, in exact integers: r_i = a_i mod b_i (from 0 to b_i − 1), then for a rounded value k_i, the quotient
    /// rounded by the midpoint rule; for an exact one its floor q_i and two chunks of 16 digits of the remainder (u_i, v_i),
    /// which order any two ratios with denominators below 2^53 exactly.
    /// </summary>
    private void WriteKeys()
    {
        var rem = new List<string> { "*" };
        var keys = new List<string> { "*" };
        var last = new List<string> { "*" };
        string chunk = _d.Integer(Chunk);
        for (int i = 1; i <= Count; i++)
        {
            rem.Add($"{_d.Remainder(_d.Remainder($"a_{i}", $"b_{i}") + $" + b_{i}", $"b_{i}")} AS r_{i}");
            string q = _d.Divide($"(a_{i} - r_{i})", $"b_{i}");
            Precision precision = _method.Indicators[i - 1].Indicator.Precision;
            if (precision.IsExact)
            {
                keys.Add($"{q} AS q_{i}");
                keys.Add($"{_d.Divide($"(r_{i} * {chunk})", $"b_{i}")} AS u_{i}");
                keys.Add($"{_d.Remainder($"(r_{i} * {chunk})", $"b_{i}")} AS s_{i}");
                last.Add($"{_d.Divide($"(s_{i} * {chunk})", $"b_{i}")} AS v_{i}");
                last.Add($"CAST(a_{i} AS {Dbl}) / CAST(b_{i} AS {Dbl}) AS value_{i}");
            }
            else
            {
                // The exact quotient is q + r / b: above one half it rounds up; at one half, by the midpoint rule.
                string two = _d.Integer(2);
                string up = precision.Midpoint == MidpointRounding.AwayFromZero
                    ? $"{q} >= {_d.Integer(0)}"
                    : $"{_d.Remainder(q, two)} <> {_d.Integer(0)}";
                keys.Add($"CASE WHEN {two} * r_{i} > b_{i} OR ({two} * r_{i} = b_{i} AND {up}) THEN {q} + {_d.Integer(1)} ELSE {q} END AS k_{i}");
                string scale = _d.Double(Math.Pow(10, precision.DecimalPlaces!.Value));
                last.Add($"CAST(k_{i} AS {Dbl}) / {scale} AS value_{i}");
            }
        }

        _steps.Add(("sr_rem", "SELECT " + string.Join(",\n    ", rem) + "\n  FROM sr_norm"));
        _steps.Add(("sr_keys", "SELECT " + string.Join(",\n    ", keys) + "\n  FROM sr_rem"));
        _steps.Add(("sr_value", "SELECT " + string.Join(",\n    ", last) + "\n  FROM sr_keys"));

        // Eligible: no exclusion reason, and a value on every indicator whose missing values exclude the page.
        // The reason, as the library gives it: the page's own, else "<indicator> is missing" for each such indicator, joined by "; ".
        var excluded = new List<string> { "sr_excl IS NOT NULL" };
        var missing = new List<string>();
        for (int i = 1; i <= Count; i++)
        {
            Indicator<PageStats> indicator = _method.Indicators[i - 1].Indicator;
            if (indicator.Missing == MissingValueRule.Exclude)
            {
                excluded.Add($"b_{i} IS NULL");
                missing.Add($"CASE WHEN b_{i} IS NULL THEN {SqlDialect.Text("; " + indicator.Name + " is missing")} ELSE '' END");
            }
        }

        string reason = missing.Count == 0 ? "sr_excl" : $"COALESCE(sr_excl, NULLIF(substr({string.Join(" || ", missing)}, 3), ''))";
        _steps.Add(("sr_rated", $"SELECT *,\n    CASE WHEN {string.Join(" OR ", excluded)} THEN 0 ELSE 1 END AS sr_ok,\n    {reason} AS sr_reason\n  FROM sr_value"));
    }

    /// <summary>The sort keys of indicator <paramref name="i"/>: missing last by an explicit key, then best first.</summary>
    private List<(string Key, bool Descending)> IndicatorOrder(int i)
    {
        Indicator<PageStats> indicator = _method.Indicators[i - 1].Indicator;
        bool descending = indicator.Better == Better.Higher;
        List<(string, bool)> keys = [($"CASE WHEN b_{i} IS NULL THEN 1 ELSE 0 END", false)];
        if (indicator.Precision.IsExact)
        {
            keys.AddRange([($"q_{i}", descending), ($"u_{i}", descending), ($"v_{i}", descending)]);
        }
        else
        {
            keys.Add(($"k_{i}", descending));
        }

        return keys;
    }

    /// <summary>A place (a double) by <paramref name="ties"/> over the order <paramref name="keys"/>, within the partition.</summary>
    private string Place(TieMethod ties, List<(string Key, bool Descending)> keys)
    {
        string order = "ORDER BY " + string.Join(", ", keys.Select(k => k.Key + (k.Descending ? " DESC" : " ASC")));
        string window = $"OVER ({Partition()} {order})";
        string min = $"RANK() {window}";
        string max = $"(RANK() {window} + COUNT(*) OVER ({Partition([.. keys.Select(k => k.Key)])}) - 1)";
        return ties switch
        {
            TieMethod.Min => $"CAST({min} AS {Dbl})",
            TieMethod.Dense => $"CAST(DENSE_RANK() {window} AS {Dbl})",
            TieMethod.Max => $"CAST({max} AS {Dbl})",
            TieMethod.Average => $"(CAST({min} AS {Dbl}) + CAST({max} AS {Dbl})) / {_d.Double(2)}",
            _ => $"CAST(ROW_NUMBER() OVER ({Partition()} {order}, sr_ord ASC) AS {Dbl})",
        };
    }

    /// <summary>sr_places: each indicator's place; sr_totals: the weighted total, summed in the method's order in doubles.</summary>
    private void WritePlaces()
    {
        var places = new List<string> { "*" };
        for (int i = 1; i <= Count; i++)
        {
            places.Add($"{Place(_method.IndicatorTies, IndicatorOrder(i))} AS p_{i}");
        }

        _steps.Add(("sr_places", "SELECT " + string.Join(",\n    ", places) + "\n  FROM sr_rated"));
        string total = Count == 0
            ? _d.Double(0)
            : string.Join(" + ", Enumerable.Range(1, Count).Select(i => $"{_d.Double(_method.Indicators[i - 1].Weight)} * p_{i}"));
        _steps.Add(("sr_totals", $"SELECT *,\n    {total} AS sr_total\n  FROM sr_places"));
    }

    /// <summary>sr_final: final places (lowest total first, then the tie-breakers' places); sr_pos: each page's first position, for place bands.</summary>
    private void WriteFinal()
    {
        var keys = new List<(string, bool)> { ("sr_total", false) };
        foreach (string name in _method.TieBreakers)
        {
            keys.Add(($"p_{_method.IndexOf(name) + 1}", false));
        }

        _steps.Add(("sr_final", $"SELECT *,\n    {Place(_method.FinalTies, keys)} AS sr_place\n  FROM sr_totals"));
        _steps.Add(("sr_pos", $"SELECT *,\n    RANK() OVER ({Partition()} ORDER BY sr_place ASC) AS sr_pos\n  FROM sr_final"));
    }

    /// <summary>The zone of a scheme, as a CASE over the rated row's columns.</summary>
    private string Zone(ZoneScheme scheme)
    {
        var cases = new StringBuilder("CASE");
        switch (scheme)
        {
            case PlaceBandZoneScheme bands:
                long end = 0;
                foreach (PlaceBand band in bands.Bands)
                {
                    end += band.Count;
                    cases.Append(CultureInfo.InvariantCulture, $" WHEN sr_pos <= {end} THEN {SqlDialect.Text(band.Zone.Name)}");
                }

                if (bands.Rest is not null)
                {
                    cases.Append(" ELSE ").Append(SqlDialect.Text(bands.Rest.Name));
                }

                break;
            case ThresholdZoneScheme thresholds:
                int i = thresholds.IsOnTotal ? 0 : _method.IndexOf(thresholds.IndicatorName!) + 1;
                if (i > 0)
                {
                    cases.Append(CultureInfo.InvariantCulture, $" WHEN b_{i} IS NULL THEN ");
                    cases.Append(thresholds.MissingZone is null ? "NULL" : SqlDialect.Text(thresholds.MissingZone.Name));
                }

                foreach (ValueBand band in thresholds.Bands)
                {
                    var within = new List<string>();
                    if (band.Lower is ZoneBound lower)
                    {
                        within.Add(Compare(scheme, i, lower.Inclusive ? ">=" : ">", lower.Value));
                    }

                    if (band.Upper is ZoneBound upper)
                    {
                        within.Add(Compare(scheme, i, upper.Inclusive ? "<=" : "<", upper.Value));
                    }

                    cases.Append(" WHEN ").Append(within.Count == 0 ? "1 = 1" : string.Join(" AND ", within)).Append(" THEN ").Append(SqlDialect.Text(band.Zone.Name));
                }

                break;
            default:
                SqlThrow.ZoneScheme(scheme.Name, scheme.GetType().Name);
                break;
        }

        return cases.Append(" END").ToString();
    }

    /// <summary>
    /// The value of indicator <paramref name="i"/> (or the total, for 0) compared with a bound: exactly, in integers, for an
    /// indicator (value a / b or k / 10^p against the bound's decimal digits / 10^e); in doubles, as the library, for the total.
    /// </summary>
    private string Compare(ZoneScheme scheme, int i, string op, double bound)
    {
        if (!double.IsFinite(bound))
        {
            SqlThrow.BoundNotFinite(scheme.Name, bound);
        }

        if (i == 0)
        {
            return $"sr_total {op} {_d.Double(bound)}";
        }

        (BigInteger digits, int exponent) = Decimal(bound);
        Precision precision = _method.Indicators[i - 1].Indicator.Precision;
        string ten = _d.Integer(BigInteger.Pow(10, exponent));
        return precision.IsExact
            ? $"a_{i} * {ten} {op} {_d.Integer(digits)} * b_{i}"
            : $"k_{i} * {ten} {op} {_d.Integer(digits * BigInteger.Pow(10, precision.DecimalPlaces!.Value))}";
    }

    /// <summary>A finite double's shortest decimal form as digits × 10^−exponent, exponent ≥ 0.</summary>
    private static (BigInteger Digits, int Exponent) Decimal(double value)
    {
        string shortest = value.ToString("R", CultureInfo.InvariantCulture);
        int e = 0;
        int mark = shortest.IndexOfAny(['E', 'e']);
        if (mark >= 0)
        {
            e = -int.Parse(shortest[(mark + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            shortest = shortest[..mark];
        }

        int dot = shortest.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            e += shortest.Length - dot - 1;
            shortest = shortest.Remove(dot, 1);
        }

        var digits = BigInteger.Parse(shortest, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return e >= 0 ? (digits, e) : (digits * BigInteger.Pow(10, -e), 0);
    }

    private string Query(string[] zones)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"-- SocialRank rating as one SQL query ({_d.Name}). Columns:\n");
        for (int i = 1; i <= Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"--   value_{i}, place_{i}: {OneLine(_method.Indicators[i - 1].Indicator.Name)}\n");
        }

        for (int j = 1; j <= zones.Length; j++)
        {
            text.Append(CultureInfo.InvariantCulture, $"--   zone_{j}: {OneLine(_method.ZoneSchemes[j - 1].Name)}\n");
        }

        text.Append("WITH\n");
        text.Append(string.Join(",\n", _steps.Select(s => $"{s.Name} AS (\n  {s.Body}\n)")));
        var columns = new List<string> { "sr_id AS id" };
        if (Grouped)
        {
            columns.Add("sr_grp AS " + _d.Quote("group"));
        }

        columns.Add("sr_reason AS excluded");
        columns.Add("CASE WHEN sr_ok = 1 THEN sr_place END AS final_place");
        columns.Add("CASE WHEN sr_ok = 1 THEN sr_total END AS total");
        for (int i = 1; i <= Count; i++)
        {
            columns.Add($"value_{i}");
            columns.Add($"CASE WHEN sr_ok = 1 THEN p_{i} END AS place_{i}");
        }

        for (int j = 1; j <= zones.Length; j++)
        {
            columns.Add($"CASE WHEN sr_ok = 1 THEN {zones[j - 1]} END AS zone_{j}");
        }

        text.Append("\nSELECT\n  ").Append(string.Join(",\n  ", columns)).Append("\nFROM sr_pos\nORDER BY ");
        if (Grouped)
        {
            text.Append("CASE WHEN sr_grp IS NULL THEN 1 ELSE 0 END, sr_grp, ");
        }

        text.Append("sr_ok DESC, sr_place ASC, sr_ord ASC");
        return text.ToString();
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
