using Timeline.Core.Events;
using Timeline.Core.Events.Incremental;

namespace Timeline.Core.Tests.Events;

/// <summary>
/// A statement's merge screen rules a pair of date neighbours out only when merging could not join them, and rules most
/// of them out: what lets an incremental merge leave most neighbours' statements unread.
/// </summary>
public sealed class MergeScreenTests
{
    [Fact]
    public void MayJoin_IsFalseOnlyForNeighboursMergingCannotJoin_AndForMostOfThem()
    {
        var items = EventMerger.CanonicalOrder([.. IncrementalMergeTests.Corpus.Value.SelectMany(d => d.Statements)]);
        var facts = new MergeFacts(items);
        var neighbours = DateNeighbours.Of(items, m => m.Value);
        var screens = items.Select(MergeScreen.Of).ToArray();
        int pairs = 0, ruledOut = 0, joinable = 0;
        void Check(int a, int b)
        {
            pairs++;
            bool may = EventMerger.MayJoin(facts, a, b);
            bool screened = MergeScreen.MayJoin(screens[a], screens[b]);
            if (may) joinable++;
            if (!screened) ruledOut++;
            if (may) screened.ShouldBeTrue($"{items[a].Quote} / {items[b].Quote}");
        }
        for (int k = 0; k < neighbours.Placed.Length; k++)
            for (int m = k + 1; m <= neighbours.Last[k]; m++) Check(neighbours.Placed[k], neighbours.Placed[m]);
        foreach (var list in neighbours.Unplaced)
            for (int x = 0; x < list.Length; x++)
                for (int y = x + 1; y < list.Length && y - x <= DateNeighbours.MaxPerItem; y++) Check(list[x], list[y]);

        joinable.ShouldBeGreaterThan(100);
        ruledOut.ShouldBeGreaterThan(pairs / 2, $"{ruledOut} of {pairs} ruled out");
    }

    [Fact]
    public void Screen_ReadBackFromItsBytes_IsTheSame()
    {
        var statement = IncrementalMergeTests.Corpus.Value.SelectMany(d => d.Statements).First(m => m.Value.IsResolved);
        var screen = MergeScreen.Of(statement);
        var bytes = new byte[MergeScreen.Size];
        screen.Write(bytes);
        MergeScreen.Read(bytes).ShouldBe(screen);
    }
}
