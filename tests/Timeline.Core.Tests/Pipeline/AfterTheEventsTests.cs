using Timeline.Core.Caching;
using Timeline.Core.Events;
using Timeline.Core.Pipeline;
using Timeline.Core.Sources;
using Timeline.Tests.Shared;
using Timeline.Temporal;

namespace Timeline.Core.Tests.Pipeline;

/// <summary>
/// What the pipeline does beside and after the events: the analysis cache is stored while they are built (the
/// build still ends with it, and with its failure), then the garbage of reading and merging is collected.
/// </summary>
public sealed class AfterTheEventsTests
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

    [Fact]
    public void Run_AfterOneArticleGainedADate_MergesAgainAroundItAndLeavesTheLittleGarbageToTheCollector()
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 120);
        string cache = temp.Combine("cache");
        List<string> Stages(SourceSet set)
        {
            var times = new StageTimes();
            var events = new EventCache(cache, "test-code-version");
            new TimelinePipeline(EnglishRecognizer.Instance, new PipelineOptions { Cache = new SqliteAnalysisCache(cache, "test-code-version"), Events = events, Times = times }).Run(set);
            events.FinishStoring().ShouldBeNull();
            return [.. times.Stages.Select(s => s.Name)];
        }

        Stages(sources).ShouldContain("collect", "a cold build analysed and merged everything");
        Stages(Caching.RebuildSources.Edited(sources, " The talks resumed on March 3, 2011.")).ShouldNotContain("collect");
    }

    [Fact]
    public void Run_FailsWithTheStoresFailure()
    {
        using var temp = new TempFolder();
        var cache = new SlowCache(TimeSpan.Zero, fail: true);

        var failure = Should.Throw<InvalidOperationException>(() => Pipeline(cache).Run(ParallelPipelineTests.GeneratedSources(temp, 8)));

        failure.Message.ShouldBe("the cache disk is full");
    }

    [Fact]
    public void Run_ReturnsOnlyOnceTheStoreHasFinished()
    {
        using var temp = new TempFolder();
        var cache = new SlowCache(TimeSpan.FromMilliseconds(500), fail: false);

        Pipeline(cache).Run(ParallelPipelineTests.GeneratedSources(temp, 8));

        cache.Stored.ShouldBe(8);
    }

    [Fact]
    public void Run_StoresTheStatementsWithTheMergeProfilesTheyWereAnalysedWith()
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 8);
        var expected = sources.Documents.Select(d => Hex(AnalysisSerializer.Serialize(new EventExtractor(EnglishRecognizer.Instance).Analyze(d)))).ToList();
        var cache = new SlowCache(TimeSpan.FromMilliseconds(300), fail: false);

        Pipeline(cache).Run(sources);

        cache.Payloads.ShouldBe(expected);
    }

    private static string Hex(SerializedAnalysis stored) => Convert.ToHexString(stored.Head) + "/" + Convert.ToHexString(stored.Statements) + "/" + Convert.ToHexString(stored.Body);

    private static TimelinePipeline Pipeline(IAnalysisCache cache) => new(EnglishRecognizer.Instance, new PipelineOptions { Cache = cache });

    /// <summary>A cache that finds nothing, and takes its time to store (serializing what it stores only after the wait).</summary>
    private sealed class SlowCache(TimeSpan delay, bool fail) : IAnalysisCache
    {
        public int Stored { get; private set; }

        public List<string> Payloads { get; } = [];

        public CacheLookup Lookup(IReadOnlyList<SourceDocument> documents) =>
            new(new DocumentAnalysis?[documents.Count], [.. documents.Select((_, i) => (string?)$"key-{i}")], null);

        public void Store(CacheLookup lookup, IReadOnlyList<(int Index, DocumentAnalysis Analysis)> fresh)
        {
            Thread.Sleep(delay);
            if (fail) throw new InvalidOperationException("the cache disk is full");
            Payloads.AddRange(fresh.Select(f => Hex(AnalysisSerializer.Serialize(f.Analysis))));
            Stored = fresh.Count;
        }
    }
}
