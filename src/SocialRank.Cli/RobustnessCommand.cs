using System.Globalization;
using System.Text;
using System.Text.Json;
using nietras.SeparatedValues;
using SocialRank.Analysis;
using SocialRank.Cli.Input;
using SocialRank.Cli.Method;
using SocialRank.Cli.Output;
using SocialRank.Pages;
using SocialRank.Rating;
using SocialRank.Ranking;

namespace SocialRank.Cli;

/// <summary>
/// <c>socialrank robustness</c>: re-rates the pages many times under drawn changes of the method (the library's
/// <see cref="UncertaintyAnalysis"/>) and writes each page's nominal place, median place, 5–95 % interval, chance of the
/// top k, chance of keeping its zone and mean shift, with the indicators' agreement (<see cref="AgreementReport"/>).
/// Reads, checks and writes as <c>rate</c> does: nothing is written when the input is bad.
/// </summary>
internal static class RobustnessCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The changes <c>--vary</c> names.</summary>
    internal static readonly string[] Variations = ["weights", "ties", "drop-indicator", "precision"];

    internal static async Task<int> RunAsync(RobustnessOptions options, TextWriter stdout, TextWriter stderr, CliConsole console, CancellationToken cancellationToken)
    {
        string format = AnalysisReport.Format(options.Format, options.Out, "robustness");

        if (options.Runs is < 1 or > 1_000_000)
        {
            throw new InputException($"--runs {options.Runs}: give from 1 to 1,000,000 runs.");
        }

        if (options.Sensitivity is < 0 or 1 or > 100_000)
        {
            throw new InputException($"--sensitivity {options.Sensitivity}: give the number of samples, from 2 to 100,000 (each costs a rating per varied choice, plus 2).");
        }

        if (options.Audits && format == "csv")
        {
            throw new InputException("--audits reports tables of their own, not one row per page: it is in the table, md, html and json formats, not csv.");
        }

        if (options.Sensitivity > 0 && format == "csv")
        {
            throw new InputException("--sensitivity reports one index per varied choice, not per page: it is in the table, md, html and json formats, not csv.");
        }

        if (options.TopK < 1)
        {
            throw new InputException($"--top-k {options.TopK}: give a number of places from 1.");
        }

        if (options.Chart is { } chart && !(chart.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || chart.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)))
        {
            throw new InputException($"--chart {chart}: the rank-interval chart is a PNG or an SVG image; give a file name ending in .png or .svg.");
        }

        double spread = WeightSpread(options.Weights);
        Perturbation perturbation = Perturbation(options.Vary, spread);
        var rate = new RateOptions(options.Pages, options.Regions, options.Method, null, null, false, null, options.Out, options.Chart, options.Language, null, [],
            Encoding: options.Encoding, Sheet: options.Sheet, HeaderRow: options.HeaderRow);
        OutputTargets.Check(RateCommand.Outputs(rate), RateCommand.Inputs(rate));
        LoadedMethod loaded = MethodLoader.Load(options.Method, options.Language);
        CliLabels words = CliLabels.Of(options.Language);
        var progress = new Progress(stderr, console.ErrorIsTerminal, words);
        (IReadOnlyList<PageStats> pages, int[] lines, string pagesFile, bool isSheet) = RateCommand.ReadPages(rate, loaded, progress, words, []);
        cancellationToken.ThrowIfCancellationRequested();
        progress.Stage(pages.Count, words.Rating);
        var analysis = new UncertaintyOptions { Runs = options.Runs, Seed = options.Seed, TopK = options.TopK, CancellationToken = cancellationToken };
        UncertaintyResult<PageStats> result = RateCommand.Evaluate(() => UncertaintyAnalysis.Run(loaded.Method, pages, perturbation, analysis), pages, lines, pagesFile, isSheet);
        AgreementReport agreement = AgreementReport.Of(result.Nominal);
        Audit? audit = options.Audits ? Audit.Of(result.Nominal) : null;
        SensitivityResult? sensitivity = options.Sensitivity > 0
            ? SensitivityAnalysis.Run(loaded.Method, pages, perturbation, new SensitivityOptions { Samples = options.Sensitivity, Seed = options.Seed })
            : null;
        cancellationToken.ThrowIfCancellationRequested();
        AnalysisReport Laid() => Report(result, agreement, sensitivity, audit, options, loaded.Title);
        Action<TextWriter> write = format switch
        {
            "csv" => w => WriteCsv(result, w),
            "json" => w => WriteJson(result, agreement, sensitivity, audit, w),
            "md" => w => Laid().WriteMarkdown(w),
            "html" => w =>
            {
                AnalysisReport report = Laid();
                report.FigureSvg = IntervalChart.InlineSvg(result, loaded.Title);
                report.FigureCaption = "Each page's 5–95 % interval of places around its nominal place";
                HtmlRenderer.WriteReport(report, "en", w);
            },
            _ => w => Laid().WriteText(w),
        };
        // The table (or its file) and the chart land together, or neither.
        await RateCommand.WriteOutputAsync(options.Out, format, write, options.Chart,
            path => IntervalChart.Render(result, loaded.Title, svg: path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)), stdout, cancellationToken,
            (stream, ct) => XlsxRenderer.WriteReportAsync(Laid(), "Robustness", stream, ct)).ConfigureAwait(false);

        progress.Done(pages.Count);
        return ExitCodes.Ok;
    }

    /// <summary>The weight spread of <c>--weights</c>: <c>25%</c> or <c>0.25</c>, from 0 up to (not including) 100 %.</summary>
    internal static double WeightSpread(string text)
    {
        string number = text.Trim();
        bool percent = number.EndsWith('%');
        if (!double.TryParse(percent ? number[..^1] : number, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
        {
            throw new InputException($"--weights {text}: give the spread of the weights as a percentage, e.g. 25%.");
        }

        double spread = percent ? value / 100 : value;
        if (spread is < 0 or >= 1)
        {
            throw new InputException($"--weights {text}: the spread must be from 0 % up to, not including, 100 % (a weight must stay positive).");
        }

        return spread;
    }

    /// <summary>The perturbation of <c>--vary</c>: the named changes in turn.</summary>
    internal static Perturbation Perturbation(IReadOnlyList<string> vary, double spread)
    {
        Perturbation all = Analysis.Perturbation.None;
        foreach (string name in vary.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal))
        {
            all = all.Then(name switch
            {
                "weights" => Analysis.Perturbation.Weights(spread),
                "ties" => Analysis.Perturbation.IndicatorTies(),
                "drop-indicator" => Analysis.Perturbation.DropOneIndicator(),
                "precision" => Analysis.Perturbation.ExactOrPublished(),
                _ => throw new InputException($"--vary {name}: choose from {string.Join(", ", Variations)}."),
            });
        }

        return all;
    }

    private static string N(double value, string format = "0.##") => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>Lays out the report of every text format: the table of pages in nominal order, each row in its nominal zone, then the agreement, the audits and the sensitivity indices.</summary>
    private static AnalysisReport Report(UncertaintyResult<PageStats> result, AgreementReport agreement, SensitivityResult? sensitivity, Audit? audit, RobustnessOptions options, string title)
    {
        int k = options.TopK;
        var report = new AnalysisReport(
            $"{title}: robustness",
            string.Create(CultureInfo.InvariantCulture, $"Robustness: {options.Runs:N0} runs, seed {options.Seed}, varying {result.Perturbation}"),
            ["Place", "Page", "Median", "5–95 %", $"P(top {k})", "P(zone)", "Mean shift"],
            1);
        bool zoned = result.Nominal.Method.ZoneSchemes.Count > 0;
        foreach (PageUncertainty p in result.Pages.OrderBy(p => p.NominalPlace))
        {
            Zones.Zone? zone = zoned && result.Nominal.TryGetRow(p.Id, out RatingRow<PageStats> row) ? row.ZoneOf(0) : null;
            report.Row(
            [
                N(p.NominalPlace), p.Name, N(p.MedianPlace), $"{N(p.Lower)}–{N(p.Upper)}", N(p.ProbabilityTopK * 100, "0.#") + " %",
                double.IsNaN(p.ProbabilityNominalZone) ? "" : N(p.ProbabilityNominalZone * 100, "0.#") + " %", N(p.MeanAbsoluteShift),
            ], zone);
        }

        report.Block().Text($"Agreement of the indicators: Kendall's W {N(agreement.KendallW, "0.###")}");
        foreach (IndicatorPairAgreement pair in agreement.Redundant)
        {
            report.Text($"Near duplicates: '{pair.First}' and '{pair.Second}' (Spearman's rho {N(pair.Spearman, "0.###")})");
        }

        if (audit is not null)
        {
            LeaveOneOut loo = audit.LeaveOneOut;
            report.Block().Text("Leave one indicator out (the final places rated again without it):");
            for (int j = 0; j < loo.Indicators.Count; j++)
            {
                double mean = loo.Pages.Count == 0 ? 0 : loo.Pages.Average(p => Math.Abs(p.Shifts[j]));
                LeaveOneOutPage? most = loo.Pages.OrderByDescending(p => Math.Abs(p.Shifts[j])).ThenBy(p => p.NominalPlace).FirstOrDefault();
                string mover = most is null || most.Shifts[j] == 0 ? "no page moves" : $"most moved: {most.Name} {Move(most.Shifts[j])} ({N(most.NominalPlace)} to {N(most.Places[j])})";
                report.Item($"without '{loo.Indicators[j]}'", $"mean shift {N(mean, "0.00")}; {mover}");
            }

            int violated = audit.Dominance.Count(d => d.IsViolated);
            report.Text(string.Create(CultureInfo.InvariantCulture, $"Dominance: {audit.Dominance.Count:N0} pairs where a page is no worse on every indicator and better on one; {(violated == 0 ? "no dominated page is placed above its dominator" : $"{violated:N0} dominated pages placed above their dominators")}."));
            if (audit.Reversals is { } reversals)
            {
                // The pages by name, as every other line of the report names them (ids are unique, names need not be).
                string NameOf(string id) => result.Nominal.TryGetRow(id, out RatingRow<PageStats> named) ? "'" + named.Name + "'" : "'" + id + "'";
                PageRemoval? worst = reversals.OrderByDescending(r => r.FlippedPairs).FirstOrDefault();
                report.Text(worst is null || worst.FlippedPairs == 0
                    ? "Rank reversal: removing any one page leaves the order of the others as it is."
                    : string.Create(CultureInfo.InvariantCulture, $"Rank reversal: removing one page reverses the order of other pages in {reversals.Count(r => r.FlippedPairs > 0):N0} of {reversals.Count:N0} cases; most when {NameOf(worst.Removed)} is removed: {worst.FlippedPairs:N0} pairs (e.g. {string.Join(", ", worst.Examples.Take(3).Select(f => $"{NameOf(f.Below)} above {NameOf(f.Above)}"))})."));
            }
            else
            {
                report.Text(string.Create(CultureInfo.InvariantCulture, $"Rank reversal: not audited above {Audits.MaxReversalPages:N0} rated pages."));
            }
        }

        if (sensitivity is not null)
        {
            report.Block().Text(string.Create(CultureInfo.InvariantCulture, $"What moves the places (mean shift; Sobol' indices from {sensitivity.Samples:N0} samples, seed {options.Seed}):"));
            foreach (SensitivityIndex index in sensitivity.Inputs)
            {
                report.Item(index.Input, $"alone {Index(index.FirstOrder)}, with interactions {Index(index.TotalEffect)}");
            }
        }

        return report;
    }

    private static void WriteCsv(UncertaintyResult<PageStats> result, TextWriter w)
    {
        using SepWriter csv = Sep.Writer(o => o with { Sep = new Sep(','), Escape = true }).To(w, leaveOpen: true);
        foreach (PageUncertainty p in result.Pages.OrderBy(p => p.NominalPlace))
        {
            using SepWriter.Row row = csv.NewRow();
            row["id"].Set(Formatting.TableWriter.NeutralizeFormula(p.Id));
            row["name"].Set(Formatting.TableWriter.NeutralizeFormula(p.Name));
            row["nominal place"].Set(N(p.NominalPlace, "R"));
            row["median place"].Set(N(p.MedianPlace, "R"));
            row["p05"].Set(N(p.Lower, "R"));
            row["p95"].Set(N(p.Upper, "R"));
            row["min place"].Set(N(p.MinPlace, "R"));
            row["max place"].Set(N(p.MaxPlace, "R"));
            row["p top k"].Set(N(p.ProbabilityTopK, "R"));
            row["p nominal zone"].Set(double.IsNaN(p.ProbabilityNominalZone) ? "" : N(p.ProbabilityNominalZone, "R"));
            row["mean absolute shift"].Set(N(p.MeanAbsoluteShift, "R"));
        }
    }

    /// <summary>A sensitivity index as a share, or "n/a" when the output does not vary.</summary>
    private static string Index(double value) => double.IsNaN(value) ? "n/a" : N(value, "0.00");

    /// <summary>A place shift as the tables show a move: ▲ up (a lower place), ▼ down.</summary>
    private static string Move(double shift) => shift < 0 ? "▲" + N(-shift) : "▼" + N(shift);

    private static void WriteJson(UncertaintyResult<PageStats> result, AgreementReport agreement, SensitivityResult? sensitivity, Audit? audit, TextWriter w)
    {
        var document = new
        {
            runs = result.Options.Runs,
            seed = result.Options.Seed,
            topK = result.Options.TopK,
            perturbation = result.Perturbation.ToString(),
            kendallW = agreement.KendallW,
            nearDuplicates = agreement.Redundant.Select(p => new { first = p.First, second = p.Second, spearman = p.Spearman }),
            leaveOneOut = audit is null ? null : new
            {
                indicators = audit.LeaveOneOut.Indicators,
                pages = audit.LeaveOneOut.Pages.Select(p => new { id = p.Id, name = p.Name, nominalPlace = p.NominalPlace, places = p.Places, shifts = p.Shifts }),
            },
            dominance = audit?.Dominance.Select(d => new { dominator = d.Dominator, dominated = d.Dominated, dominatorPlace = d.DominatorPlace, dominatedPlace = d.DominatedPlace, violated = d.IsViolated }),
            reversals = audit?.Reversals?.Select(r => new { removed = r.Removed, flippedPairs = r.FlippedPairs, examples = r.Examples.Select(f => new { above = f.Above, below = f.Below }) }),
            sensitivity = sensitivity is null ? null : new
            {
                samples = sensitivity.Samples,
                inputs = sensitivity.Inputs.Select(i => new { input = i.Input, firstOrder = Nullable(i.FirstOrder), totalEffect = Nullable(i.TotalEffect) }),
            },
            pages = result.Pages.OrderBy(p => p.NominalPlace).Select(p => new
            {
                id = p.Id,
                name = p.Name,
                nominalPlace = p.NominalPlace,
                medianPlace = p.MedianPlace,
                p05 = p.Lower,
                p95 = p.Upper,
                minPlace = p.MinPlace,
                maxPlace = p.MaxPlace,
                probabilityTopK = p.ProbabilityTopK,
                probabilityNominalZone = double.IsNaN(p.ProbabilityNominalZone) ? (double?)null : p.ProbabilityNominalZone,
                meanAbsoluteShift = p.MeanAbsoluteShift,
            }),
        };
        w.Write(JsonSerializer.Serialize(document, Indented));
        w.Write('\n');
    }

    private static double? Nullable(double value) => double.IsNaN(value) ? null : value;

    /// <summary>The audits of <c>--audits</c> on the nominal rating: leave one indicator out, dominance, rank reversal (up to <see cref="Audits.MaxReversalPages"/> pages).</summary>
    private sealed record Audit(LeaveOneOut LeaveOneOut, IReadOnlyList<DominancePair> Dominance, IReadOnlyList<PageRemoval>? Reversals)
    {
        internal static Audit Of(RatingResult<PageStats> nominal)
        {
            int rated = nominal.Rows.Count;
            if (rated > Audits.MaxDominancePages)
            {
                throw new InputException(string.Create(CultureInfo.InvariantCulture, $"--audits compares every pair of pages: at most {Audits.MaxDominancePages:N0} rated pages, not {rated:N0}."));
            }

            return new Audit(LeaveOneOut.Of(nominal), Audits.Dominance(nominal), rated <= Audits.MaxReversalPages ? Audits.Reversals(nominal) : null);
        }
    }
}

/// <summary>The options of <c>socialrank robustness</c>.</summary>
internal sealed record RobustnessOptions(
    string Pages,
    string? Regions,
    string? Method,
    int Runs,
    long Seed,
    string Weights,
    IReadOnlyList<string> Vary,
    int TopK,
    string? Format,
    string? Out,
    string Language,
    string? Encoding = null,
    string? Sheet = null,
    int? HeaderRow = null,
    int Sensitivity = 0,
    bool Audits = false,
    string? Chart = null);
