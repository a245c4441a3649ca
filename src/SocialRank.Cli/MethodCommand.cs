using SocialRank.Cli.Input;
using SocialRank.Cli.Method;
using SocialRank.Cli.Output;

namespace SocialRank.Cli;

/// <summary><c>socialrank method</c>: prints the default method file, or checks one and describes it in the words of <c>--lang</c>.</summary>
internal static class MethodCommand
{
    internal static int Run(bool printDefault, string? check, string language, TextWriter stdout)
    {
        if (printDefault == (check is not null))
        {
            throw new InputException("Give either --print-default or --check method.json.");
        }

        if (printDefault)
        {
            stdout.Write(MethodLoader.ToJson(MethodLoader.Default(language)));
            stdout.Write('\n');
            return ExitCodes.Ok;
        }

        LoadedMethod loaded = MethodLoader.Load(MethodLoader.ReadFile(check!, check!), check!, MethodOverrides.None, language);
        CliLabels words = CliLabels.Of(language);
        stdout.Write(words.Fill(words.ValidMethodTemplate, check!) + "\n");
        foreach (string line in CliTable.Describe(loaded, language))
        {
            stdout.Write(line + "\n");
        }

        return ExitCodes.Ok;
    }
}
