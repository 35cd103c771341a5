using Timeline.Core.Config;
using Timeline.Core.Events;
using Timeline.Core.Pipeline;
using Timeline.Site.Changes;
using Timeline.Site.Output;
using Timeline.Temporal;
using Timeline.Tests.Shared;

namespace Timeline.Site.Tests;

/// <summary>
/// A generated corpus's timeline, rendered again and again into one warm site as a build with the cache renders it (its digests
/// recorded), and a cold build to compare the site with: what the tests of rebuilds from a timeline's changes need.
/// </summary>
internal sealed class RecordedRebuild : IDisposable
{
    public RecordedRebuild(int articles)
    {
        string corpus = Temp.Combine("in");
        new Core.Corpus.CorpusGenerator(11).WriteTo(corpus, articles);
        Config = ConfigLoader.LoadFromFolder(corpus);
        Timeline = new TimelinePipeline(EnglishRecognizer.Instance).Run(corpus, Config).Timeline with { EventsKey = "k1" };
        // Each source's analysis key (what a rebuild digests a source from): a source whose key stays is the one recorded.
        Keys = Timeline.Documents.ToDictionary(d => d.Source.Path, d => (string?)("key of " + d.Source.Id), StringComparer.Ordinal);
    }

    public TempFolder Temp { get; } = new();

    public TimelineConfig Config { get; }

    /// <summary>The corpus's timeline, its events' key <c>k1</c>.</summary>
    public TimelineData Timeline { get; }

    public Dictionary<string, string?> Keys { get; }

    public string Warm => Temp.Combine("warm");

    private string Cache => Temp.Combine("cache");

    public void Dispose() => Temp.Dispose();

    /// <summary>Renders <paramref name="timeline"/> into the warm site as a build with the cache does, its digests recorded.</summary>
    public RenderSummary Build(TimelineData timeline, IReadOnlyDictionary<string, string?>? keys = null)
    {
        var generator = new SiteGenerator(new SiteOptions(null, null));
        var last = SiteDigests.Read(Cache);
        using var staged = StagedSite.Begin(Warm, generator.Carries(last));
        var summary = generator.RenderTo(timeline, Config, staged, last, keys ?? Keys);
        staged.Commit(summary.Fingerprints);
        summary.Digests?.Write(Cache);
        return summary;
    }

    public void ShouldBeTheColdBuild(TimelineData timeline)
    {
        string cold = Temp.Combine($"cold-{Guid.NewGuid():N}");
        using (var staged = StagedSite.Begin(cold))
        {
            var summary = new SiteGenerator(new SiteOptions(null, null)).RenderTo(timeline with { Changes = null, EventsKey = null }, Config, staged);
            staged.Commit(summary.Fingerprints);
        }
        SiteFiles.ShouldBeSame(Warm, cold, "differs from a cold build");
        Directory.Delete(cold, recursive: true);
    }

    /// <summary><paramref name="timeline"/> with <paramref name="events"/>, its changes relative to the events <c>k1</c>.</summary>
    public static TimelineData Changed(TimelineData timeline, IReadOnlyList<TimelineEvent> events, int[] changed, string[] dropped, string[]? sources = null) =>
        timeline with { Events = events, EventsKey = "k2", Changes = new TimelineChanges("k1", sources ?? [], changed, [.. dropped.Order(StringComparer.Ordinal)]) };
}
