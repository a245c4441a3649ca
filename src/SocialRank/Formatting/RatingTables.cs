using System.Globalization;
using System.Text;
using SocialRank.Indicators;
using SocialRank.Internal;
using SocialRank.Pages;
using SocialRank.Rating;
using SocialRank.Ranking;
using SocialRank.Zones;

namespace SocialRank.Formatting;

/// <summary>
/// Builds the <see cref="RatingTable"/> of a result: the final table, or one indicator's table, with every text in the
/// labels of <see cref="RatingTableOptions.Labels"/>, and describes methods in those labels. Pure and thread-safe.
/// </summary>
public static class RatingTables
{
    /// <summary>
    /// Returns the final table: one row per rated page in final-place order with the final place, the name, each
    /// indicator (value and place), the total, what decided a place among equal totals (a column only when any row
    /// has a decision), and one zone column per zone scheme; with the excluded pages and the method.
    /// </summary>
    /// <param name="result">The result.</param>
    /// <param name="options">The language, title and cell options; <see langword="null"/> for <see cref="RatingTableOptions.Default"/>.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><see cref="RatingTableOptions.IndicatorHeaders"/> has not one header per indicator.</exception>
    public static RatingTable Final<TPage>(RatingResult<TPage> result, RatingTableOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        options ??= RatingTableOptions.Default;
        LabelSet labels = options.Labels;
        RatingMethod<TPage> method = result.Method;
        IReadOnlyList<WeightedIndicator<TPage>> indicators = method.Indicators;
        if (options.IndicatorHeaders is { } given && given.Count != indicators.Count)
        {
            Throw.BadHeaderCount(indicators.Count, given.Count, nameof(options));
        }

        IReadOnlyList<ZoneScheme> schemes = method.ZoneSchemes;
        int[] cellScheme = CellSchemes(method);
        int rowScheme = RowScheme(schemes);
        bool decided = false;
        foreach (RatingRow<TPage> row in result.Rows)
        {
            decided |= row.Decision.Kind != DecisionKind.Total;
        }

        var columns = new List<TableColumn>
        {
            new(TableColumnKind.Place, labels.Place, labels.Place, -1, Precision.Exact),
        };
        IReadOnlyDictionary<string, double>? previous = options.PreviousPlaces;
        if (previous is not null)
        {
            columns.Add(new(TableColumnKind.Change, labels.Change, labels.Change, -1, Precision.Exact));
        }

        columns.Add(new(TableColumnKind.Page, labels.Page, labels.Page, -1, Precision.Exact));
        for (int j = 0; j < indicators.Count; j++)
        {
            Indicator<TPage> indicator = indicators[j].Indicator;
            columns.Add(new(TableColumnKind.Score, options.IndicatorHeaders?[j] ?? indicator.Name, indicator.Name, j, indicator.Precision));
        }

        columns.Add(new(TableColumnKind.Total, labels.Total, labels.Total, -1, Precision.Exact));
        if (decided)
        {
            columns.Add(new(TableColumnKind.Decision, labels.DecidedBy, labels.DecidedBy, -1, Precision.Exact));
        }

        for (int s = 0; s < schemes.Count; s++)
        {
            columns.Add(new(TableColumnKind.Zone, schemes[s].Name, schemes[s].Name, s, Precision.Exact));
        }

        // The rows are formatted when read, not held: a million-page table costs no more memory than its result.
        RatingRowList<TPage> resultRows = result.Rows;
        var rows = new RowView(Math.Min(resultRows.Count, options.Top ?? int.MaxValue), i => RowAt(resultRows[i]));

        var excluded = new List<TableExclusion>(result.Excluded.Count);
        foreach (ExcludedPage<TPage> page in result.Excluded)
        {
            excluded.Add(new TableExclusion(page.Id, method.NameOf(page.Page), ExclusionReason(method, page, labels)));
        }

        return new RatingTable(options.Title, labels, columns, rows, excluded, Describe(method, labels, options.Interactions),
            rowScheme >= 0 ? schemes[rowScheme].Zones : [], resultRows.Count);

        TableRow RowAt(RatingRow<TPage> row)
        {
            var cells = new List<TableCell>(columns.Count)
            {
                new(TableColumnKind.Place, Number(row.FinalPlace, labels)) { Place = row.FinalPlace },
            };
            if (previous is not null)
            {
                double before = previous.TryGetValue(row.Id, out double p) ? p : double.NaN;
                cells.Add(new(TableColumnKind.Change, Change(before, row.FinalPlace, labels)) { Place = row.FinalPlace, PreviousPlace = before });
            }

            cells.Add(new(TableColumnKind.Page, row.Name));
            IndicatorScores scores = row.Scores;
            for (int j = 0; j < indicators.Count; j++)
            {
                IndicatorScore score = scores[j];
                string value = Value(score.ComparedValue, indicators[j].Indicator.Precision, labels, options.GroupThousands);
                string place = Number(score.Place, labels);
                cells.Add(ScoreCell(TableColumnKind.Score, options.ShowValues ? value + " (" + place + ")" : place, score,
                    cellScheme[j] >= 0 ? row.ZoneOf(cellScheme[j]) : null));
            }

            cells.Add(new(TableColumnKind.Total, Number(row.Total, labels)) { Penalty = row.Total });
            if (decided)
            {
                cells.Add(new(TableColumnKind.Decision, DecisionText(row.Decision, labels)) { Decision = row.Decision });
            }

            for (int s = 0; s < schemes.Count; s++)
            {
                Zone? zone = row.ZoneOf(s);
                cells.Add(new(TableColumnKind.Zone, zone?.Name ?? "") { Zone = zone });
            }

            return new TableRow(row.Id, row.Name, row.InputIndex, cells, rowScheme >= 0 ? row.ZoneOf(rowScheme) : null);
        }
    }

