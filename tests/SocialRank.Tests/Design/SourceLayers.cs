using System.Text;
using System.Text.RegularExpressions;

namespace SocialRank.Tests.Design;

/// <summary>
/// Checks the layering of the library's sources (<c>src/SocialRank/</c>): each top folder is a layer, and a file may use
/// only the layers its folder may use (<see cref="MayUse"/>). Used by <see cref="LayeringTests"/>, which also feeds it
/// made-up sources to show that it finds what it must.
/// </summary>
/// <remarks>
/// <para>A file uses a layer when its code (comments and the text of string literals left out) names the layer's
/// namespace: a <c>using</c> directive of any kind (plain, static, alias, global), a fully qualified name
/// <c>SocialRank.X.…</c> (also after <c>global::</c>), or a name qualified relative to the enclosing <c>SocialRank</c>
/// namespace, <c>X.Type</c>, where <c>Type</c> is declared in layer X. Doc comments are left out too: a <c>cref</c> to a
/// higher layer is a link, not a dependency.</para>
/// <para>What makes names alone enough: every file must declare the namespace of its own layer (<c>SocialRank.X</c> or
/// below), so the only types a file can reach without naming them are its own layer's; and the project may not add
/// global usings of the library's namespaces (<see cref="GlobalUsings"/>).</para>
/// </remarks>
internal static partial class SourceLayers
{
    /// <summary>
    /// The layers (the top folders of <c>src/SocialRank/</c>) and the layers each may use besides itself. Lower layers
    /// first; the table has no cycle (a test checks), so no two layers use each other.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, string[]> MayUse = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        // The one throw helper: nothing of ours, so every layer may use it.
        ["Internal"] = [],

        // Tie methods, precisions, the kernel: nothing of ours but the throw helper.
        ["Ranking"] = ["Internal"],

        // The generic indicator algebra ranks by Ranking's options and precisions.
        ["Indicators"] = ["Ranking", "Internal"],

        // Zone schemes read a rating's places, totals and compared values through their own ZoneInput, and name an
        // indicator by its name only: Ranking (for ranking positions) and nothing else.
        ["Zones"] = ["Ranking", "Internal"],

        // The social-media page model: indicators over PageStats, the article's zones. Not Engagement: Engagement is
        // built on the page model (its indicators read PageStats), so it sits above it.
        ["Pages"] = ["Indicators", "Ranking", "Zones", "Internal"],

        // The ER family over the page model.
        ["Engagement"] = ["Indicators", "Ranking", "Pages", "Internal"],

        // Method, builder, evaluation and results: everything but Formatting.
        ["Rating"] = ["Ranking", "Indicators", "Pages", "Engagement", "Zones", "Internal"],

        // Robustness, agreement and audits: re-rating through the method and the ranking kernel (never Formatting).
        ["Analysis"] = ["Rating", "Ranking", "Indicators", "Zones", "Internal"],

