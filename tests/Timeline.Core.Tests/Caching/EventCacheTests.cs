using Timeline.Core.Caching;
using Timeline.Core.Pipeline;
using Timeline.Core.Sources;
using Timeline.Core.Tests.Pipeline;
using Timeline.Tests.Shared;
using Timeline.Temporal;

using static Timeline.Core.Tests.Caching.RebuildSources;

namespace Timeline.Core.Tests.Caching;

/// <summary><c>events.bin</c>: the last build's events, reused only for exactly the same statements, never trusted when damaged.</summary>
public sealed class EventCacheTests
{
    private static PipelineResult Build(SourceSet sources, string folder, string code = Code) => CachedBuild(sources, folder, code: code).Result;

    [Fact]
    public void Events_AreReusedWhenTheStatementsAreUnchanged_AndAreThoseOfAColdBuild()
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 40);

        Build(sources, temp.Combine("cache")).EventsReused.ShouldBeFalse();
        var warm = Build(sources, temp.Combine("cache"));

        warm.EventsReused.ShouldBeTrue();
        warm.CacheNote.ShouldBeNull();
        ParallelPipelineTests.Describe(warm).ShouldBe(Cold(sources));
    }

    [Fact]
    public void Events_AreReusedAfterAnEditThatAddsNoDate()
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 40);
        Build(sources, temp.Combine("cache"));

        var edited = Edited(sources, " Officials declined to comment further.");
        var warm = Build(edited, temp.Combine("cache"));

        warm.Analysed.ShouldBe(1);
        warm.EventsReused.ShouldBeTrue();
        ParallelPipelineTests.Describe(warm).ShouldBe(Cold(edited));
    }

    [Fact]
    public void Events_AreBuiltAgainWhenAStatementChanged()
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 40);
        Build(sources, temp.Combine("cache"));

        var edited = Edited(sources, " The talks resumed on March 3, 2011.");
        var warm = Build(edited, temp.Combine("cache"));

        warm.EventsReused.ShouldBeFalse();
        ParallelPipelineTests.Describe(warm).ShouldBe(Cold(edited));
        // And the events stored now are those of the edited articles.
        Build(edited, temp.Combine("cache")).EventsReused.ShouldBeTrue();
    }

    [Fact]
    public void Events_OfAnotherCodeVersion_AreNotReused()
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 20);
        Build(sources, temp.Combine("cache"));

        Build(sources, temp.Combine("cache"), code: "another-version").EventsReused.ShouldBeFalse();
    }

    [Theory]
    [InlineData("flip a byte near the end")]
    [InlineData("truncate")]
    [InlineData("garbage")]
    [InlineData("empty")]
    public void Events_FromADamagedFile_AreBuiltAgain(string damage)
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 30);
        Build(sources, temp.Combine("cache"));
        string file = Path.Combine(temp.Combine("cache"), EventCache.FileName);
        byte[] bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, damage switch
        {
            "flip a byte near the end" => [.. bytes[..^10], (byte)(bytes[^10] ^ 0x5A), .. bytes[^9..]],
            "truncate" => bytes[..(bytes.Length / 2)],
            "garbage" => [.. Enumerable.Range(0, 5000).Select(i => (byte)(i * 31 % 251))],
            _ => [],
        });

        var warm = Build(sources, temp.Combine("cache"));

        warm.EventsReused.ShouldBeFalse();
        ParallelPipelineTests.Describe(warm).ShouldBe(Cold(sources));
        if (damage is "flip a byte near the end" or "truncate") warm.CacheNote.ShouldNotBeNull().ShouldContain("corrupt");
        Build(sources, temp.Combine("cache")).EventsReused.ShouldBeTrue();
    }
}
