namespace Timeline.Core.Events.Incremental;
internal static class Probe
{
    private static readonly System.Diagnostics.Stopwatch Watch = System.Diagnostics.Stopwatch.StartNew();
    private static TimeSpan _cpu;
    private static int _gcs;
    private static readonly bool On = Environment.GetEnvironmentVariable("TIMELINE_PROBE") is not null;
    public static void Mark(string what)
    {
        if (!On) return;
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        int gcs = GC.CollectionCount(0);
        Console.Error.WriteLine($"    probe {what,-40} {Watch.Elapsed.TotalMilliseconds,8:F1} ms  cpu {(cpu - _cpu).TotalMilliseconds,8:F1} ms gc {gcs - _gcs}");
        (_cpu, _gcs) = (cpu, gcs);
        Watch.Restart();
    }
}