    /// <summary>
    /// Returns a change of final place as the tables show it: <c>▲3</c> for a page three places up since the previous
    /// edition (its place then minus its place now), <c>▼2</c> for two down, <c>=</c> at the same place, and
    /// <see cref="LabelSet.NewInTable"/> when it had no place then (<paramref name="previousPlace"/> NaN).
    /// </summary>
    /// <param name="previousPlace">The final place in the previous edition, or NaN.</param>
    /// <param name="place">The final place now.</param>
    /// <param name="labels">The labels (the word for a new page, and the numbers' format).</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="labels"/> is <see langword="null"/>.</exception>
    public static string Change(double previousPlace, double place, LabelSet labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (double.IsNaN(previousPlace))
        {
            return labels.NewInTable;
        }

        double up = previousPlace - place;
        return up > 0 ? "▲" + Number(up, labels) : up < 0 ? "▼" + Number(-up, labels) : "=";
    }

    /// <summary>
    /// Returns one indicator's table: the rated pages in the order of their places on it (input order among equal
    /// places), each with its place, name and value as compared, and its zone when a zone scheme is on the indicator.
    /// </summary>
    /// <param name="result">The result.</param>
    /// <param name="indicator">The 0-based position of the indicator in the method.</param>
    /// <param name="options">The language, title and cell options; <see langword="null"/> for <see cref="RatingTableOptions.Default"/>.
    /// An empty title gives the indicator's name.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <returns>The table; it has no excluded pages and no method (the final table carries them).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="indicator"/> is not the position of an indicator.</exception>
    public static RatingTable ForIndicator<TPage>(RatingResult<TPage> result, int indicator, RatingTableOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfNegative(indicator);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(indicator, result.Method.Indicators.Count);
        options ??= RatingTableOptions.Default;
        LabelSet labels = options.Labels;
        Indicator<TPage> definition = result.Method.Indicators[indicator].Indicator;
        int scheme = CellSchemes(result.Method)[indicator];
        var columns = new List<TableColumn>
        {
            new(TableColumnKind.Place, labels.Place, labels.Place, -1, Precision.Exact),
            new(TableColumnKind.Page, labels.Page, labels.Page, -1, Precision.Exact),
            new(TableColumnKind.Value, labels.Value, definition.Name, indicator, definition.Precision),
        };
        if (scheme >= 0)
        {
            string name = result.Method.ZoneSchemes[scheme].Name;
            columns.Add(new(TableColumnKind.Zone, name, name, scheme, Precision.Exact));
        }

        RatingRow<TPage>[] ordered = [.. result.Rows];
        Array.Sort(ordered, (a, b) =>
        {
            int byPlace = a.Scores[indicator].Place.CompareTo(b.Scores[indicator].Place);
            return byPlace != 0 ? byPlace : a.InputIndex.CompareTo(b.InputIndex);
        });
        var rows = new List<TableRow>(ordered.Length);
        foreach (RatingRow<TPage> row in ordered)
        {
            IndicatorScore score = row.Scores[indicator];
            Zone? zone = scheme >= 0 ? row.ZoneOf(scheme) : null;
            var cells = new List<TableCell>(columns.Count)
            {
                new(TableColumnKind.Place, Number(score.Place, labels)) { Place = score.Place },
                new(TableColumnKind.Page, row.Name),
                ScoreCell(TableColumnKind.Value, Value(score.ComparedValue, definition.Precision, labels, options.GroupThousands), score, zone),
            };
            if (scheme >= 0)
            {
                cells.Add(new(TableColumnKind.Zone, zone?.Name ?? "") { Zone = zone });
            }

            rows.Add(new TableRow(row.Id, row.Name, row.InputIndex, cells, zone));
        }

        string title = options.Title.Length > 0 ? options.Title : definition.Name;
        return new RatingTable(title, labels, columns, rows, [], null, scheme >= 0 ? result.Method.ZoneSchemes[scheme].Zones : []);
    }

