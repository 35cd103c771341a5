using System.Globalization;
using Timeline.Core.Config;
using Timeline.Core.Events;
using Timeline.Core.Pipeline;
using Timeline.Core.Sources;
using Timeline.Site;
using Timeline.Site.Output;
using Timeline.Temporal;

namespace Timeline.Benchmarks.WholeBuild;

/// <summary>
/// Times each stage of one build in this process (wall and CPU of the process), to show where a
/// build's time goes. The figures that count are the whole-build ones, taken in a child process.
/// </summary>
internal static class PhaseTimer
{
    public static void Run(string input, string output, TextWriter log)
    {
        var config = ConfigLoader.LoadFromFolder(input);
        SourceSet sources = null!;
        Measure("read", () => sources = SourceLoader.LoadFolder(input, config));
        Measure("  split only", () => { foreach (var d in sources.Documents) Timeline.Core.Text.SentenceSplitter.Split(d.Text); });
        Measure("  recognize only", () => { foreach (var d in sources.Documents) EnglishRecognizer.Instance.Recognize(d.Text, new RecognitionOptions(d.Published)); });
        List<DocumentAnalysis> analyses = null!;
        Measure("  analyze only", () => analyses = sources.Documents.Select(new EventExtractor(EnglishRecognizer.Instance).Analyze).ToList());
        Measure("  timeline build only", () => TimelineBuilder.Build(analyses));
        string cacheFolder = Path.Combine(Path.GetTempPath(), "timeline-phases-cache-" + Environment.ProcessId);
        var cache = new Timeline.Core.Caching.SqliteAnalysisCache(cacheFolder, Timeline.Core.Caching.CacheKey.CodeVersion(EnglishRecognizer.Instance));
        var cached = new TimelinePipeline(EnglishRecognizer.Instance, new PipelineOptions { Cache = cache });
        Measure("  cache keys only", () => cache.Lookup(sources.Documents));
        Measure("  pipeline, cold cache", () => cached.Run(sources));
        Measure("  cache lookup, warm", () => cache.Lookup(sources.Documents));
        Measure("  pipeline, warm cache", () => cached.Run(sources));
        Directory.Delete(cacheFolder, recursive: true);
        PipelineResult result = null!;
        Measure("extract + build events", () => result = new TimelinePipeline(EnglishRecognizer.Instance).Run(sources));
        RenderedSite files = null!;
        Measure("render", () => files = new SiteGenerator(new SiteOptions(null, null)).Render(result.Timeline, config, PreviousSite.None));
        Measure("write", () => SiteWriter.WriteChanges(output, files));
        // A rebuild of the same timeline over that site: pages whose fingerprint is unchanged are not rendered.
        RenderedSite again = null!;
        Measure("render, unchanged", () => again = new SiteGenerator(new SiteOptions(null, null)).Render(result.Timeline, config, PreviousSite.Open(output)));
        Measure("write, unchanged", () => SiteWriter.WriteChanges(output, again));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {result.Timeline.Events.Count} events, {files.Files.Count} files, {again.Rendered} pages rendered again"));

        void Measure(string name, Action action) => StageClock.Measure(log, name, 24, action);
    }
}
