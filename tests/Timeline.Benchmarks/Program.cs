using BenchmarkDotNet.Running;
using Timeline.Benchmarks.WholeBuild;

namespace Timeline.Benchmarks;

/// <summary>
/// <c>build …</c> runs the whole-build benchmark (<see cref="WholeBuildBenchmark"/>); <c>phases</c>,
/// <c>extract</c> and <c>site CORPUS OUTPUT [COPIES]</c> (<see cref="SiteTimer"/>) time stages in-process;
/// anything else goes to BenchmarkDotNet, which runs the benchmarks named by --filter (all of them without it). Release builds only.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "build") return WholeBuildBenchmark.Run(args[1..], Console.Out);
        if (args.Length > 1 && args[0] == "extract")
        {
            ExtractionTimer.Run(args[1], Console.Out);
            return 0;
        }
        if (args.Length > 1 && args[0] == "rebuild")
        {
            WarmRebuildTimer.Run(args[1], Console.Out);
            return 0;
        }
        if (args.Length > 1 && args[0] == "events")
        {
            EventStageTimer.Run(args[1], Console.Out);
            return 0;
        }
        if (args.Length > 2 && args[0] == "dated")
        {
            DatedEditTimer.Run(args[1], args[2], Console.Out);
            return 0;
        }
        if (args.Length > 2 && args[0] == "cold")
        {
            ColdStageTimer.Run(args[1], args[2], args.Contains("--split"), args.Contains("--allocations"), args.Contains("--memory"), Console.Out);
            return 0;
        }
        if (args.Length > 2 && args[0] == "pages")
        {
            int at = Array.IndexOf(args, "--repeat");
            PageStageTimer.Run(args[1], args[2], at > 0 ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : 2, args.Contains("--allocations"), Console.Out);
            return 0;
        }
        if (args.Length > 2 && args[0] == "records")
        {
            int at = Array.IndexOf(args, "--repeat");
            RecordsTimer.Run(args[1], args[2], at > 0 ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : 3, Console.Out);
            return 0;
        }
        if (args.Length > 0 && args[0] == "phases")
        {
            PhaseTimer.Run(args[1], args[2], Console.Out);
            return 0;
        }
        if (args.Length > 2 && args[0] == "site")
        {
            SiteTimer.Run(args[1], args[2], args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 1, Console.Out);
            return 0;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
