using System.Xml.Linq;
using Timeline.Core.Events;
using Timeline.Site.Changes;
using Timeline.Site.Feeds;

namespace Timeline.Site.Tests;

/// <summary>
/// A rebuild whose timeline's changes are relative to the events the last build recorded carries feed.xml over as recorded when no
/// change reaches its entries (<see cref="FeedRecord.Holds"/>), and writes it again when one does: each test changes what the feed
/// depends on, or what it does not, and compares the site with a cold build of the same timeline.
/// </summary>
public sealed class FeedFromChangesTests : IDisposable
{
    // Enough articles for more events than the feed lists: it is full, and an event can be dated before its last entry.
    private readonly RecordedRebuild _rebuild = new(70);
    private readonly TimelineData _timeline;

    public FeedFromChangesTests()
    {
        _timeline = _rebuild.Timeline;
        _timeline.Events.Count.ShouldBeGreaterThan(AtomFeed.MaxEntries + 20);
    }

    public void Dispose() => _rebuild.Dispose();

    private string Warm => _rebuild.Warm;

    private RenderSummary Build(TimelineData timeline) => _rebuild.Build(timeline);

    private void ShouldBeTheColdBuild(TimelineData timeline) => _rebuild.ShouldBeTheColdBuild(timeline);

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    // The ids of the feed's entries' events, newest first (without a base URL an entry's id is urn:timeline:event:<id>).
    private List<string> Entries() => [.. XDocument.Load(Path.Combine(Warm, AtomFeed.Path)).Root!.Elements(Atom + "entry")
        .Select(e => e.Element(Atom + "id")!.Value["urn:timeline:event:".Length..])];

    private static TimelineData Changed(TimelineData timeline, IReadOnlyList<TimelineEvent> events, int[] changed, string[] dropped) =>
        RecordedRebuild.Changed(timeline, events, changed, dropped);

    // The latest date of the sources an event cites: what orders the feed.
    private DateOnly? Latest(TimelineEvent e) => e.Mentions.Select(m => _timeline.Documents.First(d => d.Source.Id == m.SourceId).Source.Published)
        .Max() is { } date ? new DateOnly(date.Year, date.Month, date.Day) : null;

    // An event no entry is, dated before the feed's last entry.
    private int Older(List<string> entries)
    {
        var last = Latest(_timeline.Events.Single(e => e.Id == entries[^1]));
        return _timeline.Events.ToList().FindIndex(e => !entries.Contains(e.Id) && Latest(e) < last && e.Related.Count == 0);
    }

    [Fact]
    public void AnEventOutsideTheFeedChanged_CarriesTheFeedAsRecorded()
    {
        Build(_timeline);
        int index = Older(Entries());
        var events = _timeline.Events.ToList();
        events[index] = events[index] with { Headline = "A headline no build gave it" };
        var next = Changed(_timeline, events, [index], [events[index].Id]);

        var summary = Build(next);

        summary.FeedCarried.ShouldBeTrue();
        ShouldBeTheColdBuild(next);
    }

    [Fact]
    public void AnEntryChanged_WritesTheFeedAgain()
    {
        Build(_timeline);
        var entries = Entries();
        var events = _timeline.Events.ToList();
        int index = events.FindIndex(e => e.Id == entries[entries.Count / 2]);
        events[index] = events[index] with { Headline = "A headline no build gave it" };
        var next = Changed(_timeline, events, [index], [events[index].Id]);

        var summary = Build(next);

        summary.FeedCarried.ShouldBeFalse();
        File.ReadAllText(Path.Combine(Warm, AtomFeed.Path)).ShouldContain("A headline no build gave it");
        ShouldBeTheColdBuild(next);
    }

    [Fact]
    public void AnEventAddedAsNewAsTheNewestEntry_EntersTheFeed()
    {
        Build(_timeline);
        var entries = Entries();
        var events = _timeline.Events.ToList();
        int newest = events.FindIndex(e => e.Id == entries[0]);
        events.Insert(newest + 1, events[newest] with { Id = "an-event-no-build-gave", Headline = "An event no build gave", Related = [] });
        var next = Changed(_timeline, events, [newest + 1], []);

        var summary = Build(next);

        summary.FeedCarried.ShouldBeFalse();
        Entries()[0].ShouldBe("an-event-no-build-gave");
        ShouldBeTheColdBuild(next);
    }

    [Fact]
    public void AnEventAddedOlderThanTheLastEntry_LeavesTheFeedAsRecorded()
    {
        Build(_timeline);
        var entries = Entries();
        var events = _timeline.Events.ToList();
        int older = Older(entries);
        events.Insert(older + 1, events[older] with { Id = "an-event-no-build-gave", Headline = "An event no build gave", Related = [] });
        var next = Changed(_timeline, events, [older + 1], []);

        var summary = Build(next);

        summary.FeedCarried.ShouldBeTrue();
        Entries().ShouldBe(entries);
        ShouldBeTheColdBuild(next);
    }

    [Fact]
    public void AnEntryDropped_LetsTheNextEventIn()
    {
        Build(_timeline);
        var entries = Entries();
        // An entry no event links to as related: dropping it changes no other event's view.
        string gone = entries.First(id => !_timeline.Events.Any(e => e.Related.Contains(id)));
        var next = Changed(_timeline, [.. _timeline.Events.Where(e => e.Id != gone)], [], [gone]);

        var summary = Build(next);

        summary.FeedCarried.ShouldBeFalse();
        Entries().ShouldNotContain(gone);
        Entries().Count.ShouldBe(AtomFeed.MaxEntries);
        ShouldBeTheColdBuild(next);
    }
}
