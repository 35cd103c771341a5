using Timeline.Core.Caching;
using Timeline.Core.Events;
using Timeline.Core.Events.Incremental;
using Timeline.Core.Pipeline;
using Timeline.Core.Sources;
using Timeline.Core.Tests.Pipeline;
using Timeline.Tests.Shared;
using Timeline.Temporal;

using static Timeline.Core.Tests.Caching.RebuildSources;

namespace Timeline.Core.Tests.Caching;

/// <summary>
/// The statements kept for merging again only around a changed source (<see cref="StatementStore"/>): a build appends
/// only what changed, and the events are those of a cold build whether the store is used, damaged or gone.
/// </summary>
public sealed class StatementStoreTests
{
    private static (PipelineResult Result, EventCache Events) Build(SourceSet sources, string folder) => CachedBuild(sources, folder);

    private static long DataBytes(string folder) => Directory.EnumerateFiles(folder, "statements-*.bin").Sum(f => new FileInfo(f).Length);

    /// <summary>60 generated sources built once: the sources, the cache folder, and the store's index and data file.</summary>
    private static (SourceSet Sources, string Cache, string Index, string Data) Stored(TempFolder temp)
    {
        var sources = ParallelPipelineTests.GeneratedSources(temp, 60);
        string cache = temp.Combine("cache");
        Build(sources, cache);
        return (sources, cache, Path.Combine(cache, StatementStore.FileName), Directory.EnumerateFiles(cache, "statements-*.bin").Single());
    }

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

