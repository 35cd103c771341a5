using Timeline.Core.Config;
using Timeline.Core.Pipeline;
using Timeline.Site.Changes;
using Timeline.Site.Model;
using Timeline.Temporal;
using Timeline.Tests.Shared;

namespace Timeline.Site.Tests;

/// <summary>The model of a rebuild expected to render few pages (<see cref="PartialSiteModel"/>).</summary>
public sealed class PartialSiteModelTests
{
    private static readonly SiteInfo Site = new("Timeline", null, null, "Timeline");

    [Fact]
    public void Build_TakesEachSourcesEventCountFromTheLinksItIsGiven_RatherThanFindingThemAgain()
    {
        var timeline = new TimelinePipeline(EnglishRecognizer.Instance).Run(RepoPaths.Seeds, ConfigLoader.LoadFromFolder(RepoPaths.Seeds)).Timeline;
        var links = SourceDigests.Of(timeline, null);
        string first = timeline.Documents[0].Source.Id;
        // A count no pass over the events would find: only the one given can be shown.
        var counts = new Dictionary<string, int>(links.EventCounts, StringComparer.Ordinal) { [first] = 999 };

        var partial = PartialSiteModel.Build(timeline, Site, links.EventOf, counts);

        partial.Model.Sources.Single(s => s.Id == first).EventCount.ShouldBe(999);
        partial.FullViews.ShouldBe(0);
    }

    [Fact]
    public void FacesAndFullViews_ShowWhatTheWholeModelShows()
    {
        var timeline = new TimelinePipeline(EnglishRecognizer.Instance).Run(RepoPaths.Seeds, ConfigLoader.LoadFromFolder(RepoPaths.Seeds)).Timeline;
        var links = SourceDigests.Of(timeline, null);
        var whole = SiteModelBuilder.Build(timeline, Site);

        var partial = PartialSiteModel.Build(timeline, Site, links.EventOf, links.EventCounts);

        partial.Model.Sources.Select(s => s.EventCount).ShouldBe(whole.Sources.Select(s => s.EventCount));
        partial.Model.Sources.ShouldAllBe(s => s.Paragraphs.Count == 0);
        var full = partial.Model.Sources.Select(partial.Full).ToList();
        Texts(full).ShouldBe(Texts(whole.Sources));
        partial.Model.Events.Select(e => e.Related.Count).ShouldBe(whole.Events.Select(e => e.Related.Count));
    }

    [Fact]
    public void EventViews_LabelTheirDatesOnlyWhenRead_AsTheWholeModelLabelsThem()
    {
        var timeline = new TimelinePipeline(EnglishRecognizer.Instance).Run(RepoPaths.Seeds, ConfigLoader.LoadFromFolder(RepoPaths.Seeds)).Timeline;
        var links = SourceDigests.Of(timeline, null);
        var whole = SiteModelBuilder.Build(timeline, Site);

        var partial = PartialSiteModel.Build(timeline, Site, links.EventOf, links.EventCounts).Model;

        // Paged, listed and digested without a label made; each made when read is the whole model's.
        partial.Events.ShouldAllBe(e => !e.FaceMade);
        partial.Events.Select(e => e.ListedHref).ShouldBe(whole.Events.Select(e => e.ListedHref));
        partial.Events.Select(e => (e.Href, e.Date, e.Datetime, e.Start, e.End)).ShouldBe(whole.Events.Select(e => (e.Href, e.Date, e.Datetime, e.Start, e.End)));
        partial.Events.ShouldAllBe(e => e.FaceMade);
        whole.Events.ShouldAllBe(e => e.FaceMade);
    }

    [Fact]
    public void EventViews_LinkTheirRelatedEventsOnlyWhenRead_AndAreDigestedAsTheirLinksWouldBe()
    {
        using var corpus = new TempFolder();
        new Core.Corpus.CorpusGenerator(11).WriteTo(corpus.Path, 30);
        var found = new TimelinePipeline(EnglishRecognizer.Instance).Run(corpus.Path, ConfigLoader.LoadFromFolder(corpus.Path)).Timeline;
        // An event related to one that is not in the timeline: its view links only those that are.
        int related = found.Events.ToList().FindIndex(e => e.Related.Count > 0);
        var events = found.Events.ToList();
        events[related] = events[related] with { Related = [.. events[related].Related, "an-event-no-timeline-holds"] };
        var timeline = found with { Events = events };
        var links = SourceDigests.Of(timeline, null);
        var whole = SiteModelBuilder.Build(timeline, Site);

        var partial = PartialSiteModel.Build(timeline, Site, links.EventOf, links.EventCounts).Model;

        // Digested from the events' related ids, without a link made: the digests a view's own links give.
        var digests = ContentDigests.Of(timeline, partial, links);
        partial.Events.ShouldAllBe(e => !e.RelatedMade);
        var byLinks = ContentDigests.Of(timeline, whole with { Events = [.. whole.Events.Select(e => e with { Event = null })] }, links);
        partial.Events.Select(e => digests.Events[e.Id]).ShouldBe(whole.Events.Select(e => byLinks.Events[e.Id]));
        partial.Events.Select(e => e.Related).ShouldBe(whole.Events.Select(e => e.Related));
        partial.Events[related].Related.Count.ShouldBe(events[related].Related.Count - 1);
        partial.Events.ShouldAllBe(e => e.RelatedMade);
    }

    [Fact]
    public void EventViews_ListTheirSourcesOnlyWhenRead_AndThePagingEstimatesThemFromTheEvents()
    {
        var pipeline = new TimelinePipeline(EnglishRecognizer.Instance);
        using var corpus = new TempFolder();
        new Core.Corpus.CorpusGenerator(11).WriteTo(corpus.Path, 30);
        var found = pipeline.Run(corpus.Path, ConfigLoader.LoadFromFolder(corpus.Path)).Timeline;
        // An event whose sources disagree: its conflict's date and sources are estimated from the event too.
        int cited = found.Events.ToList().FindIndex(e => e.Mentions.Count > 1);
        var events = found.Events.ToList();
        events[cited] = events[cited] with { Conflicts = [events[cited].Mentions[0].Value] };
        var timeline = found with { Events = events };

        var links = SourceDigests.Of(timeline, null);
        var model = PartialSiteModel.Build(timeline, Site, links.EventOfSource, links.EventCounts).Model;

        model.Events.ShouldAllBe(e => !e.SourcesMade);
        // Each event's estimate from its event is the one its view gives, read whole.
        model.Events.Select(e => e.EstimatedSize).ShouldBe(model.Events.Select(e => (long?)Paging.Estimate(e)));
        model.Events.ShouldAllBe(e => e.SourcesMade);
        // A build that renders every page makes them all at once, as it reads them all.
        SiteModelBuilder.Build(timeline, Site).Events.ShouldAllBe(e => e.SourcesMade && e.EstimatedSize == null);
    }

    // Each source's sentences as anchor, text and links, in order.
    private static List<string> Texts(IEnumerable<SourceView> sources) =>
        sources.SelectMany(s => s.Paragraphs).SelectMany(p => p.Sentences)
            .Select(s => s.Anchor + "|" + string.Join("", s.Segments.Select(g => $"{g.Text}<{g.EventHref}>"))).ToList();
}
