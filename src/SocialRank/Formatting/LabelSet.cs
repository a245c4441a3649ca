using System.Globalization;
using System.Reflection;

namespace SocialRank.Formatting;

/// <summary>
/// The fixed words of every table, note and method description, in one language: headers, decisions, tie methods,
/// directions, precisions, rounding and missing-value rules, interaction kinds, and the CSV header words. Immutable.
/// </summary>
/// <remarks>
/// <para>A language is one file: a <c>partial</c> part of this class (<c>Labels/LabelSet.English.cs</c>,
/// <c>Labels/LabelSet.Russian.cs</c>) that declares one static property of this type and sets every member.
/// <see cref="Find"/> finds it by its <see cref="Language"/> code, so no list or switch is edited.</para>
/// <para>Why C# rather than <c>.resx</c>: every member is <see langword="required"/>, so a language that forgets a
/// label does not compile; the library stays a single assembly without satellite resource assemblies or a
/// <see cref="System.Resources.ResourceManager"/> (no culture lookups at run time); and each label set is an
/// ordinary immutable value a caller can copy and change with <c>with</c>-like object initialisers.
/// Templates are composite format strings (<c>{0}</c>, <c>{1}</c>): each language has the same placeholders as English
/// (a test checks it).</para>
/// </remarks>
public sealed partial class LabelSet
{
    /// <summary>Gets every label set that ships with the library, e.g. English and Russian.</summary>
    public static IReadOnlyList<LabelSet> All => Registry.Languages;

    /// <summary>Returns the label set of a language.</summary>
    /// <param name="language">The two-letter language code, e.g. <c>en</c> or <c>ru</c> (case does not matter).</param>
    /// <returns>The label set, or <see langword="null"/> when the library has none for <paramref name="language"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public static LabelSet? Find(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Array.Find(Registry.Languages, l => string.Equals(l.Language, language, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Gets the two-letter language code, e.g. <c>en</c>; HTML writes it as the page's <c>lang</c>.</summary>
    public required string Language { get; init; }

    /// <summary>Gets how numbers are written in tables and notes of this language (CSV always uses the invariant culture).</summary>
    public required NumberFormatInfo Numbers { get; init; }

    /// <summary>Gets the header of the final-place (or, in an indicator table, the place) column, e.g. <c>Place</c>.</summary>
    public required string Place { get; init; }

    /// <summary>Gets the header of the page column, e.g. <c>Page</c>.</summary>
    public required string Page { get; init; }

    /// <summary>Gets the header of the value column of an indicator table, e.g. <c>Value</c>.</summary>
    public required string Value { get; init; }

    /// <summary>Gets the header of the total (sum of penalties) column, e.g. <c>Total</c>.</summary>
    public required string Total { get; init; }

    /// <summary>Gets the header of a zone column when a table has no scheme name to show, e.g. <c>Zone</c>.</summary>
    public required string Zone { get; init; }

    /// <summary>Gets the header of the column saying what decided a place among equal totals, e.g. <c>Decided by</c>.</summary>
    public required string DecidedBy { get; init; }

    /// <summary>Gets the text of a place decided by a tie-breaker; <c>{0}</c> is the indicator's name.</summary>
    public required string DecidedByTieBreaker { get; init; }

    /// <summary>Gets the text shown for a missing value, e.g. <c>n/a</c>.</summary>
    public required string Missing { get; init; }

    /// <summary>Gets the decision of pages that share their place (equal totals, no tie-breaker separates them), e.g. <c>shared</c>.</summary>
    public required string SharedPlace { get; init; }

    /// <summary>Gets the decision of pages with equal totals ordered by input order (ordinal ties), e.g. <c>input order</c>.</summary>
    public required string InputOrder { get; init; }

    /// <summary>Gets the heading of the excluded pages, e.g. <c>Excluded</c>.</summary>
    public required string Excluded { get; init; }

    /// <summary>Gets the heading of the indicators' descriptions, e.g. <c>Indicators</c>.</summary>
    public required string Indicators { get; init; }

    /// <summary>Gets the heading of the method, e.g. <c>Method</c>.</summary>
    public required string Method { get; init; }

    /// <summary>Gets the heading of the zones' legend, e.g. <c>Zones</c>.</summary>
    public required string Zones { get; init; }

    /// <summary>Gets the caption of a chart of the totals, e.g. <c>Total penalty points (fewer is better)</c>.</summary>
    public required string ChartTitle { get; init; }

