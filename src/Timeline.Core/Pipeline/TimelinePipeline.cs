using Timeline.Core.Caching;
using Timeline.Core.Config;
using Timeline.Core.Events;
using Timeline.Core.Overrides;
using Timeline.Core.Sources;
using Timeline.Temporal;

namespace Timeline.Core.Pipeline;

/// <summary>
/// Sources → dated statements → merged, ordered events → editorial overrides. The per-source step
/// (<see cref="EventExtractor.Analyze"/>) is a pure function of one source, run in parallel and
/// cached; everything that looks across sources happens after it.
/// </summary>
public sealed class TimelinePipeline(ITemporalRecognizer recognizer, PipelineOptions? options = null)
{
    private readonly PipelineOptions _options = options ?? PipelineOptions.Default;

    public PipelineResult Run(string inputFolder, TimelineConfig config, IProgress<string>? progress = null)
    {
        // A file the last build recorded as it still is, and whose analysis the cache holds, is not read: its document is
        // the cache's, its text read only if asked for. The key it was taken under is the one looked up.
        var cache = _options.Cache;
        var recorded = _options.RecordedKey;
        var taken = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        Func<string, SourceDocument?>? unread = cache is null || recorded is null ? null : path =>
        {
            if (recorded(path) is not { } key || cache.Unread(path, key, p => SourceLoader.ReadOne(inputFolder, p, config)) is not { } document) return null;
            taken[path] = key;
            return document;
        };
        var sources = Time("read", () =>
        {
            // The rows are read on one thread while the input folder is walked on another.
            if (unread is not null) cache!.Prefetch();
            return SourceLoader.LoadFolder(inputFolder, config, unread, _options.Files);
        });
        return Run(sources, config, progress, path => taken.TryGetValue(path, out string? key) ? key : recorded?.Invoke(path));
    }

    public PipelineResult Run(SourceSet sources, IProgress<string>? progress = null) => Run(sources, TimelineConfig.Default, progress);

    public PipelineResult Run(SourceSet sources, TimelineConfig config, IProgress<string>? progress = null) => Run(sources, config, progress, _options.RecordedKey);

    private PipelineResult Run(SourceSet sources, TimelineConfig config, IProgress<string>? progress, Func<string, string?>? recordedKey)
    {
        var documents = sources.Documents;
        var cache = _options.Cache;
        var extractor = new EventExtractor(recognizer);
        // For a file that was read, its key is asked for after the read: a file rewritten since the last build shows it.
        var lookup = cache is null ? null : Time("cache lookup", () => cache.Lookup(documents, recordedKey is null ? null : d => recordedKey(d.Path), extractor.Analyze));
        var analyses = new DocumentAnalysis[documents.Count];
        var fresh = new bool[documents.Count];
        var progressLock = new Lock();

        // Per-article work is independent: each result goes to its article's slot, so the order of
        // the analyses (and everything after) is the input order, however the threads were scheduled.
        Time("analyse", () => Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.MaxDegreeOfParallelism) }, i =>
        {
            if (lookup?.Found[i] is { } hit)
            {
                analyses[i] = hit;
                return;
            }
            if (progress is not null)
                lock (progressLock) progress.Report(documents[i].Path);
            analyses[i] = extractor.Analyze(documents[i]);
            fresh[i] = true;
        }));

        int analysed = fresh.Count(f => f);
        // The store only reads the analyses, and the events only read them too: it runs beside the events
        // (the merge is mostly one core) and is waited for before anything changes what it serializes.
        var storing = cache is not null && lookup is not null
            ? Task.Run(() => cache.Store(lookup, [.. Enumerable.Range(0, documents.Count).Where(i => fresh[i]).Select(i => (i, analyses[i]))]))
            : null;

        var (timeline, edited) = Background.Beside(storing, () =>
        {
            // A cached analysis comes back attached to the source as read; the date inferred from its
            // text is carried by the analysis and put back here.
            var withDates = analyses.Select(a => a.WithInferredDate());
            var events = _options.Events;
            var built = Time("events", () => events is null ? TimelineBuilder.Build(withDates) : events.Build(withDates, lookup?.Keys));
            return (built, Time("overrides", () => OverrideApplier.Apply(built, config.Overrides)));
        });
        // A store that failed fails the build as it did when it ran on its own; the wait is what it adds after the events.
        if (storing is not null) Time("cache store (after the events)", () => storing.GetAwaiter().GetResult());
        timeline.ReleaseMergeProfiles();
        // Without overrides the edited timeline is the same one: its 215,000 statements (at 10,000 articles) are not walked twice.
        if (!ReferenceEquals(edited.Timeline, timeline)) edited.Timeline.ReleaseMergeProfiles();
        // What only reading, analysing and merging needed (the files' bytes, the merge's queues, the merge
        // profiles: several hundred MB at 10,000 articles) is garbage now, much of it promoted to the oldest
        // generation, where the GC would carry it through the site model and the pages, which set the build's
        // peak memory. One compacting collection here, a fraction of a second, takes it away first. A build that
        // analysed next to nothing and did not merge every statement made far less of it, and its pages are few.
        if (!Incremental(analysed, documents.Count))
            Time("collect", () => GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true));
        return new PipelineResult(edited.Timeline, [.. sources.Problems, .. edited.Problems])
        {
            Analysed = analysed,
            CacheNote = lookup?.Note ?? _options.Events?.Note,
            Keyed = lookup?.Keyed,
            FilesRead = sources.FilesRead,
            EventsReused = _options.Events?.Reused ?? false,
            CacheKeys = lookup is null ? null : documents.Select((d, i) => (d.Path, lookup.Keys[i])).ToDictionary(x => x.Path, x => x.Item2, StringComparer.Ordinal),
        };
    }

    // At most one article in a hundred analysed, and the events kept or merged again only around the changed ones.
    private bool Incremental(int analysed, int documents) =>
        analysed <= documents / 100 && _options.Events is { } events && (events.Reused || events.MergedAgain is not null);

    private T Time<T>(string stage, Func<T> work) => _options.Times is { } times ? times.Measure(stage, work) : work();

    private void Time(string stage, Action work)
    {
        if (_options.Times is { } times) times.Measure(stage, work);
        else work();
    }
}
