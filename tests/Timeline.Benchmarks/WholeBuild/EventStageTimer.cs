using System.Diagnostics;
using System.Globalization;
using Timeline.Core.Config;
using Timeline.Core.Events;
using Timeline.Core.Events.Incremental;
using Timeline.Core.Sources;
using Timeline.Temporal;

namespace Timeline.Benchmarks.WholeBuild;

/// <summary>
/// <c>Timeline.Benchmarks events CORPUS</c>: the cross-article half of a build, stage by stage
/// (statement profiles, merging, events, ids, related links), after analysing every article in
/// parallel; then the whole <see cref="TimelineBuilder.Build"/> once more, as a build runs it.
/// </summary>
internal static class EventStageTimer
{
    public static void Run(string input, TextWriter log)
    {
        var config = ConfigLoader.LoadFromFolder(input);
        SourceSet sources = null!;
        Measure("read", () => sources = SourceLoader.LoadFolder(input, config));
        var extractor = new EventExtractor(EnglishRecognizer.Instance);
        var analyses = new DocumentAnalysis[sources.Documents.Count];
        Measure("analyse (parallel)", () => Parallel.For(0, analyses.Length, i => analyses[i] = extractor.Analyze(sources.Documents[i])));
        TimelineData timeline = null!;
        var statements = analyses.OrderBy(a => a.Source.Id, StringComparer.Ordinal).SelectMany(a => a.Statements).ToList();
        Measure("  statement profiles", () => { foreach (var m in statements) _ = m.Profile; });
        Measure("  profiles from quotes", () => { foreach (var m in statements) Timeline.Core.Events.Terms.StatementProfile.Of(m.Quote, m.DateStart - m.QuoteStart, m.DateText.Length); });
        List<List<EventMention>> groups = null!;
        Measure("  merge", () => groups = EventMerger.Merge(statements));
        List<TimelineEvent> events = null!;
        Measure("  events from groups", () => events = groups.Select(TimelineBuilder.ToEvent).ToList());
        IReadOnlyList<TimelineEvent> withIds = null!;
        Measure("  ids", () => withIds = EventIds.Assign(events));
        Measure("  related links", () => RelatedEvents.Link(withIds));
        Measure("TimelineBuilder.Build", () => timeline = TimelineBuilder.Build(analyses));
        IncrementalAfterOneEdit(analyses, timeline, extractor, log);
        StoreWrite(analyses, log);
        var process = Process.GetCurrentProcess();
        process.Refresh();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {analyses.Length} articles, {analyses.Sum(a => a.Statements.Count)} statements, {timeline.Events.Count} events, peak working set {process.PeakWorkingSet64 / 1e6:0} MB"));

        void Measure(string name, Action action)
        {
            StageClock.Measure(log, name, 24, action);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      live heap after it {GC.GetTotalMemory(forceFullCollection: true) / 1e6:0} MB"));
        }
    }

    /// <summary>
    /// The statement store a cold build writes (<see cref="StatementStore.Write"/>, every source's statements), into a
    /// new folder that is deleted after: its CPU time and what it allocates.
    /// </summary>
    private static void StoreWrite(DocumentAnalysis[] analyses, TextWriter log)
    {
        var ordered = analyses.OrderBy(a => a.Source.Id, StringComparer.Ordinal).ToList();
        var digests = ordered.Select(d => Timeline.Core.Caching.EventCache.StatementsDigest(d)).ToList();
        var shapes = ordered.Select(d => Timeline.Core.Caching.EventCache.StatementsDigest(d, offsets: false)).ToList();
        string folder = Path.Combine(Path.GetTempPath(), $"timeline-store-{Guid.NewGuid():N}");
        try
        {
            StageClock.Measure(log, "statement store write", 24, () => StatementStore.Write(folder, "benchmark", ordered, new string?[ordered.Count], shapes, digests), gc: true);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"      {Directory.EnumerateFiles(folder).Sum(f => new FileInfo(f).Length) / 1e6:0.0} MB written"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// The middle article (by id) with a dated sentence appended, as the whole benchmark's "new dated statement" edit:
    /// its events merged in full, then again only around that article (<see cref="IncrementalMerge"/>), and compared.
    /// </summary>
    private static void IncrementalAfterOneEdit(DocumentAnalysis[] analyses, TimelineData before, EventExtractor extractor, TextWriter log)
    {
        var ordered = analyses.OrderBy(a => a.Source.Id, StringComparer.Ordinal).ToList();
        int x = ordered.Count / 2;
        var after = ordered.ToList();
        after[x] = extractor.Analyze(ordered[x].Source with { Text = ordered[x].Source.Text.TrimEnd() + " The talks resumed on March 3, 2011." });
        List<EventMention> Statements(IEnumerable<DocumentAnalysis> documents) => [.. documents.SelectMany(d => d.Statements)];
        IReadOnlyList<TimelineEvent> full = null!;
        IReadOnlyList<TimelineEvent>? incremental = null;
        string? reason = null;
        StageClock.Measure(log, "after one edit: full merge", 24, () => full = TimelineBuilder.Build(after).Events);
        StageClock.Measure(log, "  merged again around it", 24, () =>
            incremental = IncrementalMerge.Merge(Statements(ordered), before.Events, Statements(after), new HashSet<string>([ordered[x].Source.Id]), out reason));
        bool same = incremental is not null && incremental.Count == full.Count && incremental.Zip(full).All(p =>
            p.First.Id == p.Second.Id && p.First.Mentions.SequenceEqual(p.Second.Mentions) && p.First.Related.SequenceEqual(p.Second.Related));
        log.WriteLine($"      {(incremental is null ? $"full merge: {reason}" : same ? "the same events" : "DIFFERENT EVENTS")}");
    }
}
