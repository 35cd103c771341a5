using BenchmarkDotNet.Running;

namespace Timeline.Benchmarks;

/// <summary>Runs the benchmarks named by --filter (all of them without it); Release builds only.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
