using Timeline.Core.Events;
using Timeline.Site.Output;

namespace Timeline.Site.Tests;

/// <summary>
/// A rebuild whose timeline's changes (<see cref="TimelineChanges"/>) are relative to the events the last build recorded carries
/// every event and source page they do not reach as recorded, unexamined; a page that depends on what changed is looked at. Each
/// test changes one thing a page depends on without changing the page's own event or source, and fails if that page is carried.
/// </summary>
public sealed class PagesFromChangesTests : IDisposable
{
    private readonly RecordedRebuild _rebuild = new(30);
    private readonly TimelineData _timeline;
    private readonly Dictionary<string, string?> _keys;

    public PagesFromChangesTests()
    {
        _timeline = _rebuild.Timeline;
        _keys = _rebuild.Keys;
    }

    public void Dispose() => _rebuild.Dispose();

    private string Warm => _rebuild.Warm;

    private RenderSummary Build(TimelineData timeline, IReadOnlyDictionary<string, string?>? keys = null) => _rebuild.Build(timeline, keys);

    private void ShouldBeTheColdBuild(TimelineData timeline) => _rebuild.ShouldBeTheColdBuild(timeline);

    private string EventPage(string id) => File.ReadAllText(Path.Combine(Warm, "events", id + ".html"));

    private static TimelineData Changed(TimelineData timeline, IReadOnlyList<TimelineEvent> events, int[] changed, string[] dropped, string[]? sources = null) =>
        RecordedRebuild.Changed(timeline, events, changed, dropped, sources);

    [Fact]
    public void AnEventChanged_LooksAtItsOwnPage_AndCarriesTheOthersAsRecorded()
    {
        Build(_timeline);
        int index = _timeline.Events.ToList().FindIndex(e => e.Related.Count == 0);
        var events = _timeline.Events.ToList();
        events[index] = events[index] with { Headline = "A headline no build gave it" };
        var next = Changed(_timeline, events, [index], [events[index].Id]);

        var summary = Build(next);

        EventPage(events[index].Id).ShouldContain("A headline no build gave it");
        summary.CarriedAsRecorded.ShouldBeGreaterThan(_timeline.Events.Count / 2);
        summary.CarriedAsRecorded.ShouldBeLessThan(_timeline.Events.Count + _timeline.Documents.Count);
        ShouldBeTheColdBuild(next);
    }

    [Fact]
    public void APageWhoseLineInTheOutputIsNotTheRecordedOne_IsLookedAt()
    {
        Build(_timeline);
        // The output's list of pages no longer gives the page the fingerprint recorded beside its digest (another build wrote it).
        string page = $"events/{_timeline.Events[0].Id}.html";
        string list = Path.Combine(Warm, PageFingerprints.FileName);
        File.WriteAllText(list, string.Concat(File.ReadAllLines(list).Select(l => (l.EndsWith(" " + page, StringComparison.Ordinal) ? new string('0', ContentHash.HexLength) + " " + page : l) + "\n")));
        int index = _timeline.Events.ToList().FindLastIndex(e => e.Related.Count == 0);
        var events = _timeline.Events.ToList();
        events[index] = events[index] with { Headline = "A headline no build gave it" };
        var next = Changed(_timeline, events, [index], [events[index].Id]);

        var summary = Build(next);

        summary.CarriedAsRecorded.ShouldBeGreaterThan(0);
        File.ReadAllText(list).ShouldNotContain(new string('0', ContentHash.HexLength));
        ShouldBeTheColdBuild(next);
    }

    [Fact]
    public void ARelatedEventChanged_LooksAtThePagesLinkingToIt()
    {
        Build(_timeline);
        var events = _timeline.Events.ToList();
        var ids = events.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var linking = events.First(e => e.Related.Any(ids.Contains));
        int related = events.FindIndex(e => e.Id == linking.Related.First(ids.Contains));
        events[related] = events[related] with { Headline = "A related headline no build gave it" };
        var next = Changed(_timeline, events, [related], [events[related].Id]);

        var summary = Build(next);

        // The linking event is unchanged, and not listed: its page shows the related event's headline all the same.
        EventPage(linking.Id).ShouldContain("A related headline no build gave it");
        summary.CarriedAsRecorded.ShouldBeGreaterThan(0);
        ShouldBeTheColdBuild(next);
    }