    [Fact]
    public void TheStoreKeepsTheStatementsInCanonicalAndDateOrder_AfterAColdBuild_AnIncrementalMergeAndAnUnchangedRebuild()
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 80);
        string cache = temp.Combine("cache");
        void ShouldHoldTheOrderOf(PipelineResult result, string when)
        {
            var statements = result.Timeline.Documents.SelectMany(d => d.Statements).ToList();
            var store = StatementStore.Open(cache, Code).ShouldNotBeNull();
            store.Order.Select(i => Describe(statements[i])).ShouldBe(EventMerger.CanonicalOrder(statements).Select(Describe), when);
            // And their date order, with the starts and ends it is kept with: that of sorting them.
            var sorted = DateOrder.Of(EventMerger.CanonicalOrder(statements));
            var dates = store.DateOrder.ShouldNotBeNull();
            dates.Placed.ShouldBe(sorted.Placed, when);
            dates.Starts.ShouldBe(sorted.Starts, when);
            dates.Ends.ShouldBe(sorted.Ends, when);
            // And the statements without a date, by TIMEX.
            dates.Unplaced.ShouldNotBeNull(when).Select(b => b.Timex).ShouldBe(sorted.Unplaced!.Select(b => b.Timex), when);
            dates.UnplacedPlaces.ShouldBe(sorted.UnplacedPlaces, when);
            // And each statement's merge screen, in canonical order.
            store.ReadScreens().ShouldNotBeNull(when).ShouldBe(store.Order.Select(i => MergeScreen.Of(statements[i])), when);
        }

        ShouldHoldTheOrderOf(Build(sources, cache).Result, "sorted by a cold build");
        var edited = Edited(sources, " The talks resumed on March 3, 2011.");
        var (result, events) = Build(edited, cache);
        events.MergedAgain.ShouldNotBeNull();
        ShouldHoldTheOrderOf(result, "patched by an incremental merge");
        var (again, reused) = Build(edited, cache);
        reused.Reused.ShouldBeTrue();
        ShouldHoldTheOrderOf(again, "kept by a build that reused the events");
        // Merged again from the patched order: the events of a cold build.
        var (back, undone) = Build(sources, cache);
        undone.MergedAgain.ShouldNotBeNull();
        ParallelPipelineTests.Describe(back).ShouldBe(Cold(sources));
        ShouldHoldTheOrderOf(back, "patched again");
    }

    private static string Describe(EventMention m) => $"{m.SourceId}@{m.DateStart}";

    [Theory]
    [InlineData("index")]
    [InlineData("data")]
    [InlineData("gone")]
    [InlineData("older format")]
    public void AStoreDamagedOrGone_IsNotUsed_AndTheEventsAreThoseOfAColdBuild(string damage)
    {
        using var temp = new TempFolder();
        var (sources, cache, index, data) = Stored(temp);
        switch (damage)
        {
            case "older format":
                // The index of the format before merge screens were kept (timeline-statements/5).
                var index6 = File.ReadAllBytes(index);
                int at = System.Text.Encoding.ASCII.GetString(index6).IndexOf("timeline-statements/6", StringComparison.Ordinal);
                at.ShouldBeGreaterThanOrEqualTo(0);
                index6[at + "timeline-statements/".Length] = (byte)'5';
                File.WriteAllBytes(index, index6);
                break;
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

    [Fact]
    public void TheMergeScreens_LeaveUnreadTheNeighboursThatCannotJoin_WhereWithoutThemTheirStatementsAreParsed()
    {
        using var temp = new TempFolder();
        var (sources, cache, _, _) = Stored(temp);
        var edited = Edited(sources, " The talks resumed on March 3, 2011.");
        var (result, screened) = Build(edited, cache);
        screened.MergedAgain.ShouldNotBeNull();
        ParallelPipelineTests.Describe(result).ShouldBe(Cold(edited));

        foreach (string file in Directory.EnumerateFiles(cache, "screens-*.bin")) File.Delete(file);
        var (back, unscreened) = Build(sources, cache);

        unscreened.MergedAgain.ShouldNotBeNull();
        ParallelPipelineTests.Describe(back).ShouldBe(Cold(sources));
        screened.SourcesParsed.ShouldBeLessThan(unscreened.SourcesParsed);
    }

    [Theory]
    [InlineData("flipped")]
    [InlineData("cut")]
    [InlineData("gone")]
    public void MergeScreensDamagedOrGone_AreNotRead_AndTheEventsAreThoseOfAColdBuild(string damage)
    {
        using var temp = new TempFolder();
        var (sources, cache, _, _) = Stored(temp);
        string screens = Directory.EnumerateFiles(cache, "screens-*.bin").Single();
        var bytes = File.ReadAllBytes(screens);
        switch (damage)
        {
            case "flipped":
                // Every statement's masks cleared: read as they are, they would rule out every pair.
                for (int i = 0; i < bytes.Length; i += MergeScreen.Size) bytes.AsSpan(i + 10, 32).Clear();
                File.WriteAllBytes(screens, bytes);
                break;
            case "cut":
                File.WriteAllBytes(screens, bytes[..^1]);
                break;
            default:
                File.Delete(screens);
                break;
        }
        StatementStore.Open(cache, Code).ShouldNotBeNull().ReadScreens().ShouldBeNull();
        var edited = Edited(sources, " The talks resumed on March 3, 2011.");

        var (result, events) = Build(edited, cache);

        events.MergedAgain.ShouldNotBeNull();
        ParallelPipelineTests.Describe(result).ShouldBe(Cold(edited));
    }

    [Fact]
    public void AStoreWhoseFilesStopShortAnywhere_DoesNotReadBack_AndAnUnfinishedIndexBesideItIsIgnored()
    {
        using var temp = new TempFolder();
        var (sources, cache, index, data) = Stored(temp);
        byte[] wholeIndex = File.ReadAllBytes(index), wholeData = File.ReadAllBytes(data);
        // A build interrupted while writing: the data cut short under a whole index, or an index cut short.
        foreach (int cut in new[] { 0, 1, wholeData.Length / 3, wholeData.Length - 1 })
        {
            File.WriteAllBytes(data, wholeData[..cut]);
            StatementStore.Open(cache, Code).ShouldBeNull($"data cut at {cut}");
        }
        File.WriteAllBytes(data, wholeData);
        foreach (int cut in new[] { 0, 1, 40, wholeIndex.Length / 2, wholeIndex.Length - 1 })
        {
            File.WriteAllBytes(index, wholeIndex[..cut]);
            StatementStore.Open(cache, Code).ShouldBeNull($"index cut at {cut}");
        }
        // Interrupted before the rename: the old index is the store, a half-written index beside it is not read.
        File.WriteAllBytes(index, wholeIndex);
        File.WriteAllBytes($"{index}.{Guid.NewGuid():N}.tmp", wholeIndex[..(wholeIndex.Length / 2)]);
        var edited = Edited(sources, " The talks resumed on March 3, 2011.");

        var (result, events) = Build(edited, cache);

        events.MergedAgain.ShouldNotBeNull();
        ParallelPipelineTests.Describe(result).ShouldBe(Cold(edited));
    }

    [Fact]
    public void AStoreThatCannotBeWritten_IsReportedWithItsFileName_AndTheEventsAreStillBuilt()
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 30);
        string cache = temp.Combine("cache");
        // A folder where the index must go: the rename that finishes the store fails.
        Directory.CreateDirectory(Path.Combine(cache, StatementStore.FileName));
        var events = new EventCache(cache, Code);

        var result = new TimelinePipeline(EnglishRecognizer.Instance, new PipelineOptions { Events = events }).Run(sources);

        events.FinishStoring().ShouldNotBeNull().ShouldContain(Path.Combine(cache, StatementStore.FileName));
        ParallelPipelineTests.Describe(result).ShouldBe(Cold(sources));
        StatementStore.Open(cache, Code).ShouldBeNull();
    }

    [Fact]
    public void TheDigestsOfAnAnalysisWithTheKeyItsStatementsWereStoredUnder_AreTakenFromTheStore_AndOfNoOther()
    {
        using var temp = new TempFolder();
        var analyses = new TimelinePipeline(EnglishRecognizer.Instance).Run(ParallelPipelineTests.GeneratedSources(temp, 40)).Timeline.Documents;
        string[] keys = [.. analyses.Select(a => "key of " + a.Source.Id)];
        string cache = temp.Combine("cache");
        var events = new EventCache(cache, Code);
        events.Build(analyses, keys);
        events.FinishStoring().ShouldBeNull();
        // A statement changed under the same key, which no real analysis does: only a digest read from the store, not
        // one worked out from the statements, makes the events' key that of the stored events.
        int x = analyses.ToList().FindIndex(a => a.Statements.Count > 0);
        var altered = analyses.ToList();
        altered[x] = altered[x] with { Statements = [altered[x].Statements[0] with { Headline = "another headline" }, .. altered[x].Statements.Skip(1)] };

        events.Build(altered, keys);
        events.Reused.ShouldBeTrue();
        events.Build(altered, [.. keys.Select((k, i) => i == x ? "another key" : k)]);
        events.Reused.ShouldBeFalse();
        events.FinishStoring().ShouldBeNull();
        var other = new EventCache(cache, "another code version");
        other.Build(altered, keys).Events.Count.ShouldBeGreaterThan(0);
        // The store is written beside the rest of a build: whole only once the build has waited for it.
        other.FinishStoring().ShouldBeNull();
        StatementStore.Open(cache, "another code version").ShouldNotBeNull();
        StatementStore.Open(cache, Code).ShouldBeNull();
    }
}
