using Timeline.Core.Events;
using Timeline.Site.Model;

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
}
