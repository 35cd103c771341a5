using Timeline.Core.Events;
using Timeline.Core.Events.Incremental;
using Timeline.Core.Pipeline;

namespace Timeline.Core.Tests.Events;

/// <summary>
/// <see cref="TimelineChanges.AfterMerge"/>, told by the merge which events it carried, gives exactly the changes
/// <see cref="TimelineChanges.Between"/> finds by looking every event up among the last build's and asking every one's mentions.
/// </summary>
public sealed class TimelineChangesAfterMergeTests
{
    // The corpus the merge itself is pinned on.
    private static IReadOnlyList<DocumentAnalysis> Documents => IncrementalMergeTests.Corpus.Value;

    [Fact]
    public void ChangesAfterAMergeAroundADatedEdit_AreThoseBetweenTheTwoTimelines()
    {
        var documents = Documents;
        var before = TimelineBuilder.Build(documents);
        int merged = 0;
        for (int seed = 0; seed < 10; seed++)
        {
            var random = new Random(seed);
            int x = random.Next(documents.Count);
            var own = documents[x].Statements.ToList();
            var template = documents[random.Next(documents.Count)].Statements.FirstOrDefault();
            if (template is null) continue;
            int end = own.Count == 0 ? 0 : own.Max(m => m.QuoteStart + m.Quote.Length);
            string id = documents[x].Source.Id;
            own.Add(template with { SourceId = id, Passage = $"p-new-{end}", QuoteStart = end + 2, DateStart = end + 2 + (template.DateStart - template.QuoteStart) });
            var after = documents.ToList();
            after[x] = documents[x] with { Statements = own };
            // Another source whose document changed but not its statements: the events citing it are carried by the merge, and listed.
            string other = before.Events.Where(e => e.Mentions.All(m => m.SourceId != id)).Select(e => e.Mentions[0].SourceId).Skip(seed * 7).First();

            var events = IncrementalMerge.Merge(
                new IncrementalMerge.Last(before.Events, EventMerger.CanonicalOrder([.. documents.SelectMany(d => d.Statements)])),
                [.. after.SelectMany(d => d.Statements)], new HashSet<string>([id]), out _, out _, out int[]? oldOf);
            if (events is null) continue;
            merged++;
            string[] sources = [.. new[] { id, other }.Order(StringComparer.Ordinal)];

            var expected = TimelineChanges.Between("last", before.Events, events, sources);
            var actual = TimelineChanges.AfterMerge("last", before.Events, events, oldOf, sources, [id]);

            actual.Events.ShouldBe(expected.Events, $"seed {seed}");
            actual.Dropped.ShouldBe(expected.Dropped, $"seed {seed}");
            actual.Sources.ShouldBe(expected.Sources);
            actual.Since.ShouldBe(expected.Since);
            expected.Events.ShouldContain(i => events[i].Mentions.Any(m => m.SourceId == other) && oldOf![i] >= 0, "an event carried by the merge cites the other source");
            expected.Events.Count.ShouldBeLessThan(events.Count / 2);
        }
        merged.ShouldBeGreaterThan(5);
    }

    [Fact]
    public void ChangesOfReusedEvents_AreThoseBetweenTheTimelineAndItself()
    {
        var events = TimelineBuilder.Build(Documents).Events;
        string[] sources = [.. events.Where((_, i) => i % 50 == 0).Select(e => e.Mentions[0].SourceId).Distinct().Order(StringComparer.Ordinal)];

        var expected = TimelineChanges.Between("last", events, events, sources);
        var actual = TimelineChanges.AfterMerge("last", events, events, null, sources, []);

        actual.Events.ShouldBe(expected.Events);
        actual.Dropped.ShouldBe(expected.Dropped);
        actual.Events.ShouldNotBeEmpty();
    }
}
