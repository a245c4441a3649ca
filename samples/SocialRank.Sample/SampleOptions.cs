namespace SocialRank.Sample;

/// <summary>The sample's command line: <c>[--lang en|ru] [--out DIR] [--help]</c>.</summary>
/// <param name="Language">The language of names and headings.</param>
/// <param name="OutputDirectory">Where to write <c>final.md</c> and <c>final.csv</c>, or <see langword="null"/> for <c>samples/data/output/</c>.</param>
/// <param name="ShowHelp">Whether to print the usage and stop.</param>
public sealed record SampleOptions(SampleLanguage Language, string? OutputDirectory, bool ShowHelp)
{
    /// <summary>The usage text.</summary>
    public const string Usage =
        """
        Prints the July 2020 akimat rating (an illustrative reconstruction) and writes its final table.

        usage: dotnet run --project samples/SocialRank.Sample [-- [--lang en|ru] [--out DIR]]

          --lang en|ru   names and headings in English (default) or Russian
          --out DIR      write final.md and final.csv to DIR (default: samples/data/output/)
          --help         show this text
        """;

    /// <summary>Parses the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentException">An argument is unknown or lacks its value.</exception>
    public static SampleOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var language = SampleLanguage.English;
        string? output = null;
        bool help = false;
        for (int i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--lang":
                    language = Value(args, ref i) switch
                    {
                        "en" => SampleLanguage.English,
                        "ru" => SampleLanguage.Russian,
                        string other => throw new ArgumentException("--lang must be 'en' or 'ru' but was '" + other + "'."),
                    };
                    break;
                case "--out":
                    output = Value(args, ref i);
                    break;
                case "--help" or "-h" or "-?":
                    help = true;
                    break;
                default:
                    throw new ArgumentException("Unknown argument '" + args[i] + "'. Use --help for the usage.");
            }
        }

        return new SampleOptions(language, output, help);
    }

    private static string Value(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 >= args.Count)
        {
            throw new ArgumentException(args[i] + " needs a value.");
        }

        i++;
        return args[i];
    }
}
