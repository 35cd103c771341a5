using System.Diagnostics;
using System.Globalization;

namespace Timeline.Benchmarks.WholeBuild;

/// <summary>Times one stage of a build in this process: wall clock and CPU, one log line per stage.</summary>
internal static class StageClock
{
    /// <param name="gc">Also what the stage allocated, its collections per generation and pause, and the heap and resident set after it.</param>
    public static void Measure(TextWriter log, string name, int width, Action action, bool gc = false)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        long allocated = GC.GetTotalAllocatedBytes(precise: false);
        int g0 = GC.CollectionCount(0), g1 = GC.CollectionCount(1), g2 = GC.CollectionCount(2);
        var pause = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        action();
        process.Refresh();
        string label = name.PadRight(width);
        string line = string.Create(CultureInfo.InvariantCulture,
            $"  {label} wall {clock.Elapsed.TotalSeconds,6:0.00} s  cpu {(process.TotalProcessorTime - cpu).TotalSeconds,6:0.00} s");
        if (gc)
        {
            line += string.Create(CultureInfo.InvariantCulture,
                $"  alloc {(GC.GetTotalAllocatedBytes(false) - allocated) / 1e6,7:0} MB  gc {GC.CollectionCount(0) - g0}/{GC.CollectionCount(1) - g1}/{GC.CollectionCount(2) - g2} pause {(GC.GetTotalPauseDuration() - pause).TotalSeconds:0.00} s  heap {GC.GetTotalMemory(false) / 1e6,5:0} MB  rss {process.WorkingSet64 / 1e6,5:0} MB");
        }

        log.WriteLine(line);
    }
}
