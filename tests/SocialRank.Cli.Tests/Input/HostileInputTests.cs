using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace SocialRank.Cli.Tests.Input;

/// <summary>
/// No input makes the tool crash: random and mutated pages files and method files (bytes, quotes, separators, numbers,
/// cut short) end with exit 0 and an output, or exit 2 and a message, never exit 1.
/// </summary>
public class HostileInputTests
{
    private static readonly byte[] SamplePages = File.ReadAllBytes(CliRunner.SamplePages);

    private static readonly byte[] SampleMethod = Encoding.UTF8.GetBytes(CliRunner.RunAsync("method", "--print-default").GetAwaiter().GetResult().Stdout);

    [Property(MaxTest = 150, Replay = "(12001,1)", Arbitrary = [typeof(Arbitraries)])]
    public bool MutatedPagesFile_ExitsWith0Or2WithAMessage(Mutation[] mutations, string extension)
    {
        using var dir = new TempDir();
        string pages = dir.File("pages" + extension);
        File.WriteAllBytes(pages, Mutation.Apply(SamplePages, mutations));
        return Acceptable(CliRunner.RunAsync("rate", pages, "--regions", CliRunner.SampleRegions, "--format", "json").GetAwaiter().GetResult());
    }

    [Property(MaxTest = 150, Replay = "(12002,1)", Arbitrary = [typeof(Arbitraries)])]
    public bool MutatedMethodFile_ExitsWith0Or2WithAMessage(Mutation[] mutations)
    {
        using var dir = new TempDir();
        string method = dir.File("method.json");
        File.WriteAllBytes(method, Mutation.Apply(SampleMethod, mutations));
        Run check = CliRunner.RunAsync("method", "--check", method).GetAwaiter().GetResult();
        Run rate = CliRunner.RunAsync("rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--method", method, "--format", "csv").GetAwaiter().GetResult();
        return Acceptable(check) && Acceptable(rate);
    }

    [Property(MaxTest = 100, Replay = "(12003,1)")]
    public bool RandomBytes_ExitWith0Or2WithAMessage(byte[] bytes)
    {
        using var dir = new TempDir();
        string pages = dir.File("pages.csv");
        string method = dir.File("method.json");
        File.WriteAllBytes(pages, bytes);
        File.WriteAllBytes(method, bytes);
        return Acceptable(CliRunner.RunAsync("rate", pages, "--regions", CliRunner.SampleRegions).GetAwaiter().GetResult())
            && Acceptable(CliRunner.RunAsync("method", "--check", method).GetAwaiter().GetResult());
    }

    private static bool Acceptable(Run run) => run.ExitCode switch
    {
        0 => run.Stdout.Length > 0,
        2 => run.Stderr.StartsWith("error: ", StringComparison.Ordinal) && !run.Stderr.Contains("   at ", StringComparison.Ordinal),
        _ => throw new Xunit.Sdk.XunitException($"exit {run.ExitCode}:\n{run.Stderr}"),
    };

    /// <summary>One change to a file's bytes at a relative position.</summary>
    public sealed record Mutation(double At, byte[] Insert, int Delete)
    {
        internal static byte[] Apply(byte[] original, Mutation[] mutations)
        {
            var bytes = new List<byte>(original);
            foreach (Mutation m in mutations)
            {
                int at = Math.Clamp((int)(m.At * bytes.Count), 0, bytes.Count);
                bytes.RemoveRange(at, Math.Min(m.Delete, bytes.Count - at));
                bytes.InsertRange(at, m.Insert);
            }

            return [.. bytes];
        }

        public override string ToString() => $"at {Format(At)}: delete {Delete}, insert '{Encoding.UTF8.GetString(Insert)}'";

        private static string Format(double at) => at.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static class Arbitraries
    {
        // What breaks files: quotes, separators, line ends, signs, exponents, huge and odd numbers, text, invalid UTF-8.
        private static readonly string[] Pieces =
        [
            "\"", "\"\"", ",", ";", "\t", "\n", "\r\n", "\r", "-", "+", "e308", "1e308", "-0", "NaN", "Infinity", "0x10", "1,5",
            "1 000", "99999999999999999999", "0.5", "=1+1", "@x", "", "{", "}", "[", "]", ":", "null", "true", "\"weight\": -1",
            "\"precision\": 99", "\u00a0", "\ufeff", "Ё",
        ];

        public static Arbitrary<Mutation> Mutations() =>
            (from at in Gen.Choose(0, 1000).Select(i => i / 1000.0)
             from insert in Gen.OneOf(
                 Gen.Elements(Pieces).Select(p => Encoding.UTF8.GetBytes(p)),
                 from n in Gen.Choose(1, 4) from b in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n) select b)
             from delete in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(1, 5)), (1, Gen.Choose(6, 400)))
             select new Mutation(at, insert, delete)).ToArbitrary();

        public static Arbitrary<string> Extensions() => Gen.Elements(".csv", ".csv", ".csv", ".tsv", ".txt").ToArbitrary();
    }
}
