namespace Timeline.Benchmarks.WholeBuild;

internal static class WholeBuildBenchmark
{
    public static int Run(string[] args, TextWriter log) => 0;
}