    /// <summary>Gets the tie sentence: <c>{0}</c> the indicators' tie method, <c>{1}</c> the final one, <c>{2}</c> the tie-breakers.</summary>
    public required string TiesTemplate { get; init; }

    /// <summary>Gets the tie-breakers of a method that has none.</summary>
    public required string NoTieBreakers { get; init; }

    /// <summary>Gets how one tie-breaker is shown: <c>{0}</c> its indicator's name, e.g. <c>'{0}'</c>.</summary>
    public required string TieBreakerTemplate { get; init; }

    /// <summary>Gets what stands between two tie-breakers, e.g. <c>, then </c>.</summary>
    public required string TieBreakerSeparator { get; init; }

    /// <summary>Gets the name of the min tie method ("1224").</summary>
    public required string TiesMin { get; init; }

    /// <summary>Gets the name of the max tie method.</summary>
    public required string TiesMax { get; init; }

    /// <summary>Gets the name of the average tie method.</summary>
    public required string TiesAverage { get; init; }

    /// <summary>Gets the name of the dense tie method ("1223").</summary>
    public required string TiesDense { get; init; }

    /// <summary>Gets the name of the ordinal tie method (input order).</summary>
    public required string TiesOrdinal { get; init; }

    /// <summary>Gets an indicator's sentence: <c>{0}</c> name, <c>{1}</c> direction, <c>{2}</c> precision, <c>{3}</c> weight, <c>{4}</c> missing-value rule.</summary>
    public required string IndicatorTemplate { get; init; }

    /// <summary>Gets the direction of an indicator on which a higher value is better.</summary>
    public required string HigherIsBetter { get; init; }

    /// <summary>Gets the direction of an indicator on which a lower value is better.</summary>
    public required string LowerIsBetter { get; init; }

    /// <summary>Gets the precision of an indicator compared exactly.</summary>
    public required string Exact { get; init; }

    /// <summary>Gets a precision of one decimal place: <c>{0}</c> the number, <c>{1}</c> the rounding rule.</summary>
    public required string OneDecimalTemplate { get; init; }

    /// <summary>Gets a precision of any other number of decimal places: <c>{0}</c> the number, <c>{1}</c> the rounding rule.</summary>
    public required string DecimalsTemplate { get; init; }

    /// <summary>Gets the rounding rule that rounds halves away from zero (as spreadsheets' ROUND).</summary>
    public required string HalfAwayFromZero { get; init; }

    /// <summary>Gets the rounding rule that rounds halves to the even digit (as numpy and pandas).</summary>
    public required string HalfToEven { get; init; }

    /// <summary>Gets the rule of an indicator whose missing values rank last.</summary>
    public required string MissingRankLast { get; init; }

    /// <summary>Gets the rule of an indicator whose missing value excludes the page.</summary>
    public required string MissingExcludes { get; init; }

    /// <summary>Gets the rule of an indicator whose missing value is an error.</summary>
    public required string MissingFails { get; init; }

    /// <summary>Gets the reason of a page excluded because an indicator whose missing value excludes the page has none: <c>{0}</c> the indicator's name.</summary>
    public required string MissingReasonTemplate { get; init; }

    /// <summary>Gets the interactions sentence: <c>{0}</c> the kinds that count, joined.</summary>
    public required string InteractionsTemplate { get; init; }

    /// <summary>Gets the interaction kind likes.</summary>
    public required string Likes { get; init; }

    /// <summary>Gets the interaction kind comments.</summary>
    public required string Comments { get; init; }

    /// <summary>Gets the interaction kind shares.</summary>
    public required string Shares { get; init; }

    /// <summary>Gets the interaction kind saves.</summary>
    public required string Saves { get; init; }

    /// <summary>Gets the interactions of a method that counts none.</summary>
    public required string NoInteractions { get; init; }

    /// <summary>Gets the first line of a rated page's explanation: <c>{0}</c> its name, <c>{1}</c> its final place, <c>{2}</c> the number of rated pages, <c>{3}</c> its total.</summary>
    public required string ExplainPlaceTemplate { get; init; }

    /// <summary>Gets an explanation's line of one indicator: <c>{0}</c> its name, <c>{1}</c> the value as compared, <c>{2}</c> the place, <c>{3}</c> the weight, <c>{4}</c> the weighted penalty.</summary>
    public required string ExplainScoreTemplate { get; init; }