    /// <summary>
    /// Explains one page's result in the sentences of <paramref name="labels"/>, one statement per line: for a rated page its
    /// final place and total, each indicator's value (a missing one ranks last), place, weight and weighted penalty, what
    /// decided its place among pages with the same total (the total alone, a tie-breaker and its indicator, a shared place,
    /// or input order), and its zone in each zone scheme; for an excluded page why it was left out.
    /// </summary>
    /// <param name="result">The result.</param>
    /// <param name="id">The id of a rated or an excluded page.</param>
    /// <param name="labels">The language.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <returns>The explanation, each line ended by <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No rated or excluded page has id <paramref name="id"/>.</exception>
    public static string Explain<TPage>(RatingResult<TPage> result, string id, LabelSet labels)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(labels);
        RatingMethod<TPage> method = result.Method;
        if (!result.TryGetRow(id, out RatingRow<TPage> row))
        {
            foreach (ExcludedPage<TPage> page in result.Excluded)
            {
                if (page.Id == id)
                {
                    return LabelSet.Fill(labels.ExplainExcludedTemplate, method.NameOf(page.Page), ExclusionReason(method, page, labels)) + "\n";
                }
            }

            row = result.Row(id); // neither rated nor excluded: throws the result's own KeyNotFoundException
        }

        var text = new StringBuilder();
        text.Append(LabelSet.Fill(labels.ExplainPlaceTemplate, row.Name, Number(row.FinalPlace, labels), Number(result.Rows.Count, labels), Number(row.Total, labels))).Append('\n');
        IndicatorScores scores = row.Scores;
        for (int j = 0; j < method.Indicators.Count; j++)
        {
            IndicatorScore score = scores[j];
            string value = Value(score.ComparedValue, method.Indicators[j].Indicator.Precision, labels, group: false);
            value = score.IsMissing ? LabelSet.Fill(labels.ExplainMissingTemplate, value) : value;
            text.Append("  ").Append(LabelSet.Fill(labels.ExplainScoreTemplate, score.Indicator, value, Number(score.Place, labels), Number(score.Weight, labels), Number(score.Penalty, labels))).Append('\n');
        }

        var tied = new List<string>();
        foreach (RatingRow<TPage> other in result.Rows)
        {
            if (other.Total == row.Total && other.Position != row.Position)
            {
                tied.Add(LabelSet.Fill(labels.ExplainNameTemplate, other.Name));
            }
        }

