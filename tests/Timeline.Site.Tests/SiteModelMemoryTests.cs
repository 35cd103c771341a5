using Timeline.Core.Config;
using Timeline.Core.Events;
using Timeline.Core.Pipeline;
using Timeline.Site.Model;
using Timeline.Temporal;
using Timeline.Tests.Shared;

namespace Timeline.Site.Tests;

/// <summary>The pages set a build's peak memory: the model is handed to them without the garbage of making it.</summary>
public sealed class SiteModelMemoryTests
{
    [Fact]
    public void Build_CollectsTheGarbageOfMakingTheModelBeforeItReturns()
    {
        int fullCollections = GC.CollectionCount(GC.MaxGeneration);

        var model = SiteModelBuilder.Build(new TimelineData([], []), new SiteInfo("Timeline", null, null, "Timeline"));

        model.Events.ShouldBeEmpty();
        GC.CollectionCount(GC.MaxGeneration).ShouldBeGreaterThan(fullCollections);
    }

    [Fact]
    public void DatesOnSourcePages_LinkWithTheEventsOwnHref_RatherThanACopyPerDate()
    {
        var timeline = new TimelinePipeline(EnglishRecognizer.Instance).Run(RepoPaths.Seeds, ConfigLoader.LoadFromFolder(RepoPaths.Seeds)).Timeline;

        var model = SiteModelBuilder.Build(timeline, new SiteInfo("Timeline", null, null, "Timeline"));

        var byHref = model.Events.ToDictionary(e => e.Href, StringComparer.Ordinal);
        var linked = model.Sources.SelectMany(s => s.Paragraphs).SelectMany(p => p.Sentences).SelectMany(s => s.Segments)
            .Where(s => s.EventHref is not null).ToList();
        linked.ShouldNotBeEmpty();
        linked.ShouldAllBe(s => ReferenceEquals(s.EventHref, byHref[s.EventHref!].Href));
    }
}
