using Timeline.Core.Caching;
using Timeline.Core.Pipeline;
using Timeline.Core.Sources;
using Timeline.Core.Config;
using Timeline.Temporal;
using Timeline.Tests.Shared;

namespace Timeline.Core.Tests.Caching;

public sealed class CacheFolderTests
{
    [Fact]
    public void Cache_WhoseFolderCannotBeMade_CostsTimeNotTheBuild()
    {
        using var temp = new TempFolder();
        temp.Write("in/a.txt", "Date: 2023-07-28\n\nThe armistice was signed on July 27, 1953.\n");
        string blocker = temp.Write("blocker", "a file where the cache folder would go");
        var cache = new SqliteAnalysisCache(Path.Combine(blocker, "cache"), CacheKey.CodeVersion(EnglishRecognizer.Instance));
        var pipeline = new TimelinePipeline(EnglishRecognizer.Instance, new PipelineOptions { Cache = cache });

        var result = pipeline.Run(SourceLoader.LoadFolder(temp.Combine("in"), new TimelineConfig()), new TimelineConfig());

        result.Timeline.Events.ShouldNotBeEmpty();
        result.CacheNote.ShouldNotBeNull().ShouldContain("cannot be used");
    }
}
