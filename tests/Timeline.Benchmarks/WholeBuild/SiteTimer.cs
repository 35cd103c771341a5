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
/// Times the site half of a build (render, write) on a timeline COPIES times the size of a
/// corpus's: every source and event repeated with its id suffixed, so that the site of a
/// 10,000-article timeline can be measured without waiting for its events to be built. Then
/// rebuilds it unchanged, and after one event's headline changed (one article edited).
/// </summary>
internal static class SiteTimer
{
    public static void Run(string input, string output, int copies, TextWriter log)
    {
        var config = ConfigLoader.LoadFromFolder(input);
        TimelineData timeline = null!;
        Measure("extract + build events", () => timeline = new TimelinePipeline(EnglishRecognizer.Instance).Run(SourceLoader.LoadFolder(input, config)).Timeline);
        if (copies > 1) timeline = Repeat(timeline, copies);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {timeline.Documents.Count} sources, {timeline.Events.Count} events"));
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);

        var generator = new SiteGenerator(new SiteOptions(null, null));
        RenderSummary site = null!;
        SiteWriteResult written = null!;
        // As a build does it: pages go to the staging folder as they are rendered, then one swap.
        void RenderAndWrite(TimelineData data)
        {
            using var staged = StagedSite.Begin(output);
            site = generator.RenderTo(data, config, staged);
            written = staged.Commit(site.Fingerprints);
        }
        Measure("render + write, cold", () => RenderAndWrite(timeline));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {written.Files} files, {site.Rendered} pages rendered, {written.Written} written"));
        Measure("render + write, unchanged", () => RenderAndWrite(timeline));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {site.Rendered} pages rendered, {written.Written} written"));

        var events = timeline.Events.ToList();
        int middle = events.Count / 2;
        events[middle] = events[middle] with { Headline = events[middle].Headline + " (edited)" };
        var edited = timeline with { Events = events };
        Measure("render + write, one edited", () => RenderAndWrite(edited));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {site.Rendered} pages rendered, {written.Written} files written"));

        void Measure(string name, Action action) => StageClock.Measure(log, name, 26, action);
    }

    /// <summary>The timeline <paramref name="copies"/> times over: each event followed by its copies, so the order stays chronological.</summary>
    private static TimelineData Repeat(TimelineData timeline, int copies)
    {
        string Suffix(string id, int copy) => copy == 0 ? id : $"{id}-x{copy.ToString(CultureInfo.InvariantCulture)}";
        var documents = timeline.Documents
            .SelectMany(d => Enumerable.Range(0, copies).Select(c => d with
            {
                Source = d.Source with { Id = Suffix(d.Source.Id, c) },
                Statements = d.Statements.Select(m => m with { SourceId = Suffix(m.SourceId, c) }).ToList(),
            }))
            .OrderBy(d => d.Source.Id, StringComparer.Ordinal)
            .ToList();
        var events = timeline.Events
            .SelectMany(e => Enumerable.Range(0, copies).Select(c => e with
            {
                Id = Suffix(e.Id, c),
                Mentions = e.Mentions.Select(m => m with { SourceId = Suffix(m.SourceId, c) }).ToList(),
                Related = e.Related.Select(r => Suffix(r, c)).ToList(),
            }))
            .ToList();
        return new TimelineData(documents, events);
    }
}
