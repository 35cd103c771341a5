using System.Diagnostics;
using System.Globalization;

namespace Timeline.Benchmarks.WholeBuild;

/// <summary>Times one stage of a build in this process: wall clock and CPU, one log line per stage.</summary>
internal static class StageClock
{
    public static void Measure(TextWriter log, string name, int width, Action action)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        action();
        process.Refresh();
        string label = name.PadRight(width);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {label} wall {clock.Elapsed.TotalSeconds,6:0.00} s  cpu {(process.TotalProcessorTime - cpu).TotalSeconds,6:0.00} s"));
    }
}
