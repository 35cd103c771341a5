using System.Globalization;
using Timeline.Core.Caching;
using Timeline.Core.Config;
using Timeline.Core.Events;
using Timeline.Core.Pipeline;
using Timeline.Site;
using Timeline.Site.Output;
using Timeline.Temporal;

namespace Timeline.Benchmarks.WholeBuild;

/// <summary>
/// <c>pages CORPUS WORK [--repeat N] [--allocations]</c>: the pages stage of a cold build on its own, to tell rendering from writing.
/// The timeline comes from an analysis and event cache in WORK (filled by the first run), then each round renders
/// every page and data file to nowhere (fingerprints, templates, UTF-8, no file), and then into a new staged site
/// (hashed, written, committed), as a build does. Each round's site is a new folder, left for the caller to delete.
/// </summary>
internal static class PageStageTimer
{
    public static void Run(string input, string work, int repeat, bool allocations, TextWriter log)
    {
        using var sampler = allocations ? new AllocationSampler() : null;
        log.WriteLine($"# pages: {Environment.ProcessorCount} cores, load {Measured.LoadAverage()}, server GC {System.Runtime.GCSettings.IsServerGC}");
        var config = ConfigLoader.LoadFromFolder(input);
        string cache = Path.Combine(work, "cache");
        var recognizer = EnglishRecognizer.Instance;
        var options = new PipelineOptions
        {
            Cache = new SqliteAnalysisCache(cache, CacheKey.CodeVersion(recognizer)),
            Events = new EventCache(cache, CacheKey.CodeVersion(recognizer)),
        };
        TimelineData timeline = null!;
        Measure("timeline (cached)", () => timeline = new TimelinePipeline(recognizer, options).Run(input, config).Timeline);
        var generator = new SiteGenerator(new SiteOptions(null, null));
        for (int round = 1; round <= repeat; round++)
        {
            long files = 0, bytes = 0;
            var times = new StageTimes();
            Measure($"{round}: render to nowhere", () => generator.Render(timeline, config, PreviousSite.None,
                (_, content) => { Interlocked.Increment(ref files); Interlocked.Add(ref bytes, content?.Length ?? 0); },
                (_, content) => { Interlocked.Increment(ref files); Interlocked.Add(ref bytes, content.Length); },
                (_, write) =>
                {
                    using var counting = new CountingStream();
                    write(counting);
                    Interlocked.Increment(ref files);
                    Interlocked.Add(ref bytes, counting.Length);
                }, times));
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"     {files} files, {bytes / 1e6:0.0} MB; {Stages(times)}"));
            string output = Path.Combine(work, $"site-{DateTime.UtcNow:HHmmss}-{round}");
            times = new StageTimes();
            Measure($"{round}: render into a staged site", () =>
            {
                using var staged = StagedSite.Begin(output);
                var summary = generator.RenderTo(timeline, config, staged, times);
                times.Measure("commit", () => staged.Commit(summary.Fingerprints));
            });
            log.WriteLine($"     {Stages(times)}");
        }
        // Not deleted here: ext4 without a journal makes files created just after a large deletion slow to
        // create (docs/performance.md), which would slow the next run's measurement.
        log.WriteLine($"  sites left in {work}: delete them well before the next measurement");

        void Measure(string name, Action action)
        {
            StageClock.Measure(log, name, 32, action, gc: true);
            foreach (string line in sampler?.TakeTop(20) ?? []) log.WriteLine("      " + line);
        }
    }

    private static string Stages(StageTimes times) => string.Join(", ", times.Stages.Select(s =>
        string.Create(CultureInfo.InvariantCulture, $"{s.Name} {s.Wall.TotalSeconds:0.00}/{s.Cpu.TotalSeconds:0.00} s")));

    /// <summary>Counts what is written to it and keeps none of it.</summary>
    private sealed class CountingStream : WriteOnlyStream
    {
        public override void Write(ReadOnlySpan<byte> buffer) => Written += buffer.Length;
        public override void Flush() { }
    }
}
