#:project ../../src/SocialRank/SocialRank.csproj
#:project ../SocialRank.Sample/SocialRank.Sample.csproj
#:property ProjectKind=Sample
#:property PublishAot=false

// How robust are the July 2020 akimat sample's places? Re-rate the 25 pages 1,000 times under plausible changes of the
// method and see which places hold.
//
//   dotnet run samples/scripts/robustness.cs
//
// Each run multiplies every weight by its own factor from [0.75, 1.25], drops one of the six indicators at random and
// ranks the indicators' places with a tie method drawn from min, average and max. The seed makes the runs reproducible
// on any machine and thread count. Are the article's three leaders leaders (top 3) in at least 90 % of the runs?
// The page figures are an illustrative reconstruction (samples/data/README.md).
using SocialRank.Analysis;
using SocialRank.Pages;
using SocialRank.Ranking;
using SocialRank.Rating;
using SocialRank.Sample;

RatingResult<PageStats> nominal = AkimatRating.Rate();
Perturbation perturbation = Perturbation.Weights(0.25)
    .Then(Perturbation.DropOneIndicator())
    .Then(Perturbation.IndicatorTies(TieMethod.Min, TieMethod.Average, TieMethod.Max));
UncertaintyResult<PageStats> robustness = UncertaintyAnalysis.Run(
    nominal.Method, nominal.Pages, perturbation, new UncertaintyOptions { Runs = 1000, Seed = 2020, TopK = 3, ZoneScheme = nominal.Method.ZoneSchemes[1].Name });

Console.WriteLine($"{robustness.Options.Runs} runs, seed {robustness.Options.Seed}: {perturbation}");
Console.WriteLine(SampleData.ReconstructionNoticeEnglish);
Console.WriteLine();
Console.WriteLine($"{"page",-34} {"place",5} {"median",6} {"5-95 %",9} {"P(top 3)",8} {"P(zone)",7} {"shift",5}");
foreach (PageUncertainty page in robustness.Pages)
{
    Console.WriteLine(
        $"{page.Name,-34} {page.NominalPlace,5:0} {page.MedianPlace,6:0.#} {$"{page.Lower:0}-{page.Upper:0}",9} {page.ProbabilityTopK,8:P0} {page.ProbabilityNominalZone,7:P0} {page.MeanAbsoluteShift,5:0.0}");
}

Console.WriteLine();
foreach (PageUncertainty leader in robustness.Pages.Where(p => p.NominalPlace <= 3))
{
    string verdict = leader.ProbabilityTopK >= 0.9 ? "a robust leader" : "not a robust leader";
    Console.WriteLine($"{leader.Name} (nominal place {leader.NominalPlace:0}) is in the top 3 in {leader.ProbabilityTopK:P0} of the runs: {verdict}.");
}

double medianRho = robustness.Runs.Select(r => r.Spearman).Order().ElementAt(robustness.Runs.Count / 2);
Console.WriteLine($"Median Spearman's rho of a run's ranking with the nominal one: {medianRho:0.000}.");

// Which indicator moves places most when it is left out, and do the indicators agree?
LeaveOneOut withoutEach = LeaveOneOut.Of(nominal);
for (int j = 0; j < withoutEach.Indicators.Count; j++)
{
    double moved = withoutEach.Pages.Average(p => Math.Abs(p.Shifts[j]));
    Console.WriteLine($"Without '{withoutEach.Indicators[j]}': pages move {moved:0.0} places on average.");
}

AgreementReport agreement = AgreementReport.Of(nominal);
Console.WriteLine($"Kendall's W of the six indicators: {agreement.KendallW:0.000}.");
foreach (IndicatorPairAgreement pair in agreement.Redundant)
{
    Console.WriteLine($"Near-duplicates (rho {pair.Spearman:0.00}): '{pair.First}' and '{pair.Second}'.");
}

int violations = Audits.Dominance(nominal).Count(p => p.IsViolated);
Console.WriteLine($"Dominated pages placed above their dominator: {violations}.");
