using System.Globalization;
using SocialRank.Cli.Method;
using SocialRank.Indicators;
using SocialRank.Rating;
using SocialRank.Zones;

namespace SocialRank.Cli.Output;

/// <summary>Flattens a library <see cref="RatingResult{TPage}"/> into the <see cref="RatingView"/> the renderers draw.</summary>
internal static class ViewBuilder
{
    internal static RatingView Build(RatingResult<PageStats> result, LoadedMethod loaded, string title, Labels labels)
    {
        RatingMethod<PageStats> method = result.Method;
        var indicators = method.Indicators
            .Select(w => new ViewIndicator(w.Indicator.Name, w.Indicator.Precision, w.Weight))
            .ToList();

        // The row colour comes from the first scheme on final places (or, failing that, on the total);
        // schemes on an indicator colour that indicator's cells.
        int rowScheme = IndexOfRowScheme(method.ZoneSchemes);
        var cellSchemes = new List<(int Scheme, int Indicator)>();
        for (int s = 0; s < method.ZoneSchemes.Count; s++)
        {
            if (method.ZoneSchemes[s] is ThresholdZoneScheme { IndicatorName: { } name })
            {
                cellSchemes.Add((s, method.IndexOf(name)));
            }
        }

        var rows = new List<ViewRow>(result.Rows.Count);
        foreach (RatingRow<PageStats> row in result.Rows)
        {
            IndicatorScores scores = row.Scores;
            var cells = new ViewCell[scores.Count];
            for (int i = 0; i < cells.Length; i++)
            {
                IndicatorScore score = scores[i];
                cells[i] = new ViewCell(score.ComparedValue, score.Place);
            }

            var valueZones = new Dictionary<int, ViewZone>();
            foreach ((int scheme, int indicator) in cellSchemes)
            {
                if (row.ZoneOf(scheme) is { } zone)
                {
                    valueZones[indicator] = ToView(zone);
                }
            }

            ViewZone? rowZone = rowScheme >= 0 && row.ZoneOf(rowScheme) is { } z ? ToView(z) : null;
            rows.Add(new ViewRow(row.Id, row.Name, cells, row.Total, row.FinalPlace, rowZone, valueZones, row.Decision));
        }

        var excluded = result.Excluded
            .Select(e => new ViewExcluded(e.Id, method.NameOf(e.Page), e.Reason))
            .ToList();
        IReadOnlyList<ViewZone> zones = rowScheme >= 0 ? method.ZoneSchemes[rowScheme].Zones.Select(ToView).ToList() : [];
        return new RatingView(title, labels, indicators, rows, excluded, Describe(loaded.Resolved, labels), zones);
    }

    /// <summary>Describes how values are compared and rounded: the midpoint rule, or that every indicator compares exactly.</summary>
    private static string DescribeRounding(MethodFile method, bool ru)
    {
        if (!(method.Indicators ?? []).Any(i => i.Precision?.DecimalPlaces is not null))
        {
            return ru
                ? "Значения сравниваются точно, без округления: равные отношения (например, 1/3 и 2/6) делят место."
                : "Values are compared exactly, without rounding: equal ratios (e.g. 1/3 and 2/6) share the place.";
        }

        bool toEven = method.Rounding == MethodLoader.RoundingName(MidpointRounding.ToEven);
        return (ru, toEven) switch
        {
            (true, false) => "Округление: значения сравниваются и показываются с точностью показателя; половина — от нуля (как ROUND в Excel: 1,25 → 1,3).",
            (true, true) => "Округление: значения сравниваются и показываются с точностью показателя; половина — к чётному (как в numpy и pandas: 1,25 → 1,2).",
            (false, false) => "Rounding: values are compared and shown at each indicator's precision; half away from zero (as spreadsheets' ROUND: 1.25 → 1.3).",
            (false, true) => "Rounding: values are compared and shown at each indicator's precision; half to even (as numpy and pandas: 1.25 → 1.2).",
        };
    }

    private static int IndexOfRowScheme(IReadOnlyList<ZoneScheme> schemes)
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

    private static ViewZone ToView(Zone zone) => new(zone.Name, HtmlRenderer.Hex(zone.Color));

    /// <summary>Describes the method in sentences (shown under every table).</summary>
    internal static IReadOnlyList<string> Describe(MethodFile method, Labels labels)
    {
        bool ru = labels.Language == "ru";
        var lines = new List<string>();
        string interactions = string.Join(" + ", method.Interactions ?? []);
        lines.Add(ru
            ? $"Каждый показатель ранжирует страницы; место — штрафные баллы; меньше сумма — выше итоговое место. Взаимодействия = {interactions}."
            : $"Each indicator ranks the pages; a page's place is its penalty; the fewest penalty points win. Interactions = {interactions}.");
        lines.Add(ru
            ? $"Равные значения: {method.IndicatorTies} (места по показателям), {method.FinalTies} (итоговые места)."
            : $"Ties: {method.IndicatorTies} for indicator places, {method.FinalTies} for final places.");
        lines.Add(DescribeRounding(method, ru));
        foreach (IndicatorEntry indicator in method.Indicators ?? [])
        {
            string precision = indicator.Precision?.DecimalPlaces is int p
                ? (ru ? $"сравнение с точностью {p.ToString(CultureInfo.InvariantCulture)} зн." : $"compared at {p.ToString(CultureInfo.InvariantCulture)} {(p == 1 ? "decimal" : "decimals")}")
                : (ru ? "точное сравнение" : "compared exactly");
            string better = indicator.Better == "lower" ? (ru ? "меньше — лучше" : "lower is better") : (ru ? "больше — лучше" : "higher is better");
            string weight = (indicator.Weight ?? 1).ToString("0.###", CultureInfo.InvariantCulture);
            lines.Add(ru
                ? $"{indicator.Name}: {better}, вес {weight}, {precision}, нет данных: {indicator.Missing}."
                : $"{indicator.Name}: {better}, weight {weight}, {precision}, missing values: {indicator.Missing}.");
        }

        if (method.TieBreakers is { Count: > 0 } breakers)
        {
            lines.Add(ru
                ? $"Равные суммы различаются по местам: {string.Join(", ", breakers)}."
                : $"Equal totals are broken by the places on: {string.Join(", ", breakers)}.");
        }

        foreach (ZoneEntry zone in method.Zones ?? [])
        {
            string bands = zone.Places is { } places
                ? string.Join(", ", places.Select(b => $"{b.Zone} ({b.Count.ToString(CultureInfo.InvariantCulture)})"))
                : string.Join(", ", (zone.Thresholds ?? []).Select(DescribeBand));
            lines.Add(ru ? $"Зоны «{zone.Name}»: {bands}." : $"Zones '{zone.Name}': {bands}.");
        }

        return lines;

        static string DescribeBand(ThresholdEntry band)
        {
            var parts = new List<string>();
            if (band.AtLeast is double l)
            {
                parts.Add(">= " + l.ToString(CultureInfo.InvariantCulture));
            }

            if (band.Above is double a)
            {
                parts.Add("> " + a.ToString(CultureInfo.InvariantCulture));
            }

            if (band.Below is double b)
            {
                parts.Add("< " + b.ToString(CultureInfo.InvariantCulture));
            }

            if (band.AtMost is double m)
            {
                parts.Add("<= " + m.ToString(CultureInfo.InvariantCulture));
            }

            return $"{band.Zone} {string.Join(" and ", parts)}".Trim();
        }
    }
}
