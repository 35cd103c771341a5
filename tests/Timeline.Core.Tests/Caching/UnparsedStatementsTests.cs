using Timeline.Core.Caching;
using Timeline.Core.Events;
using Timeline.Core.Sources;
using Timeline.Core.Tests.Pipeline;
using Timeline.Tests.Shared;
using Timeline.Temporal;

using static Timeline.Core.Tests.Caching.RebuildSources;

namespace Timeline.Core.Tests.Caching;

/// <summary>
/// The statements of an analysis read back from the cache are parsed only when asked for: a rebuild whose events are the stored ones
/// parses none, one that merges again around an edited article parses those of the sources the merge reaches, and the events it
/// stores (their mentions told from the places the last build's stood at) are those a build that parsed everything stores.
/// </summary>
public sealed class UnparsedStatementsTests
{
    [Fact]
    public void AnUnchangedRebuild_ParsesNoCachedStatement_AndGivesTheColdTimeline()
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 60, seed: 2023);
        string folder = temp.Combine("cache");
        CachedBuild(sources, folder);

        var (again, events) = CachedBuild(sources, folder);

        events.Reused.ShouldBeTrue();
        again.Timeline.Documents.Count(d => d.StatementsParsed()).ShouldBe(0, "the stored events keep their mentions as places");
        ParallelPipelineTests.Describe(again).ShouldBe(Cold(sources));
    }

    [Fact]
    public void MergingAgainAroundOneEditedArticle_ParsesTheStatementsOfTheSourcesItReachesOnly()
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 1000, seed: 2023);
        string folder = temp.Combine("cache");
        var cache = new SqliteAnalysisCache(folder, Code);
        var events = new EventCache(folder, Code);
        var (analyses, keys) = CachedAnalyses(sources, cache);
        events.Build(analyses, keys);
        events.FinishStoring().ShouldBeNull();

        var edited = Edited(sources, " The talks resumed on March 3, 2011.");
        var (again, againKeys) = CachedAnalyses(edited, cache);
        again.Count(a => a.StatementsParsed()).ShouldBe(1, "only the edited article was analysed");
        var timeline = events.Build(again, againKeys);

        events.MergedAgain.ShouldNotBeNull();
        events.SourcesParsed.ShouldBe(again.Count(a => a.StatementsParsed()));
        // 1,000 articles of a few stories, whose date windows reach far (606 sources parsed); every one was, before.
        events.SourcesParsed.ShouldBeLessThan(again.Count * 3 / 4);
        timeline.Events.Count.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void TheEventsStoredAfterAMergeAroundAnEdit_AreTheBytesABuildOfEveryStatementStores()
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 120, seed: 2023);
        var edited = Edited(sources, " The talks resumed on March 3, 2011.");
        string merged = temp.Combine("merged"), whole = temp.Combine("whole");
        CachedBuild(sources, merged);
        CachedBuild(edited, merged).Events.MergedAgain.ShouldNotBeNull();
        // A first build of the edited sources stores its events by looking each mention up among all the statements.
        CachedBuild(edited, whole).Events.MergedAgain.ShouldBeNull();

        File.ReadAllBytes(Path.Combine(merged, EventCache.FileName)).ShouldBe(File.ReadAllBytes(Path.Combine(whole, EventCache.FileName)));
        // And the next build reads them back.
        var (next, events) = CachedBuild(edited, merged);
        events.Reused.ShouldBeTrue();
        ParallelPipelineTests.Describe(next).ShouldBe(Cold(edited));
    }
}