        // Presentation is the last layer: it may use everything, and nothing uses it.
        ["Formatting"] = ["Ranking", "Indicators", "Pages", "Engagement", "Zones", "Rating", "Internal"],
    };

    /// <summary>Returns the repository's root: the nearest folder above the tests' base directory that holds <c>SocialRank.sln</c>.</summary>
    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SocialRank.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (the folder of SocialRank.sln) was not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The library's folder, <c>src/SocialRank</c>.</summary>
    internal static string LibraryDirectory() => Path.Combine(RepositoryRoot(), "src", "SocialRank");

    /// <summary>Reads every C# source of the library (not <c>bin/</c> or <c>obj/</c>), by path relative to <c>src/SocialRank</c> with <c>/</c>.</summary>
    internal static IReadOnlyList<SourceFile> ReadLibrary()
    {
        string library = LibraryDirectory();
        return [.. Directory.EnumerateFiles(library, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(library, path).Replace('\\', '/'))
            .Where(path => !path.StartsWith("bin/", StringComparison.Ordinal) && !path.StartsWith("obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => new SourceFile(path, File.ReadAllText(Path.Combine(library, path))))];
    }

    /// <summary>Returns every <c>&lt;Using Include="SocialRank…"/&gt;</c> of a project file: global usings would let any file use a layer without naming it.</summary>
    internal static IReadOnlyList<string> GlobalUsings(string projectText)
        => [.. GlobalUsingItem().Matches(projectText).Select(m => m.Groups["ns"].Value)];

    /// <summary>Returns every violation in <paramref name="files"/>, as <c>path:line: message</c>, in file and line order.</summary>
    internal static IReadOnlyList<string> Violations(IEnumerable<SourceFile> files)
    {
        var code = files.Select(f => (f.Path, Layer: LayerOf(f.Path), Code: CodeOnly(f.Text))).ToList();
        Dictionary<string, HashSet<string>> types = DeclaredTypes(code.Select(f => (f.Layer, f.Code)));
        var found = new List<string>();
        foreach ((string path, string layer, string text) in code)
        {
            if (!MayUse.TryGetValue(layer, out string[]? allowed))
            {
                found.Add($"{path}:1: the folder '{layer}' is not a layer of the table (SourceLayers.MayUse); add it or move the file");
                continue;
            }

            string[] lines = text.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i];
                if (NamespaceDeclaration().Match(line) is { Success: true } ns && !IsOwnNamespace(ns.Groups["name"].Value, layer))
                {
                    found.Add($"{path}:{i + 1}: a file in {layer}/ declares namespace {ns.Groups["name"].Value}; it must be SocialRank.{layer} or below");
                }

                foreach (string used in UsedLayers(line, types).Distinct(StringComparer.Ordinal))
                {
                    if (used != layer && !allowed.Contains(used, StringComparer.Ordinal))
                    {
                        string what = MayUse.ContainsKey(used) ? used : $"SocialRank.{used}, which is not a layer of the library";
                        found.Add($"{path}:{i + 1}: {layer} uses {what} ({line.Trim()}); {layer} may use {Describe(allowed)}");
                    }
                }
            }
        }

        return found;
    }

    /// <summary>Returns which layers each layer uses (an edge for every layer any of its files names), for the docs and for tests.</summary>
    internal static IReadOnlyDictionary<string, SortedSet<string>> Uses(IEnumerable<SourceFile> files)
    {
        var code = files.Select(f => (Layer: LayerOf(f.Path), Code: CodeOnly(f.Text))).ToList();
        Dictionary<string, HashSet<string>> types = DeclaredTypes(code);
        var uses = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach ((string layer, string text) in code)
        {
            SortedSet<string> set = uses.TryGetValue(layer, out SortedSet<string>? existing) ? existing : uses[layer] = new(StringComparer.Ordinal);
            foreach (string line in text.Split('\n'))
            {
                set.UnionWith(UsedLayers(line, types).Where(u => u != layer));
            }
        }

        return uses;
    }

    /// <summary>The layer of a file: its top folder under <c>src/SocialRank</c> (<c>Rating/Evaluation/X.cs</c> is in Rating), or <c>(root)</c>.</summary>
    internal static string LayerOf(string path)
    {
        int slash = path.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? "(root)" : path[..slash];
    }

    private static bool IsOwnNamespace(string name, string layer)
        => name == "SocialRank." + layer || name.StartsWith("SocialRank." + layer + ".", StringComparison.Ordinal);

    private static string Describe(string[] allowed) => allowed.Length == 0 ? "nothing else" : string.Join(", ", allowed);

    /// <summary>The layers one line of code names: <c>SocialRank.X</c> anywhere, or <c>X.Type</c> for a type declared in layer X.</summary>
    private static IEnumerable<string> UsedLayers(string line, Dictionary<string, HashSet<string>> types)
    {
        foreach (Match m in QualifiedName().Matches(line))
        {
            yield return m.Groups["layer"].Value;
        }

        foreach (Match m in RelativeName().Matches(line))
        {
            string layer = m.Groups["layer"].Value;
            if (MayUse.ContainsKey(layer) && types.TryGetValue(layer, out HashSet<string>? declared) && declared.Contains(m.Groups["type"].Value))
            {
                yield return layer;
            }
        }
    }

    /// <summary>The type names each layer declares (nested ones too).</summary>
    private static Dictionary<string, HashSet<string>> DeclaredTypes(IEnumerable<(string Layer, string Code)> files)
    {
        var types = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach ((string layer, string code) in files)
        {
            HashSet<string> set = types.TryGetValue(layer, out HashSet<string>? existing) ? existing : types[layer] = new(StringComparer.Ordinal);
            set.UnionWith(TypeDeclaration().Matches(code).Select(m => m.Groups["name"].Value));
        }

        return types;
    }

    /// <summary>
    /// Returns <paramref name="source"/> with comments and the contents of string and character literals replaced by
    /// spaces (line breaks kept, so line numbers hold); the code in interpolation holes is kept. Raw string literals are
    /// blanked whole, holes included.
    /// </summary>
    internal static string CodeOnly(string source)
    {
        var output = new StringBuilder(source.Length);
        int i = 0;
        Code(source, ref i, output, inHole: false);
        return output.ToString();
    }

    private static void Code(string s, ref int i, StringBuilder o, bool inHole)
    {
        int depth = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (c == '/' && At(s, i + 1) == '/')
            {
                int end = s.IndexOf('\n', i);
                Blank(s, i, end < 0 ? s.Length : end, o);
                i = end < 0 ? s.Length : end;
            }
            else if (c == '/' && At(s, i + 1) == '*')
            {
                int end = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? s.Length : end + 2;
                Blank(s, i, end, o);
                i = end;
            }
            else if (c == '\'')
            {
                int j = i + 1;
                while (j < s.Length && s[j] != '\'' && s[j] != '\n')
                {
                    j += s[j] == '\\' ? 2 : 1;
                }

                int end = Math.Min(s.Length, j + 1);
                Blank(s, i, end, o);
                i = end;
            }
            else if ((c is '"' or '$' or '@') && TryString(s, ref i, o))
            {
                // The literal is written (blanked) and i is past it.
            }
            else
            {
                if (inHole && c == '{')
                {
                    depth++;
                }
                else if (inHole && c == '}')
                {
                    if (depth == 0)
                    {
                        return;
                    }

                    depth--;
                }

                o.Append(c);
                i++;
            }
        }
    }

    /// <summary>If a string literal starts at <paramref name="i"/>, writes it blanked (holes kept), moves past it and returns true.</summary>
    private static bool TryString(string s, ref int i, StringBuilder o)
    {
        int j = i, dollars = 0;
        bool verbatim = false;
        while (At(s, j) == '$')
        {
            dollars++;
            j++;
        }

        if (At(s, j) == '@')
        {
            verbatim = true;
            j++;
            while (At(s, j) == '$')
            {
                dollars++;
                j++;
            }
        }

        if (At(s, j) != '"')
        {
            return false;
        }

        int quotes = 0;
        while (At(s, j + quotes) == '"')
        {
            quotes++;
        }

        if (quotes >= 3)
        {
            // A raw string literal: it ends at the next run of as many quotes.
            int close = s.IndexOf(new string('"', quotes), j + quotes, StringComparison.Ordinal);
            int end = close < 0 ? s.Length : close + quotes;
            Blank(s, i, end, o);
            i = end;
            return true;
        }

        Blank(s, i, j + 1, o);
        i = j + 1;
        while (i < s.Length)
        {
            char c = s[i];
            if (verbatim && c == '"' && At(s, i + 1) == '"')
            {
                o.Append("  ");
                i += 2;
            }
            else if (c == '"')
            {
                o.Append(' ');
                i++;
                return true;
            }
            else if (!verbatim && c == '\\')
            {
                Blank(s, i, Math.Min(s.Length, i + 2), o);
                i += 2;
            }
            else if (dollars > 0 && c == '{' && At(s, i + 1) == '{')
            {
                o.Append("  ");
                i += 2;
            }
            else if (dollars > 0 && c == '{')
            {
                o.Append(' ');
                i++;
                Code(s, ref i, o, inHole: true);
                if (i < s.Length)
                {
                    o.Append(' ');
                    i++;
                }
            }
            else
            {
                o.Append(c == '\n' ? '\n' : ' ');
                i++;
            }
        }

        return true;
    }

    private static char At(string s, int i) => i < s.Length ? s[i] : '\0';

    private static void Blank(string s, int start, int end, StringBuilder o)
    {
        for (int k = start; k < end && k < s.Length; k++)
        {
            o.Append(s[k] == '\n' ? '\n' : ' ');
        }
    }

    [GeneratedRegex(@"(?<![\w.])(?:global::)?SocialRank\s*\.\s*(?<layer>[A-Za-z_]\w*)")]
    private static partial Regex QualifiedName();

    [GeneratedRegex(@"(?<![\w.@:])(?<layer>[A-Z]\w*)\s*\.\s*(?<type>[A-Z]\w*)")]
    private static partial Regex RelativeName();

    [GeneratedRegex(@"^\s*namespace\s+(?<name>[\w.]+)")]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"\b(?:class|struct|interface|enum|record)\s+(?<name>[A-Z]\w*)|\bdelegate\s+[^;(]*?\b(?<name>[A-Z]\w*)\s*(?:<[^>]*>)?\s*\(")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"<Using\s+Include\s*=\s*""(?<ns>SocialRank[^""]*)""")]
    private static partial Regex GlobalUsingItem();
}

/// <summary>One source file: its path relative to <c>src/SocialRank</c> (with <c>/</c>) and its text.</summary>
internal sealed record SourceFile(string Path, string Text);
