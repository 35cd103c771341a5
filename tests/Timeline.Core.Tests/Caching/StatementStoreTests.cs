using Timeline.Core.Caching;
using Timeline.Core.Events.Incremental;
using Timeline.Core.Pipeline;
using Timeline.Core.Sources;
using Timeline.Core.Tests.Pipeline;
using Timeline.Tests.Shared;
using Timeline.Temporal;

namespace Timeline.Core.Tests.Caching;

/// <summary>
/// The statements kept for merging again only around a changed source (<see cref="StatementStore"/>): a build appends
/// only what changed, and the events are those of a cold build whether the store is used, damaged or gone.
/// </summary>
public sealed class StatementStoreTests
{
    private const string Code = "test-code-version";

    private static (PipelineResult Result, EventCache Events) Build(SourceSet sources, string folder)
    {
        var events = new EventCache(folder, Code);
        var result = new TimelinePipeline(EnglishRecognizer.Instance, new PipelineOptions { Cache = new SqliteAnalysisCache(folder, Code), Events = events }).Run(sources);
        return (result, events);
    }

    private static SourceSet Edited(SourceSet sources, string addition) => sources with
    {
        Documents = [.. sources.Documents.Select((d, i) => i == sources.Documents.Count / 2 ? d with { Text = d.Text.TrimEnd() + addition } : d)],
    };

    private static string Cold(SourceSet sources) => ParallelPipelineTests.Describe(new TimelinePipeline(EnglishRecognizer.Instance).Run(sources));

    private static long DataBytes(string folder) => Directory.EnumerateFiles(folder, "statements-*.bin").Sum(f => new FileInfo(f).Length);

    [Fact]
    public void ANewDatedStatement_IsMergedAgainOnlyAroundItsSource_AndOnlyThatSourceIsAppended()
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 120);
        string cache = temp.Combine("cache");
        Build(sources, cache).Events.MergedAgain.ShouldBeNull();
        long first = DataBytes(cache);
        var edited = Edited(sources, " The talks resumed on March 3, 2011.");

        var (result, events) = Build(edited, cache);

        events.MergedAgain.ShouldBe([edited.Documents[edited.Documents.Count / 2].Id]);
        ParallelPipelineTests.Describe(result).ShouldBe(Cold(edited));
        (DataBytes(cache) - first).ShouldBeInRange(1, first / 20);
        StatementStore.Open(cache, Code).ShouldNotBeNull().Sources.Count.ShouldBe(120);
    }

    [Theory]
    [InlineData("index")]
    [InlineData("data")]
    [InlineData("gone")]
    public void AStoreDamagedOrGone_IsNotUsed_AndTheEventsAreThoseOfAColdBuild(string damage)
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 60);
        string cache = temp.Combine("cache");
        Build(sources, cache);
        string index = Path.Combine(cache, StatementStore.FileName);
        string data = Directory.EnumerateFiles(cache, "statements-*.bin").Single();
        switch (damage)
        {
            case "index":
                var bytes = File.ReadAllBytes(index);
                bytes[^5] ^= 0x40;
                File.WriteAllBytes(index, bytes);
                break;
            case "data":
                // Every source's statements changed by one byte: none reads back to its digest.
                var content = File.ReadAllBytes(data);
                for (int i = 40; i < content.Length; i += 97) content[i] ^= 0x01;
                File.WriteAllBytes(data, content);
                break;
            default:
                File.Delete(data);
                break;
        }
        var edited = Edited(sources, " The talks resumed on March 3, 2011.");

        var (result, events) = Build(edited, cache);

        events.MergedAgain.ShouldBeNull();
        ParallelPipelineTests.Describe(result).ShouldBe(Cold(edited));
        // The store is written afresh for the next build.
        Build(Edited(sources, " The talks resumed on March 9, 2011."), cache).Events.MergedAgain.ShouldNotBeNull();
    }
}