        string others = string.Join(", ", tied);
        Decision decision = row.Decision;
        text.Append(decision.Kind switch
        {
            DecisionKind.Total => labels.ExplainByTotal,
            DecisionKind.Shared => LabelSet.Fill(labels.ExplainSharedTemplate, others),
            DecisionKind.InputOrder => LabelSet.Fill(labels.ExplainInputOrderTemplate, others),
            _ => LabelSet.Fill(labels.ExplainTieBreakerTemplate, others, decision.IndicatorName),
        }).Append('\n');
        if (method.ZoneSchemes.Count > 0)
        {
            IEnumerable<string> zones = method.ZoneSchemes.Select((scheme, s) => scheme.Name + ": " + (row.ZoneOf(s)?.Name ?? labels.ExplainNoZone));
            text.Append(LabelSet.Fill(labels.ExplainZonesTemplate, string.Join("; ", zones))).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Describes a method in the sentences of <paramref name="labels"/>: ties and tie-breakers, interactions, and each indicator.</summary>
    /// <param name="method">The method.</param>
    /// <param name="labels">The language.</param>
    /// <param name="interactions">The interaction kinds the method counts, or <see langword="null"/> to leave them unsaid.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <returns>The description.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="method"/> or <paramref name="labels"/> is <see langword="null"/>.</exception>
    public static MethodDescription Describe<TPage>(RatingMethod<TPage> method, LabelSet labels, InteractionKinds? interactions = null)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(labels);
        string breakers = method.TieBreakers.Count == 0
            ? labels.NoTieBreakers
            : string.Join(labels.TieBreakerSeparator, method.TieBreakers.Select(t => LabelSet.Fill(labels.TieBreakerTemplate, t)));
        string ties = LabelSet.Fill(labels.TiesTemplate, TieName(method.IndicatorTies, labels), TieName(method.FinalTies, labels), breakers);
        string? kinds = interactions is { } k ? LabelSet.Fill(labels.InteractionsTemplate, InteractionNames(k, labels)) : null;
        return new MethodDescription(ties, kinds, [.. method.Indicators.Select(w => DescribeIndicator(w, labels))]);
    }

