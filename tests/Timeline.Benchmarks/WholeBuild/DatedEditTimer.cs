using Timeline.Core.Caching;
using Timeline.Core.Config;
using Timeline.Core.Events;
using Timeline.Core.Sources;
using Timeline.Temporal;

namespace Timeline.Benchmarks.WholeBuild;

/// <summary>
/// <c>Timeline.Benchmarks dated CORPUS WORK</c>: the events of a dated edit as a build makes them, through
/// <see cref="EventCache.Build"/> (key, stored statements and events, incremental merge; the events and statements are
/// written beside, as in a build, and "(store finished)" waits for them). The analyses
/// come from an analysis cache in <c>WORK</c> kept under a fixed code version, so that a rebuilt benchmark does not
/// analyse the corpus again. The middle article (by id) gains a dated sentence and loses it again, three times; each
/// result is compared with <see cref="TimelineBuilder.Build"/>.
/// </summary>
internal static class DatedEditTimer
{
    public static void Run(string input, string work, TextWriter log)
    {
        var config = ConfigLoader.LoadFromFolder(input);
        SourceSet sources = null!;
        StageClock.Measure(log, "read", 32, () => sources = SourceLoader.LoadFolder(input, config));
        var analysisCache = new SqliteAnalysisCache(Path.Combine(work, "analyses"), "benchmark");
        var extractor = new EventExtractor(EnglishRecognizer.Instance);
        var analyses = new DocumentAnalysis[sources.Documents.Count];
        var keyOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        StageClock.Measure(log, "cache lookup (analyse the misses)", 32, () =>
        {
            var lookup = analysisCache.Lookup(sources.Documents);
            for (int i = 0; i < analyses.Length; i++) keyOf[sources.Documents[i].Id] = lookup.Keys[i];
            var fresh = new List<(int, DocumentAnalysis)>();
            for (int i = 0; i < analyses.Length; i++)
            {
                if (lookup.Found[i] is { } hit) analyses[i] = hit;
                else fresh.Add((i, analyses[i] = extractor.Analyze(sources.Documents[i])));
            }
            if (fresh.Count > 0) analysisCache.Store(lookup, fresh);
        });
        var original = analyses.Select(a => a.WithInferredDate()).OrderBy(a => a.Source.Id, StringComparer.Ordinal).ToList();
        int x = original.Count / 2;
        var edited = original.ToList();
        var editedSource = sources.Documents.Single(d => d.Id == original[x].Source.Id) is var source ? source with { Text = source.Text.TrimEnd() + " The talks resumed on March 3, 2011." } : null!;
        edited[x] = extractor.Analyze(editedSource).WithInferredDate();
        // The analysis-cache keys a build passes along, by which the statement store knows the unchanged analyses.
        string?[] originalKeys = [.. original.Select(a => keyOf[a.Source.Id])];
        string?[] editedKeys = [.. originalKeys];
        editedKeys[x] = CacheKey.For(editedSource, "benchmark");
        TimelineData full = null!;
        StageClock.Measure(log, "full merge of the edited", 32, () => full = TimelineBuilder.Build(edited));

        string folder = Path.Combine(work, $"events-{Guid.NewGuid():N}");
        try
        {
            var events = new EventCache(folder, "benchmark");
            StageClock.Measure(log, "cold: merged, stored", 32, () => { events.Build(original, originalKeys); events.FinishStoring(); }, gc: true);
            for (int rep = 0; rep < 3; rep++)
            {
                TimelineData built = null!;
                StageClock.Measure(log, "dated sentence added", 32, () => built = events.Build(edited, editedKeys), gc: true);
                log.WriteLine($"      {(events.MergedAgain is null ? $"merged in full: {events.FullMergeReason}" : "merged again around the edit")}; {(Same(built.Events, full.Events) ? "the same events" : "DIFFERENT EVENTS")}");
                StageClock.Measure(log, "  (store finished)", 32, () => events.FinishStoring());
                StageClock.Measure(log, "dated sentence removed", 32, () => built = events.Build(original, originalKeys), gc: true);
                log.WriteLine($"      {(events.MergedAgain is null ? $"merged in full: {events.FullMergeReason}" : "merged again around the edit")}");
                events.FinishStoring();
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static bool Same(IReadOnlyList<TimelineEvent> a, IReadOnlyList<TimelineEvent> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.Id == p.Second.Id && p.First.When == p.Second.When && p.First.Headline == p.Second.Headline
            && p.First.Mentions.SequenceEqual(p.Second.Mentions) && p.First.Related.SequenceEqual(p.Second.Related) && p.First.Conflicts.SequenceEqual(p.Second.Conflicts));
}
