using System.Diagnostics;
using System.Globalization;
using Timeline.Core.Caching;
using Timeline.Core.Config;
using Timeline.Core.Events;
using Timeline.Core.Sources;
using Timeline.Temporal;

namespace Timeline.Benchmarks.WholeBuild;

/// <summary>
/// <c>Timeline.Benchmarks extract CORPUS</c>: the per-article half of a build alone (read, then
/// analyse in parallel; then the same from a cold and a warm cache), to show that it grows linearly
/// whatever the cross-article stages after it do.
/// </summary>
internal static class ExtractionTimer
{
    public static void Run(string input, TextWriter log)
    {
        var process = Process.GetCurrentProcess();
        var config = ConfigLoader.LoadFromFolder(input);
        SourceSet sources = null!;
        Measure("read", () => sources = SourceLoader.LoadFolder(input, config));
        var extractor = new EventExtractor(EnglishRecognizer.Instance);
        var analyses = new DocumentAnalysis[sources.Documents.Count];
        Measure("analyse (parallel)", () => Parallel.For(0, analyses.Length, i => analyses[i] = extractor.Analyze(sources.Documents[i])));
        string folder = Path.Combine(Path.GetTempPath(), "timeline-extract-cache-" + Environment.ProcessId);
        var cache = new SqliteAnalysisCache(folder, CacheKey.CodeVersion(EnglishRecognizer.Instance));
        CacheLookup lookup = null!;
        Measure("cache lookup (empty)", () => lookup = cache.Lookup(sources.Documents));
        Measure("cache store", () => cache.Store(lookup, [.. analyses.Select((a, i) => (i, a))]));
        Measure("cache lookup (warm)", () => lookup = cache.Lookup(sources.Documents));
        long bytes = new FileInfo(Path.Combine(folder, SqliteAnalysisCache.FileName)).Length;
        Directory.Delete(folder, recursive: true);
        process.Refresh();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {sources.Documents.Count} articles, {analyses.Sum(a => a.Statements.Count)} statements, {lookup.Found.Count(f => f is not null)} cache hits, cache {bytes / 1e6:0} MB, peak working set {process.PeakWorkingSet64 / 1e6:0} MB"));

        void Measure(string name, Action action) => StageClock.Measure(log, name, 22, action);
    }
}