    /// <summary>Describes one indicator in the sentence of <paramref name="labels"/>: direction, precision and rounding rule, weight, missing-value rule.</summary>
    /// <param name="indicator">The weighted indicator.</param>
    /// <param name="labels">The language.</param>
    /// <typeparam name="TPage">The type of page.</typeparam>
    /// <returns>The sentence, e.g. <c>'ER': higher is better, 2 decimals, half away from zero, weight 1, missing values rank last.</c></returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> or <paramref name="labels"/> is <see langword="null"/>.</exception>
    public static string DescribeIndicator<TPage>(WeightedIndicator<TPage> indicator, LabelSet labels)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(labels);
        Indicator<TPage> i = indicator.Indicator;
        string better = i.Better == Better.Higher ? labels.HigherIsBetter : labels.LowerIsBetter;
        string missing = i.Missing switch
        {
            MissingValueRule.Exclude => labels.MissingExcludes,
            MissingValueRule.Fail => labels.MissingFails,
            _ => labels.MissingRankLast,
        };
        return LabelSet.Fill(labels.IndicatorTemplate, i.Name, better, PrecisionName(i.Precision, labels), Number(indicator.Weight, labels), missing);
    }

    /// <summary>Names a precision in <paramref name="labels"/>: exact, or the decimal places with the rounding rule.</summary>
    /// <param name="precision">The precision.</param>
    /// <param name="labels">The language.</param>
    /// <returns>The text, e.g. <c>2 decimals, half away from zero</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="labels"/> is <see langword="null"/>.</exception>
    public static string PrecisionName(Precision precision, LabelSet labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (precision.DecimalPlaces is not int d)
        {
            return labels.Exact;
        }

        string rule = precision.Midpoint == MidpointRounding.ToEven ? labels.HalfToEven : labels.HalfAwayFromZero;
        return LabelSet.Fill(d == 1 ? labels.OneDecimalTemplate : labels.DecimalsTemplate, d, rule);
    }

    /// <summary>Names a tie method in <paramref name="labels"/>.</summary>
    /// <param name="ties">The tie method.</param>
    /// <param name="labels">The language.</param>
    /// <returns>The name, e.g. <c>min</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="labels"/> is <see langword="null"/>.</exception>
    public static string TieName(TieMethod ties, LabelSet labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return ties switch
        {
            TieMethod.Min => labels.TiesMin,
            TieMethod.Max => labels.TiesMax,
            TieMethod.Average => labels.TiesAverage,
            TieMethod.Dense => labels.TiesDense,
            _ => labels.TiesOrdinal,
        };
    }

    /// <summary>Names the interaction kinds in <paramref name="labels"/>, joined by <c> + </c>.</summary>
    /// <param name="kinds">The kinds.</param>
    /// <param name="labels">The language.</param>
    /// <returns>The names, e.g. <c>likes + comments</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="labels"/> is <see langword="null"/>.</exception>
    public static string InteractionNames(InteractionKinds kinds, LabelSet labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var names = new List<string>(4);
        AddIf(InteractionKinds.Likes, labels.Likes);
        AddIf(InteractionKinds.Comments, labels.Comments);
        AddIf(InteractionKinds.Shares, labels.Shares);
        AddIf(InteractionKinds.Saves, labels.Saves);
        return names.Count == 0 ? labels.NoInteractions : string.Join(" + ", names);

        void AddIf(InteractionKinds kind, string name)
        {
            if ((kinds & kind) != 0)
            {
                names.Add(name);
            }
        }
    }

    /// <summary>Formats a place, penalty or total in the numbers of <paramref name="labels"/>: whole numbers without decimals, others with up to 10.</summary>
    internal static string Number(double value, LabelSet labels) => Number(value, labels.Numbers);

    /// <summary>
    /// Formats a place, penalty or total with <paramref name="provider"/>: empty for NaN, whole numbers without decimals or
    /// grouping (as a long's text, which the pattern <c>0.##########</c> writes alike, only faster), others with up to 10
    /// decimals.
    /// </summary>
    internal static string Number(double value, IFormatProvider provider)
    {
        if (double.IsNaN(value))
        {
            return "";
        }

        return Math.Abs(value) < 9007199254740992.0 && value == Math.Floor(value) // 2^53
            ? ((long)value).ToString(provider)
            : (value + 0.0).ToString("0.##########", provider);
    }

    /// <summary>
    /// Returns why a page was excluded in <paramref name="labels"/>' language: the method's own eligibility reason (the
    /// caller's text, as it is), or else the indicators whose missing value excluded it.
    /// </summary>
    private static string ExclusionReason<TPage>(RatingMethod<TPage> method, ExcludedPage<TPage> page, LabelSet labels)
    {
        // The evaluator applies the missing-value rules only to a page its eligibility does not exclude.
        if (method.ExclusionReasonOf?.Invoke(page.Page) is not null)
        {
            return page.Reason;
        }

        var missing = new List<string>();
        foreach (WeightedIndicator<TPage> weighted in method.Indicators)
        {
            Indicator<TPage> indicator = weighted.Indicator;
            if (indicator.Missing == MissingValueRule.Exclude && double.IsNaN(indicator.Value.Read(page.Page)))
            {
                missing.Add(LabelSet.Fill(labels.MissingReasonTemplate, indicator.Name));
            }
        }

        return missing.Count == 0 ? page.Reason : string.Join("; ", missing);
    }

    private static string Value(double compared, Precision precision, LabelSet labels, bool group)
        => double.IsNaN(compared) ? labels.Missing : precision.Format(compared, labels.Numbers, group);

    /// <summary>The text of a decision in <paramref name="labels"/>' language; empty when the total alone decided.</summary>
    internal static string DecisionText(Decision decision, LabelSet labels) => decision.Kind switch
    {
        DecisionKind.Shared => labels.SharedPlace,
        DecisionKind.InputOrder => labels.InputOrder,
        DecisionKind.TieBreaker => LabelSet.Fill(labels.DecidedByTieBreaker, decision.IndicatorName!),
        _ => "",
    };

    private static TableCell ScoreCell(TableColumnKind kind, string text, IndicatorScore score, Zone? zone) => new(kind, text)
    {
        Place = score.Place,
        Value = score.ComparedValue,
        FullValue = score.Value,
        Weight = score.Weight,
        Penalty = score.Penalty,
        Zone = zone,
    };

    /// <summary>Returns, per indicator, the first zone scheme on its values, or -1.</summary>
    private static int[] CellSchemes<TPage>(RatingMethod<TPage> method)
    {
        int[] schemes = new int[method.Indicators.Count];
        Array.Fill(schemes, -1);
        for (int s = method.ZoneSchemes.Count - 1; s >= 0; s--)
        {
            if (method.ZoneSchemes[s] is ThresholdZoneScheme { IndicatorName: { } name } && method.IndexOf(name) is int j and >= 0)
            {
                schemes[j] = s;
            }
        }

        return schemes;
    }

    /// <summary>Returns the scheme that colours rows: the first on final places, else the first on the total; -1 when none.</summary>
    private static int RowScheme(IReadOnlyList<ZoneScheme> schemes)
    {
        for (int s = 0; s < schemes.Count; s++)
        {
            if (schemes[s] is PlaceBandZoneScheme)
            {
                return s;
            }
        }

        for (int s = 0; s < schemes.Count; s++)
        {
            if (schemes[s] is ThresholdZoneScheme { IsOnTotal: true })
            {
                return s;
            }
        }

        return -1;
    }
}
