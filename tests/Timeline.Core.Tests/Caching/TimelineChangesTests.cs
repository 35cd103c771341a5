using System.Text.Json;
using Timeline.Core.Caching;
using Timeline.Core.Config;
using Timeline.Core.Events;
using Timeline.Core.Pipeline;
using Timeline.Core.Sources;
using Timeline.Core.Tests.Pipeline;
using Timeline.Tests.Shared;
using Timeline.Temporal;

using static Timeline.Core.Tests.Caching.RebuildSources;

namespace Timeline.Core.Tests.Caching;

/// <summary><see cref="TimelineData.Changes"/>: which events of a cached build may differ from the last build's, never too few.</summary>
public sealed class TimelineChangesTests
{
    private static TimelineData Build(SourceSet sources, string folder, TimelineConfig? config = null) => CachedBuild(sources, folder, config).Result.Timeline;

    private static string Describe(TimelineEvent e) => JsonSerializer.Serialize(e);

    private static string EditedId(SourceSet sources) => sources.Documents[sources.Documents.Count / 2].Id;

    // Every event not listed is the last build's event of its id, whole, and cites no changed source; every event of the last
    // build not carried whole is dropped.
    private static void ShouldHold(TimelineChanges changes, TimelineData last, TimelineData now)
    {
        changes.Since.ShouldBe(last.EventsKey);
        changes.Events.ShouldBe(changes.Events.Order().Distinct().ToList());
        var listed = changes.Events.ToHashSet();
        var before = last.Events.ToDictionary(e => e.Id, Describe, StringComparer.Ordinal);
        var carried = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < now.Events.Count; i++)
        {
            var e = now.Events[i];
            if (listed.Contains(i)) continue;
            before.GetValueOrDefault(e.Id).ShouldBe(Describe(e), $"event {e.Id} is not listed as changed");
            e.Mentions.ShouldNotContain(m => changes.Sources.Contains(m.SourceId));
            carried.Add(e.Id);
        }
        changes.Dropped.ShouldBe(last.Events.Select(e => e.Id).Where(id => !carried.Contains(id)).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void AColdBuild_NamesItsEvents_ButKnowsNoChanges()
    {
        using var temp = new TempFolder();
        var cold = Build(ParallelPipelineTests.GeneratedSources(temp, 20), temp.Combine("cache"));

        cold.EventsKey.ShouldNotBeNullOrEmpty();
        cold.Changes.ShouldBeNull();
    }

    [Fact]
    public void AnUnchangedRebuild_ListsNoChangedEventOrSource()
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 30);
        var first = Build(sources, temp.Combine("cache"));

        var again = Build(sources, temp.Combine("cache"));

