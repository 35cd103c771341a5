using System.Diagnostics;
using System.Globalization;
using Timeline.Core.Caching;
using Timeline.Core.Config;
using Timeline.Core.Events;
using Timeline.Core.Pipeline;
using Timeline.Core.Sources;
using Timeline.Temporal;

namespace Timeline.Benchmarks.WholeBuild;

/// <summary>
/// <c>Timeline.Benchmarks rebuild CORPUS</c>: the analysis half of a rebuild after one article of
/// the corpus changed, in this process: the cache filled by a cold run, then the lookup of every
/// article, the one analysis, and the events, stage by stage and as the pipeline runs them.
/// </summary>
internal static class WarmRebuildTimer
{
    public static void Run(string input, TextWriter log)
    {
        var config = ConfigLoader.LoadFromFolder(input);
        SourceSet sources = null!;
        Measure("read", () => sources = SourceLoader.LoadFolder(input, config));
        string folder = Path.Combine(Path.GetTempPath(), "timeline-rebuild-cache-" + Environment.ProcessId);
        var cache = new SqliteAnalysisCache(folder, CacheKey.CodeVersion(EnglishRecognizer.Instance));
        var pipeline = new TimelinePipeline(EnglishRecognizer.Instance, new PipelineOptions { Cache = cache });
        Measure("pipeline, cold cache", () => pipeline.Run(sources, config));

        int changed = sources.Documents.Count / 2;
        var edited = sources with
        {
            Documents = [.. sources.Documents.Select((d, i) => i == changed ? d with { Text = d.Text + "\n\nThe talks resumed on March 3, 2011, officials said." } : d)],
        };
        CacheLookup lookup = null!;
        Measure("  cache lookup", () => lookup = cache.Lookup(edited.Documents));
        var analyses = lookup.Found.ToArray();
        Measure("  analyse the changed one", () => analyses[changed] = new EventExtractor(EnglishRecognizer.Instance).Analyze(edited.Documents[changed]));
        Measure("  build the events", () => TimelineBuilder.Build(analyses.Select(a => a!.WithInferredDate())));
        PipelineResult result = null!;
        Measure("pipeline, one article changed", () => result = pipeline.Run(edited, config));
        Directory.Delete(folder, recursive: true);
        var process = Process.GetCurrentProcess();
        process.Refresh();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {edited.Documents.Count} articles, {result.Analysed} analysed, {result.Timeline.Events.Count} events, peak working set {process.PeakWorkingSet64 / 1e6:0} MB"));

        void Measure(string name, Action action) => StageClock.Measure(log, name, 30, action);
    }
}
