using System.Globalization;
using Timeline.Core.Config;
using Timeline.Core.Events;
using Timeline.Core.Pipeline;
using Timeline.Core.Sources;
using Timeline.Site;
using Timeline.Site.Feeds;
using Timeline.Site.Model;
using Timeline.Site.Output;
using Timeline.Temporal;

namespace Timeline.Benchmarks.WholeBuild;

/// <summary>
/// <c>cold CORPUS OUTPUT [--split] [--allocations] [--memory]</c>: the stages of a cold build one after another in this process, each with
/// its CPU, the bytes it allocated, its garbage collections and the live heap after it, to show where
/// a cold build's CPU and memory go. The data files are timed one by one, and the pages in three
/// passes (fingerprints, rendering, writing) although a build does them together.
/// </summary>
internal static class ColdStageTimer
{
    /// <param name="split">Also render every page in memory, then write them, as two separate stages.</param>
    /// <param name="allocations">After each stage, the types it allocated most (sampled).</param>
    /// <param name="memory">After the events and the site model, what is live, and what dropping parts of it would save.</param>
    public static void Run(string input, string output, bool split, bool allocations, bool memory, TextWriter log)
    {
        using var sampler = allocations ? new AllocationSampler() : null;
        log.WriteLine($"# cold stages: {Environment.ProcessorCount} cores, load {Measured.LoadAverage()}, server GC {System.Runtime.GCSettings.IsServerGC}");
        var config = ConfigLoader.LoadFromFolder(input);
        SourceSet sources = null!;
        Measure("read", () => sources = SourceLoader.LoadFolder(input, config));
        DocumentAnalysis[] analyses = null!;
        var extractor = new EventExtractor(EnglishRecognizer.Instance);
        Measure("analyse (parallel)", () =>
        {
            var result = new DocumentAnalysis[sources.Documents.Count];
            Parallel.For(0, result.Length, i => result[i] = extractor.Analyze(sources.Documents[i]));
            analyses = result;
        });
        TimelineData timeline = null!;
        Measure("events", () => timeline = TimelineBuilder.Build(analyses.Select(a => a.WithInferredDate())));
        analyses = null!;
        sources = null!;
        if (memory) Live("after the events");
        SiteModel model = null!;
        var site = new SiteInfo(config.Title, config.Description, null, SiteGenerator.Generator);
        Measure("site model", () => model = SiteModelBuilder.Build(timeline, site));
        if (memory)
        {
            Live("with the site model");
            var profile = typeof(EventMention).GetField("_profile", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
            foreach (var d in timeline.Documents) foreach (var m in d.Statements) profile.SetValue(m, null);
            foreach (var e in timeline.Events) foreach (var m in e.Mentions) profile.SetValue(m, null);
            Live("  without statement profiles");
            // Not kept in a local to put back: that would keep them reachable. Made again for the stages below.
            model = model with { Sources = [] };
            Live("  without the source views");
            model = SiteModelBuilder.Build(timeline, site);
        }
        string data = Path.Combine(output, "data");
        Directory.CreateDirectory(data);
        foreach (var (path, write) in Feeds.Streamed(model))
            Measure(path, () => { using var file = File.Create(Path.Combine(data, path)); write(file); });
        using (var all = Feeds.All(model).GetEnumerator())
        {
            while (true)
            {
                bool more = false;
                (string Path, byte[] Content) file = ("", []);
                Measure("next data file", () => { more = all.MoveNext(); if (more) file = all.Current; });
                if (!more) break;
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    = {file.Path} {file.Content.Length / 1e6:0.0} MB"));
                File.WriteAllBytes(Path.Combine(data, file.Path.Replace('/', '_')), file.Content);
            }
        }
        string pages = Path.Combine(output, "site");
        if (Directory.Exists(pages)) Directory.Delete(pages, recursive: true);
        RenderSummary summary = null!;
        Measure("whole site (RenderTo)", () =>
        {
            using var staged = StagedSite.Begin(pages);
            summary = new SiteGenerator(new SiteOptions(null, null)).RenderTo(timeline, config, staged);
            staged.Commit(summary.Fingerprints);
        });
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {timeline.Events.Count} events, {summary.Fingerprints.Count} pages"));
        if (!split) return;
        RenderedSite rendered = null!;
        Measure("render only", () => rendered = new SiteGenerator(new SiteOptions(null, null)).Render(timeline, config, PreviousSite.None));
        Directory.Delete(pages, recursive: true);
        Measure("write only", () => SiteWriter.WriteChanges(pages, rendered));

        void Live(string name)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  live {name,-30} {GC.GetTotalMemory(false) / 1e6,6:0} MB"));
        }

        void Measure(string name, Action action)
        {
            StageClock.Measure(log, name, 30, action, gc: true);
            foreach (string line in sampler?.TakeTop(12) ?? []) log.WriteLine("      " + line);
        }
    }
}