    [Fact]
    public void AnEventDropped_TakesItsPageAway_AndLooksAtThePagesOfTheSourcesItCited()
    {
        Build(_timeline);
        var events = _timeline.Events.ToList();
        int gone = events.FindIndex(e => e.Related.Count == 0 && e.Mentions.Count > 0);
        var dropped = events[gone];
        string source = dropped.Mentions[0].SourceId;
        string sourcePage = Path.Combine(Warm, "sources", source + ".html");
        File.ReadAllText(sourcePage).ShouldContain($"events/{dropped.Id}.html");
        events.RemoveAt(gone);
        var next = Changed(_timeline, events, [], [dropped.Id]);

        var summary = Build(next);

        File.Exists(Path.Combine(Warm, "events", dropped.Id + ".html")).ShouldBeFalse();
        // The source's own document did not change (its key stays): its page no longer links the event all the same.
        File.ReadAllText(sourcePage).ShouldNotContain($"events/{dropped.Id}.html");
        summary.CarriedAsRecorded.ShouldBeGreaterThan(0);
        ShouldBeTheColdBuild(next);
    }

    [Fact]
    public void ASourceChanged_LooksAtItsPage()
    {
        Build(_timeline);
        var document = _timeline.Documents[^1];
        var documents = _timeline.Documents.ToList();
        documents[^1] = document with { Source = document.Source with { Title = "A title no build gave it" } };
        var keys = new Dictionary<string, string?>(_keys, StringComparer.Ordinal) { [document.Source.Path] = "another key" };
        // The events citing it show its title: they change with it, as the merge would list them.
        int[] citing = [.. _timeline.Events.Select((e, i) => (e, i)).Where(x => x.e.Mentions.Any(m => m.SourceId == document.Source.Id)).Select(x => x.i)];
        var next = Changed(_timeline with { Documents = documents }, _timeline.Events, citing, [.. citing.Select(i => _timeline.Events[i].Id)], [document.Source.Id]);

        var summary = Build(next, keys);

        File.ReadAllText(Path.Combine(Warm, "sources", document.Source.Id + ".html")).ShouldContain("A title no build gave it");
        summary.CarriedAsRecorded.ShouldBeGreaterThan(0);
        ShouldBeTheColdBuild(next);
    }

    [Fact]
    public void AnEventAddedBeforeAYearTooLargeForOnePage_LooksAtTheEventsItsPartsNoLongerList()
    {
        // One year of more events than a page lists: its parts split at every thousandth event; one added at its start moves each split.
        var model = _timeline.Events.First(e => e.When.IsResolved && e.Related.Count == 0);
        TimelineEvent Copy(int n) => model with { Id = $"{model.Id}-{n:D4}" };
        var many = _timeline with { Events = [.. Enumerable.Range(1, 2 * Model.Paging.MaxEventsPerPage + 10).Select(Copy)] };
        Build(many);
        var next = Changed(many, [Copy(0), .. many.Events], [0], []);
        var site = new Model.SiteInfo("Timeline", null, null, "Timeline");
        var before = Model.SiteModelBuilder.Build(many, site).Events.ToDictionary(e => e.Id, e => e.ListedHref, StringComparer.Ordinal);
        var moved = Model.SiteModelBuilder.Build(next, site).Events.First(e => before.TryGetValue(e.Id, out string? href) && href != e.ListedHref);
        EventPage(moved.Id).ShouldNotContain(moved.ListedHref);

        var summary = Build(next);

        // An event the changes do not list, now listed on the next part: its page links to where it is listed now.
        EventPage(moved.Id).ShouldContain(moved.ListedHref);
        summary.CarriedAsRecorded.ShouldBeGreaterThan(many.Events.Count / 2);
        ShouldBeTheColdBuild(next);
    }
}
