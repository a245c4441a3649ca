using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialRank.Indicators;
using SocialRank.Rating;
using SocialRank.Ranking;
using SocialRank.Zones;

namespace SocialRank.Tests.Rating;

/// <summary>FsCheck properties of evaluation, each over 1,000 generated ratings with a fixed seed.</summary>
public partial class RatingMethodTests
{
    [Property(MaxTest = 1000, Replay = "(7001,1)", Arbitrary = [typeof(Arbitraries)])]
    public bool Evaluate_ShuffledInput_GivesEveryPageTheSamePlaces(ShuffledCase input)
    {
        RatingMethod<TestPage> method = input.Case.Method();
        Dictionary<string, string> original = ByPage(method.Evaluate(input.Case.Pages, EvaluationOptions.Sequential));
        Dictionary<string, string> shuffled = ByPage(method.Evaluate(input.Shuffled, EvaluationOptions.Sequential));
        return original.Count == shuffled.Count && original.All(kv => shuffled[kv.Key] == kv.Value);

        static Dictionary<string, string> ByPage(RatingResult<TestPage> result) => result.Rows.ToDictionary(
            r => r.Id,
            r => $"{r.FinalPlace} {r.Total} {r.Decision} {string.Join(",", r.Scores.Select(s => s.Place))}");
    }

    [Property(MaxTest = 1000, Replay = "(7002,1)", Arbitrary = [typeof(Arbitraries)])]
    public bool Evaluate_ImprovingOnePageValue_NeverWorsensItsPlaceTotalOrFinalPlace(ImprovementCase input)
    {
        RatingCase c = input.Case;
        if (c.Pages.Length == 0)
        {
            return true;
        }

        int p = input.Page % c.Pages.Length;
        int j = input.Indicator % c.Directions.Length;
        TestPage page = c.Pages[p];
        double old = page.Values[j];
        double better = double.IsNaN(old) ? input.Delta : c.Directions[j] == Better.Higher ? old + input.Delta : old - input.Delta;
        double[] improvedValues = [.. page.Values];
        improvedValues[j] = better;
        TestPage[] improvedPages = [.. c.Pages];
        improvedPages[p] = page with { Values = improvedValues };

        RatingMethod<TestPage> method = c.Method();
        RatingRow<TestPage> before = method.Evaluate(c.Pages).Row(page.Id);
        RatingRow<TestPage> after = method.Evaluate(improvedPages).Row(page.Id);
        return after.Scores[j].Place <= before.Scores[j].Place && after.Total <= before.Total && after.FinalPlace <= before.FinalPlace;
    }

