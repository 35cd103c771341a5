using Timeline.Core.Caching;
using Timeline.Core.Events;
using Timeline.Core.Sources;
using Timeline.Core.Tests.Pipeline;
using Timeline.Tests.Shared;
using Timeline.Temporal;

using static Timeline.Core.Tests.Caching.RebuildSources;

namespace Timeline.Core.Tests.Caching;

/// <summary>
/// An analysis read back from the cache reads its statements' merge profiles only when merging asks for them, and merging
/// again around one edited article asks only for those of the statements the edit can reach.
/// </summary>
public sealed class ProfilesReadTests
{
    private const string Code = "test-code-version";

    [Fact]
    public void MergingAgainAroundOneEditedArticle_ReadsTheProfilesOfFewOfTheCachedStatements()
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 300, seed: 2023);
        string folder = temp.Combine("cache");
        var cache = new SqliteAnalysisCache(folder, Code);
        var events = new EventCache(folder, Code);
        var (analyses, keys) = CachedAnalyses(sources, cache);
        events.Build(analyses, keys);
        events.FinishStoring().ShouldBeNull();

        var edited = Edited(sources, " The talks resumed on March 3, 2011.");
        var (again, againKeys) = CachedAnalyses(edited, cache);
        var cached = again.Where(a => a.Source.Id != edited.Documents[edited.Documents.Count / 2].Id).SelectMany(a => a.Statements).ToList();
        cached.Count(m => m.HasProfile).ShouldBe(0, "read from the cache, no profile is read until asked for");
        events.Build(again, againKeys).Events.Count.ShouldBeGreaterThan(0);

        events.MergedAgain.ShouldNotBeNull();
        // 300 articles of a few stories: the date windows of the statements the edit reaches still hold 3,689 of 6,414.
        cached.Count(m => m.HasProfile).ShouldBeLessThan(cached.Count * 3 / 4);
    }
}