    /// <summary>Gets how an explanation shows a missing value (which ranks last): <c>{0}</c> the text of a missing value, <see cref="Missing"/>.</summary>
    public required string ExplainMissingTemplate { get; init; }

    /// <summary>Gets the explanation of a place that the total alone decided (no other page has the same total).</summary>
    public required string ExplainByTotal { get; init; }

    /// <summary>Gets the explanation of a shared place: <c>{0}</c> the pages with the same total.</summary>
    public required string ExplainSharedTemplate { get; init; }

    /// <summary>Gets the explanation of a place that input order decided (ordinal ties): <c>{0}</c> the pages with the same total.</summary>
    public required string ExplainInputOrderTemplate { get; init; }

    /// <summary>Gets the explanation of a place that a tie-breaker decided: <c>{0}</c> the pages with the same total, <c>{1}</c> the tie-breaker's indicator.</summary>
    public required string ExplainTieBreakerTemplate { get; init; }

    /// <summary>Gets how an explanation names another page: <c>{0}</c> its name, e.g. <c>'{0}'</c>; names are joined by <c>, </c>.</summary>
    public required string ExplainNameTemplate { get; init; }

    /// <summary>Gets an explanation's line of zones: <c>{0}</c> each zone scheme's name and the page's zone, joined by <c>; </c>.</summary>
    public required string ExplainZonesTemplate { get; init; }

    /// <summary>Gets the zone of a page that no zone of a scheme takes in, e.g. <c>none</c>.</summary>
    public required string ExplainNoZone { get; init; }

    /// <summary>Gets the explanation of an excluded page: <c>{0}</c> its name, <c>{1}</c> the reason.</summary>
    public required string ExplainExcludedTemplate { get; init; }

    /// <summary>Gets the CSV header of the final place.</summary>
    public required string CsvFinalPlace { get; init; }

    /// <summary>Gets the CSV header of the page id.</summary>
    public required string CsvId { get; init; }

    /// <summary>Gets the CSV header of the page name.</summary>
    public required string CsvName { get; init; }

    /// <summary>Gets the CSV header of an indicator's value: <c>{0}</c> the indicator.</summary>
    public required string CsvValueTemplate { get; init; }

    /// <summary>Gets the CSV header of an indicator's place: <c>{0}</c> the indicator.</summary>
    public required string CsvPlaceTemplate { get; init; }

    /// <summary>Gets the CSV header of an indicator's weighted penalty: <c>{0}</c> the indicator.</summary>
    public required string CsvPenaltyTemplate { get; init; }

    /// <summary>Gets the CSV header of the total.</summary>
    public required string CsvTotal { get; init; }

    /// <summary>Gets the CSV header of a zone scheme's zone: <c>{0}</c> the scheme.</summary>
    public required string CsvZoneTemplate { get; init; }

    /// <summary>Gets the CSV header of what decided a place.</summary>
    public required string CsvDecidedBy { get; init; }

    /// <summary>Gets the CSV header of an excluded page's reason.</summary>
    public required string CsvExcludedBecause { get; init; }

    /// <summary>Gets the header of the column of the change of final place since a previous edition (<see cref="RatingTableOptions.PreviousPlaces"/>), e.g. <c>Change</c>.</summary>
    /// <value>The default value is <c>Change</c> (a label set of an earlier version without it shows English).</value>
    public string Change { get; init; } = "Change";

    /// <summary>Gets the change of a page that was not rated in the previous edition, e.g. <c>new</c>.</summary>
    /// <value>The default value is <c>new</c>.</value>
    public string NewInTable { get; init; } = "new";

    /// <summary>Gets the CSV header of the final place in the previous edition.</summary>
    /// <value>The default value is <c>previous place</c>.</value>
    public string CsvPreviousPlace { get; init; } = "previous place";

    /// <summary>Gets the CSV header of the change of final place (previous place − place: positive is up).</summary>
    /// <value>The default value is <c>change</c>.</value>
    public string CsvChange { get; init; } = "change";

    /// <summary>Holds the languages, read once after every language's property is initialised.</summary>
    private static class Registry
    {
        internal static readonly LabelSet[] Languages = typeof(LabelSet)
            .GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(LabelSet))
            .Select(p => (LabelSet)p.GetValue(null)!)
            .ToArray();
    }

    /// <summary>Fills a template of this language, numbers in the invariant culture.</summary>
    internal static string Fill(string template, params object?[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
}