    [Property(MaxTest = 1000, Replay = "(7003,1)", Arbitrary = [typeof(Arbitraries)])]
    public bool Evaluate_PageAtLeastAsGoodOnEveryIndicator_NeverPlacesBelow(RatingCase c)
    {
        RatingResult<TestPage> result = c.Method().Evaluate(c.Pages);
        var rows = result.Rows.ToList();
        foreach (RatingRow<TestPage> a in rows)
        {
            foreach (RatingRow<TestPage> b in rows)
            {
                if (Dominates(c, a.Page, b.Page) && a.FinalPlace > b.FinalPlace)
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Property(MaxTest = 1000, Replay = "(7004,1)", Arbitrary = [typeof(Arbitraries)])]
    public bool Evaluate_Zones_AreMonotoneInPlaceAndSharedByTiedPages(ZoneCase input)
    {
        var bands = input.BandCounts.Select((count, i) => new PlaceBand(count, new Zone("band " + i, "c" + i))).ToList();
        var places = new PlaceBandZoneScheme("places", bands, new Zone("rest", "grey"));
        var totals = ThresholdZoneScheme.OnTotal("totals",
        [
            ValueBand.Below(input.Cut1, new Zone("low", "green")),
            ValueBand.Between(input.Cut1, input.Cut1 + input.Gap, new Zone("middle", "white")),
            ValueBand.AtLeast(input.Cut1 + input.Gap, new Zone("high", "red")),
        ]);
        RatingMethod<TestPage> method = input.Case.Builder().AddZones(places).AddZones(totals).Build();
        var rows = method.Evaluate(input.Case.Pages).Rows.ToList();
        for (int i = 1; i < rows.Count; i++)
        {
            for (int s = 0; s < 2; s++)
            {
                IReadOnlyList<Zone> zones = method.ZoneSchemes[s].Zones;
                int previous = Index(zones, rows[i - 1].ZoneOf(s)), current = Index(zones, rows[i].ZoneOf(s));
                bool tied = rows[i - 1].FinalPlace == rows[i].FinalPlace;
                if (current < previous || (tied && current != previous))
                {
                    return false;
                }
            }
        }

        return true;

        static int Index(IReadOnlyList<Zone> zones, Zone? zone) => zone is null ? int.MaxValue : zones.ToList().IndexOf(zone);
    }

    [Property(MaxTest = 1000, Replay = "(7005,1)", Arbitrary = [typeof(Arbitraries)])]
    public bool Evaluate_OrderByTotalPenalty_IsReverseOfOrderByBordaPoints(RatingCase c)
    {
        // With average ties a place is n minus the page's Borda points (a point per page beaten, half per tie),
        // counted here from the values alone.
        RatingCase averaged = c with { IndicatorTies = TieMethod.Average };
        var rows = averaged.Method().Evaluate(averaged.Pages).Rows.ToList();
        var borda = rows.ToDictionary(r => r.Id, r => Borda(averaged, r.Page));
        foreach (RatingRow<TestPage> a in rows)
        {
            foreach (RatingRow<TestPage> b in rows)
            {
                if (Math.Sign(a.Total - b.Total) != -Math.Sign(borda[a.Id] - borda[b.Id]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Property(MaxTest = 1000, Replay = "(7006,1)", Arbitrary = [typeof(Arbitraries)])]
    public bool Evaluate_IneligiblePagesAdded_LeaveEveryOtherPageUnchanged(ShuffledCase input)
    {
        // Ineligible copies ("x" ids) go in front of every second page; the rated pages keep their relative order.
        RatingCase c = input.Case;
        var mixed = new List<TestPage>();
        for (int i = 0; i < c.Pages.Length; i++)
        {
            if (i % 2 == 0)
            {
                mixed.Add(new TestPage("x" + i, [.. input.Shuffled[i].Values]));
            }

            mixed.Add(c.Pages[i]);
        }

        RatingMethod<TestPage> method = c.Builder().WithEligibility(p => p.Id[0] == 'x' ? "ineligible" : null).Build();
        var plain = method.Evaluate(c.Pages).Rows.Select(r => (r.Id, r.FinalPlace, r.Total, r.Decision)).ToList();
        RatingResult<TestPage> result = method.Evaluate(mixed);
        return plain.SequenceEqual(result.Rows.Select(r => (r.Id, r.FinalPlace, r.Total, r.Decision)))
            && result.Excluded.Count == (c.Pages.Length + 1) / 2;
    }

    private static double Borda(RatingCase c, TestPage page)
    {
        double points = 0;
        for (int j = 0; j < c.Directions.Length; j++)
        {
            double wins = 0;
            foreach (TestPage other in c.Pages)
            {
                if (ReferenceEquals(other, page))
                {
                    continue;
                }

                int compared = Compare(c.Directions[j], page.Values[j], other.Values[j]);
                wins += compared > 0 ? 1 : compared == 0 ? 0.5 : 0;
            }

            points += c.Weights[j] * wins;
        }

        return points;
    }

    /// <summary>Returns 1 when <paramref name="a"/> is better, 0 when equal, -1 when worse; missing is worst.</summary>
    private static int Compare(Better direction, double a, double b)
    {
        if (double.IsNaN(a) || double.IsNaN(b))
        {
            return double.IsNaN(a) && double.IsNaN(b) ? 0 : double.IsNaN(a) ? -1 : 1;
        }

        int order = a.CompareTo(b);
        return direction == Better.Higher ? order : -order;
    }

    private static bool Dominates(RatingCase c, TestPage a, TestPage b)
    {
        for (int j = 0; j < c.Directions.Length; j++)
        {
            if (Compare(c.Directions[j], a.Values[j], b.Values[j]) < 0)
            {
                return false;
            }
        }

        return true;
    }

    public sealed record TestPage(string Id, double[] Values);

    /// <summary>
    /// A generated rating: pages with values from −7.5 to 18 (negative, −0.0 and 0.0 among them; many ties, some missing),
    /// directions, weights, tie methods and tie-breakers.
    /// </summary>
    public sealed record RatingCase(TestPage[] Pages, Better[] Directions, double[] Weights, TieMethod IndicatorTies, TieMethod FinalTies, int[] TieBreakers)
    {
        public RatingMethodBuilder<TestPage> Builder()
        {
            RatingMethodBuilder<TestPage> builder = RatingMethod.For<TestPage>(p => p.Id).WithIndicatorTies(IndicatorTies).WithFinalTies(FinalTies);
            for (int j = 0; j < Directions.Length; j++)
            {
                int column = j;
                builder.Add(new Indicator<TestPage>("i" + j, p => p.Values[column], Directions[j]), Weights[j]);
            }

            return builder.WithTieBreakers([.. TieBreakers.Select(t => "i" + t)]);
        }

        public RatingMethod<TestPage> Method() => Builder().Build();

        public override string ToString() =>
            $"ties {IndicatorTies}/{FinalTies}, directions [{string.Join(",", Directions)}], weights [{string.Join(",", Weights)}], "
            + $"tie-breakers [{string.Join(",", TieBreakers)}], pages {string.Join(" ", Pages.Select(p => p.Id + ":" + string.Join("/", p.Values)))}";
    }

    public sealed record ShuffledCase(RatingCase Case, TestPage[] Shuffled);

    public sealed record ImprovementCase(RatingCase Case, int Page, int Indicator, double Delta);

    public sealed record ZoneCase(RatingCase Case, int[] BandCounts, double Cut1, double Gap);

    public static class Arbitraries
    {
        private static readonly TieMethod[] NotOrdinal = [TieMethod.Min, TieMethod.Average, TieMethod.Max, TieMethod.Dense];

        // Ordinal ties depend on input order by definition, so the order and dominance properties use the other four.
        public static Arbitrary<RatingCase> Cases() => CaseGen(NotOrdinal).ToArbitrary();

        public static Arbitrary<ShuffledCase> Shuffled() =>
            (from c in CaseGen(NotOrdinal)
             from shuffled in Gen.Shuffle(c.Pages)
             select new ShuffledCase(c, [.. shuffled])).ToArbitrary();

        public static Arbitrary<ImprovementCase> Improvements() =>
            (from c in CaseGen(Enum.GetValues<TieMethod>())
             from page in Gen.Choose(0, 100)
             from indicator in Gen.Choose(0, 100)
             from delta in Gen.Elements(0.5, 1.0, 2.0, 5.0)
             select new ImprovementCase(c, page, indicator, delta)).ToArbitrary();

        public static Arbitrary<ZoneCase> Zones() =>
            (from c in CaseGen(Enum.GetValues<TieMethod>())
             from counts in Gen.ListOf(Gen.Choose(1, 4)).Where(l => l.Count is > 0 and < 5)
             from cut in Gen.Choose(0, 20)
             from gap in Gen.Choose(1, 10)
             select new ZoneCase(c, [.. counts], cut, gap)).ToArbitrary();

        internal static Gen<RatingCase> CaseGen(TieMethod[] ties) =>
            from k in Gen.Choose(1, 4)
            from n in Gen.Choose(0, 12)
            from values in Gen.ArrayOf(Gen.Elements(double.NaN, -7.5, -1.0, -0.0, 0.0, 10.0, 11.0, 12.0, 13.0, 15.0, 18.0), n * k)
            from directions in Gen.ArrayOf(Gen.Elements(Better.Higher, Better.Lower), k)
            from weights in Gen.ArrayOf(Gen.Elements(0.0, 0.5, 1.0, 2.0, 3.0), k)
            from indicatorTies in Gen.Elements(ties)
            from finalTies in Gen.Elements(ties)
            from tieBreakers in Gen.SubListOf(Enumerable.Range(0, k).ToArray())
            select new RatingCase(
                [.. Enumerable.Range(0, n).Select(i => new TestPage("p" + i, values[(i * k)..((i + 1) * k)]))],
                directions,
                weights.All(w => w == 0) ? [1.0, .. weights[1..]] : weights,
                indicatorTies,
                finalTies,
                [.. tieBreakers]);
    }
}
