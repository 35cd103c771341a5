using Timeline.Core.Events;
using Timeline.Core.Events.Incremental;
using Timeline.Temporal;

namespace Timeline.Core.Tests.Events;

/// <summary>The canonical order patched after a few sources changed is the one sorting every statement gives.</summary>
public sealed class CanonicalPatchTests
{
    private static EventMention Said(string source, string quote, int quoteStart, int at) => new()
    {
        SourceId = source, Passage = $"p{quoteStart}", Quote = quote, QuoteStart = quoteStart, DateText = "2020", DateStart = quoteStart + at,
        Value = TimeValue.Year(2020), Headline = quote,
    };

    // Quotes shared across sources, one date twice in one sentence repeated in a source (a tie the input order decides).
    private static List<EventMention> Source(string id, params (string Quote, int At)[] statements) =>
        [.. statements.Select((s, i) => Said(id, s.Quote, i * 100, s.At))];

    [Theory]
    [InlineData("a")]
    [InlineData("c")]
    [InlineData("e")]
    public void Patch_AfterOneSourceChanged_GivesTheOrderOfSortingEveryStatement(string changedId)
    {
        var sources = new SortedDictionary<string, List<EventMention>>(StringComparer.Ordinal)
        {
            ["a"] = Source("a", ("the talks", 4), ("the talks", 0), ("zoo", 1)),
            ["b"] = Source("b", ("the talks", 4), ("alpha", 2), ("alpha", 2), ("the talks", 4)),
            ["c"] = Source("c", ("middle", 3), ("the talks", 4), ("alpha", 2)),
            ["d"] = Source("d", ("the talks", 5), ("omega", 0)),
        };
        var before = sources.Values.SelectMany(s => s).ToList();
        var oldOrder = EventMerger.CanonicalOrder(before);
        // The changed source now says other things, one of them twice, and some of what it said and others say.
        sources[changedId] = Source(changedId, ("the talks", 4), ("beta", 1), ("beta", 1), ("alpha", 2), ("the talks", 0), ("zz", 9));
        var after = sources.Values.SelectMany(s => s).ToList();

        var patched = CanonicalPatch.Patch(oldOrder, [.. after.Where(m => m.SourceId == changedId)], m => m.SourceId == changedId).Order;

        patched.ShouldBe(EventMerger.CanonicalOrder(after));
    }

    [Fact]
    public void Patch_WhenASourceIsGone_LeavesTheOthersInTheirOrder()
    {
        var statements = Source("a", ("x", 1), ("b", 0)).Concat(Source("b", ("c", 0), ("a", 1))).ToList();

        var patched = CanonicalPatch.Patch(EventMerger.CanonicalOrder(statements), [], m => m.SourceId == "a").Order;

        patched.ShouldBe(EventMerger.CanonicalOrder([.. statements.Where(m => m.SourceId == "b")]));
    }

    [Fact]
    public void Patch_OfAnEditThatKeepsASourcesStatements_ReadsNoOtherSourcesStatement()
    {
        var statements = Source("a", ("the talks", 4), ("zoo", 1)).Concat(Source("b", ("middle", 3), ("the talks", 4), ("omega", 0)))
            .Concat(Source("c", ("alpha", 2), ("the talks", 5))).ToList();
        var oldOrder = new ReadsCounted(EventMerger.CanonicalOrder(statements), m => m.SourceId != "b");
        // The text around b's statements changed (their offsets in it), not their quotes: each goes where its old self stood.
        var now = Source("b", ("middle", 3), ("the talks", 4), ("omega", 0)).Select(m => m with { QuoteStart = m.QuoteStart + 7, DateStart = m.DateStart + 7 }).ToList();

        int[] removed = [.. Enumerable.Range(0, oldOrder.Count).Where(i => EventMerger.CanonicalOrder(statements)[i].SourceId == "b")];

        var patched = CanonicalPatch.Patch(oldOrder, now, m => m.SourceId == "b", removed).Order;

        oldOrder.Counted.ShouldBe(0, "no statement of another source was compared");
        patched.ToList().ShouldBe(EventMerger.CanonicalOrder([.. statements.Where(m => m.SourceId != "b"), .. now]));
    }

    // A list that counts how many of its items that `counted` holds were read by index.
    private sealed class ReadsCounted(List<EventMention> items, Func<EventMention, bool> counted) : IReadOnlyList<EventMention>
    {
        public int Counted { get; private set; }

        public int Count => items.Count;

        public EventMention this[int index]
        {
            get
            {
                if (counted(items[index])) Counted++;
                return items[index];
            }
        }

        public IEnumerator<EventMention> GetEnumerator() => items.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
