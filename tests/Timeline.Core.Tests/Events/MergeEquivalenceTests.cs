using Timeline.Core.Events;
using Timeline.Core.Events.Terms;
using Timeline.Core.Tests.Events.Reference;

namespace Timeline.Core.Tests.Events;

/// <summary>
/// The indexed merging (date windows scanned once, pairs prefiltered by summaries, queued by score
/// and sorted in linear time, groups checked by their distinct dates) gives exactly what the plain
/// pairwise rule gives, on made-up statements dense enough to exercise every branch.
/// </summary>
public sealed class MergeEquivalenceTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Similarity_OfCompiledProfiles_EqualsThePairwiseCount(int seed)
    {
        var random = new RandomStatements(seed);
        var profiles = Enumerable.Range(0, 300).Select(_ => random.Profile()).ToList();
        for (int i = 0; i < profiles.Count; i++)
            for (int j = 0; j < profiles.Count; j++)
            {
                var expected = PairwiseSimilarity.Of(profiles[i], profiles[j]);
                Similarity.Of(profiles[i], profiles[j]).ShouldBe(expected);
                if (expected.IsRelated || expected.IsSameEvent || expected.IsStrong || expected.IsSameEventInOneArticle)
                    Similarity.MayMatch(profiles[i], profiles[j]).ShouldBeTrue();
            }
    }

    [Theory]
    [InlineData(11, 150)]
    [InlineData(12, 600)]
    [InlineData(13, 1500)]
    [InlineData(14, 1500)]
    public void Merge_GivesTheGroupsOfThePairwiseRule(int seed, int count)
    {
        var statements = new RandomStatements(seed).Statements(count);

        var expected = PairwiseMerger.Merge(statements);
        var actual = EventMerger.Merge(statements);

        expected.Count(g => g.Count > 1).ShouldBeGreaterThan(count / 50);
        actual.Count.ShouldBe(expected.Count);
        for (int g = 0; g < expected.Count; g++)
            actual[g].ShouldBe(expected[g], ignoreOrder: false);
    }

    [Fact]
    public void Merge_WithMoreDistinctExtentsThanItRanks_GivesTheGroupsOfThePairwiseRule()
    {
        var statements = new RandomStatements(15).WithManyExtents(1000);
        new MergeFacts(statements).ExtentRankCount.ShouldBe(0);

        var expected = PairwiseMerger.Merge(statements);
        var actual = EventMerger.Merge(statements);

        expected.Count(g => g.Count > 1).ShouldBeGreaterThan(10);
        actual.Select(g => g.ToList()).ShouldBe(expected);
    }

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    public void DateNeighbours_AreThePairsOfTheSortedScan(int seed)
    {
        var random = new RandomStatements(seed);
        var dates = Enumerable.Range(0, 1200).Select(_ => random.Date()).ToList();

        DateNeighbours.Pairs(dates, d => d).ShouldBe(PairwiseMerger.Pairs(dates, d => d), ignoreOrder: false);
    }

    [Theory]
    [InlineData(41, 400)]
    [InlineData(42, 1200)]
    public void RelatedLinks_AreThoseOfEveryStatementAgainstEveryStatement(int seed, int count)
    {
        var groups = EventMerger.Merge(new RandomStatements(seed).Statements(count));
        var events = TimelineBuilder.Finish(groups.Select(TimelineBuilder.ToEvent).ToList());

        var expected = PairwiseRelated.Link(events);
        var actual = RelatedEvents.Link(events);

        expected.Sum(e => e.Related.Count).ShouldBeGreaterThan(0);
        actual.Select(e => e.Related).ShouldBe(expected.Select(e => e.Related));
    }

    [Fact]
    public void RadixSort_SortsLikeArraySort()
    {
        var random = new Random(5);
        foreach (int length in new[] { 0, 1, 100, 5000, 70000 })
        {
            var keys = Enumerable.Range(0, length).Select(_ => random.NextInt64(0, 1L << (1 + random.Next(62)))).ToArray();
            var expected = keys.Order().ToArray();
            RadixSort.Sort(keys);
            keys.ShouldBe(expected);
        }
    }
}
