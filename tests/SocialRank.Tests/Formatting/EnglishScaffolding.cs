using System.Reflection;
using System.Text.RegularExpressions;
using SocialRank.Formatting;

namespace SocialRank.Tests.Formatting;

/// <summary>
/// Finds English scaffolding in an output meant to be in another language. The words are derived, not typed: every
/// word of two letters or more (and <c>n/a</c>) in the texts of the English labels, less the words that the other
/// language's labels use as well (the Russian tie methods keep pandas' names in brackets: <c>min</c>, <c>ordinal</c>).
/// What is the same in both languages because it is data (page names and ids, indicator and zone names, a reason read
/// from the input, proper names such as Instagram, units) is not scaffolding: the caller removes it before the check.
/// </summary>
/// <remarks>Shared by the library's and the tool's tests (the tool's project links this file).</remarks>
internal sealed partial class EnglishScaffolding
{
    /// <summary>Creates the check from the texts of the English labels and those of the other language.</summary>
    public EnglishScaffolding(IEnumerable<string> english, IEnumerable<string> other)
    {
        HashSet<string> shared = WordsOf(other);
        Words = WordsOf(english).Where(w => !shared.Contains(w)).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Gets the check of the library's labels: <see cref="LabelSet.English"/> against <see cref="LabelSet.Russian"/>.</summary>
    public static EnglishScaffolding Library { get; } = new(TextsOf(LabelSet.English), TextsOf(LabelSet.Russian));

    /// <summary>Gets the English scaffolding words (lower case).</summary>
    public IReadOnlySet<string> Words { get; }

    /// <summary>Returns every text of a label set or any other object of labels: its string properties, public or not, but its language code.</summary>
    public static IEnumerable<string> TextsOf(object labels) => labels.GetType()
        .GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
        .Where(p => p.PropertyType == typeof(string) && p.Name != nameof(LabelSet.Language))
        .Select(p => (string)p.GetValue(labels)!);

    /// <summary>Returns the English scaffolding words in <paramref name="text"/> once each, in order, after removing <paramref name="data"/> from it.</summary>
    /// <param name="text">The output.</param>
    /// <param name="data">Texts of the input that may be English in any language, e.g. a reason read from the pages file.</param>
    public IReadOnlyList<string> Find(string text, params IEnumerable<string> data)
    {
        string scaffolding = data.Where(d => d.Length > 0).OrderByDescending(d => d.Length)
            .Aggregate(text, (t, d) => t.Replace(d, " ", StringComparison.Ordinal));
        return [.. Word().Matches(scaffolding).Select(m => m.Value).Where(Words.Contains).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>Returns a message that quotes each English word found in <paramref name="text"/> in its context, or <see langword="null"/> when there is none.</summary>
    public string? Describe(string text, params IEnumerable<string> data)
    {
        IReadOnlyList<string> found = Find(text, data);
        if (found.Count == 0)
        {
            return null;
        }

        return string.Join("\n", found.Select(w =>
        {
            int at = Regex.Match(text, $@"(?<![A-Za-z]){Regex.Escape(w)}(?![A-Za-z])", RegexOptions.IgnoreCase).Index;
            int from = Math.Max(0, at - 50);
            return $"'{w}' in ...{text[from..Math.Min(text.Length, at + 50)].ReplaceLineEndings(" ")}...";
        }));
    }

    private static HashSet<string> WordsOf(IEnumerable<string> texts)
        => texts.SelectMany(t => Word().Matches(t).Select(m => m.Value)).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A Latin word of two letters or more, or letters joined by slashes (<c>n/a</c>); hyphens split words (<c>tie-breaker</c>).</summary>
    [GeneratedRegex(@"(?<![A-Za-z])(?:[A-Za-z]{2,}|[A-Za-z]+(?:/[A-Za-z]+)+)(?![A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