        again.EventsKey.ShouldBe(first.EventsKey);
        again.Changes.ShouldNotBeNull();
        again.Changes.Sources.ShouldBeEmpty();
        again.Changes.Events.ShouldBeEmpty();
        again.Changes.Dropped.ShouldBeEmpty();
        ShouldHold(again.Changes, first, again);
    }

    [Fact]
    public void AnEditWithoutANewDate_ListsTheEditedSource_AndTheEventsThatCiteIt()
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 30);
        var first = Build(sources, temp.Combine("cache"));
        var edited = Edited(sources, " Officials declined to comment further.");

        var now = Build(edited, temp.Combine("cache"));

        now.Changes.ShouldNotBeNull();
        now.Changes.Sources.ShouldBe([EditedId(sources)]);
        var citing = now.Events.Select((e, i) => (e, i)).Where(x => x.e.Mentions.Any(m => m.SourceId == EditedId(sources))).Select(x => x.i).ToList();
        citing.ShouldNotBeEmpty();
        now.Changes.Events.ShouldBe(citing);
        ShouldHold(now.Changes, first, now);
    }

    [Fact]
    public void ANewDatedStatement_ListsOnlyTheEventsMergedOrNamedAgain()
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 60);
        var first = Build(sources, temp.Combine("cache"));
        var edited = Edited(sources, " The talks resumed on March 3, 2011.");

        var now = Build(edited, temp.Combine("cache"));

        now.Changes.ShouldNotBeNull();
        now.Changes.Sources.ShouldBe([EditedId(sources)]);
        now.Changes.Events.Count.ShouldBeGreaterThan(0);
        now.Changes.Events.Count.ShouldBeLessThan(now.Events.Count / 2);
        now.Events.Select(e => e.Id).ShouldContain(id => !first.Events.Any(f => f.Id == id), "the new statement made a new event");
        ShouldHold(now.Changes, first, now);
        now.EventsKey.ShouldNotBe(first.EventsKey);
    }

    [Fact]
    public void ChangesHoldAcrossASeriesOfEdits()
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 40);
        var last = Build(sources, temp.Combine("cache"));
        string[] additions = [" The talks resumed on March 3, 2011.", " A vote is due on June 9, 2012.", "", " Officials said nothing in 1999."];
        foreach (string addition in additions)
        {
            var now = Build(Edited(sources, addition), temp.Combine("cache"));
            now.Changes.ShouldNotBeNull();
            ShouldHold(now.Changes, last, now);
            last = now;
        }
    }

    [Fact]
    public void EventsEditedByOverrides_HaveNoKeyAndNoChanges()
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 20);
        var first = Build(sources, temp.Combine("cache"));
        var config = ConfigLoader.Parse($"overrides:\n  - event: {first.Events[0].Id}\n    hide: true\n", "timeline.yml");

        var edited = Build(sources, temp.Combine("cache"), config);

        edited.Events.ShouldNotContain(e => e.Id == first.Events[0].Id);
        edited.EventsKey.ShouldBeNull();
        edited.Changes.ShouldBeNull();
    }

    [Fact]
    public void ManySourcesEditedWithoutANewDate_AreListedWithEveryEventThatCitesThem()
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 40);
        var first = Build(sources, temp.Combine("cache"));
        // More than a few sources: the events citing them are found through a set of their ids, not by comparing with each.
        var ids = sources.Documents.Where((_, i) => i % 3 == 0).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var edited = sources with { Documents = [.. sources.Documents.Select(d => ids.Contains(d.Id) ? d with { Text = d.Text.TrimEnd() + " Officials declined to comment further." } : d)] };

        var now = Build(edited, temp.Combine("cache"));

        now.Changes.ShouldNotBeNull();
        now.Changes.Sources.ShouldBe(ids.Order(StringComparer.Ordinal).ToList());
        now.Changes.Events.ShouldBe(now.Events.Select((e, i) => (e, i)).Where(x => x.e.Mentions.Any(m => ids.Contains(m.SourceId))).Select(x => x.i).ToList());
        ShouldHold(now.Changes, first, now);
    }

    [Fact]
    public void ASourceGoneAndOneAdded_AreBothListed()
    {
        using var temp = new TempFolder();
        var all = ParallelPipelineTests.GeneratedSources(temp, 240);
        // The last one (by id) is new in the second build, and one from the middle is gone: both ends of the match of the
        // documents with the stored sources. Two changed sources of 240: few enough for the merge around them.
        var byId = all.Documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var (added, gone) = (byId[^1], byId[120]);
        var first = Build(all with { Documents = [.. all.Documents.Where(d => d != added)] }, temp.Combine("cache"));

        var now = Build(all with { Documents = [.. all.Documents.Where(d => d != gone)] }, temp.Combine("cache"));

        now.Changes.ShouldNotBeNull();
        now.Changes.Sources.ShouldBe(new[] { added.Id, gone.Id }.Order(StringComparer.Ordinal).ToList());
        now.Events.ShouldNotContain(e => e.Mentions.Any(m => m.SourceId == gone.Id));
        ShouldHold(now.Changes, first, now);
    }
}
