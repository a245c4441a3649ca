using BenchmarkDotNet.Running;
using SocialRank.Benchmarks.Pipeline;

if (PipelineCommands.TryRun(args, out int exitCode))
{
    return exitCode;
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
