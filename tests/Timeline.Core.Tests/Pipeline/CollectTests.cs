using Timeline.Core.Pipeline;
using Timeline.Tests.Shared;
using Timeline.Temporal;

namespace Timeline.Core.Tests.Pipeline;

public sealed class CollectTests
{
    [Fact]
    public void Run_CollectsTheGarbageOfMergingBeforeItReturns()
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 8);
        var times = new StageTimes();
        int fullCollections = GC.CollectionCount(GC.MaxGeneration);

        new TimelinePipeline(EnglishRecognizer.Instance, new PipelineOptions { Times = times }).Run(sources);

        GC.CollectionCount(GC.MaxGeneration).ShouldBeGreaterThan(fullCollections);
        times.Stages.Select(s => s.Name).ShouldBe(["analyse", "events", "overrides", "collect"]);
    }
}
