using System.Diagnostics;
using System.Globalization;
using Timeline.Core.Config;
using Timeline.Core.Events;
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
}
