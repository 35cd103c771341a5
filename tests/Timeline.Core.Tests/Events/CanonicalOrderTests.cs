using Timeline.Core.Events;
using Timeline.Temporal;

namespace Timeline.Core.Tests.Events;

/// <summary>The order merging takes statements in: by quote, the date's place in it, and source (all ordinal), then input order.</summary>
public sealed class CanonicalOrderTests
{
    private static EventMention Statement(string name, string source, string quote, int at, int quoteStart = 0) => new()
    {
        SourceId = source,
        Passage = name,
        Quote = quote,
        QuoteStart = quoteStart,
        DateText = "1980",
        DateStart = quoteStart + at,
        Value = TimeValue.Year(1980),
    };

    [Fact]
    public void CanonicalOrder_SortsByQuoteThenDatePlaceThenSourceOrdinally_ThenKeepsInputOrder()
    {
        EventMention[] statements =
        [
            Statement("zürich", "b", "Zürich voted in 1980.", 15),
            Statement("lower", "b", "ankara voted in 1980.", 15),
            Statement("upper-later-date", "a", "Ankara voted in 1980 and 1981.", 25),
            Statement("upper-source-b", "b", "Ankara voted in 1980 and 1981.", 15, quoteStart: 7),
            Statement("upper-source-B", "B", "Ankara voted in 1980 and 1981.", 15, quoteStart: 300),
            Statement("upper-source-b-again", "b", "Ankara voted in 1980 and 1981.", 15, quoteStart: 7),
            Statement("prefix", "c", "Ankara voted", 5),
        ];

        EventMerger.CanonicalOrder(statements).Select(s => s.Passage).ShouldBe(
            ["prefix", "upper-source-B", "upper-source-b", "upper-source-b-again", "upper-later-date", "zürich", "lower"]);
    }

    [Fact]
    public void CanonicalOrder_OfAFewStatements_IsTheirOrderAmongMany()
    {
        // A few statements are sorted by insertion, many by ranks: the few, with ties on every key but input order, must come out
        // as they stand among many (a subset of a sorted list is sorted, and the many keep the few's input order first).
        var random = new Random(11);
        EventMention Random(int i) => Statement($"s{i}", $"src{random.Next(3)}", $"{(random.Next(2) == 0 ? "Ankara" : "ankara")} {random.Next(3)} voted.", random.Next(2) * 5);
        var few = Enumerable.Range(0, 30).Select(Random).ToArray();
        var many = few.Concat(Enumerable.Range(30, 200).Select(Random)).ToArray();
        var isFew = new HashSet<EventMention>(few, ReferenceEqualityComparer.Instance);

        EventMerger.CanonicalOrder(few).Select(s => s.Passage).ShouldBe(EventMerger.CanonicalOrder(many).Where(isFew.Contains).Select(s => s.Passage));
    }

    [Fact]
    public void CanonicalOrder_ManyDistinctQuotes_OrderedAsOneOrdinalSort()
    {
        // Enough distinct quotes for the two halves to be sorted apart and merged; shuffled, with shared prefixes and non-ASCII.
        var random = new Random(7);
        var statements = Enumerable.Range(0, 20_000)
            .Select(i => Statement($"s{i}", $"src{i % 97}", $"{(i % 3 == 0 ? "Ankara" : i % 3 == 1 ? "ankara" : "Zürich")} {random.Next(50_000)} voted in 1980.", 10))
            .ToArray();

        var expected = statements.Select((s, i) => (s, i))
            .OrderBy(x => x.s.Quote, StringComparer.Ordinal).ThenBy(x => x.s.SourceId, StringComparer.Ordinal).ThenBy(x => x.i)
            .Select(x => x.s.Passage);
        EventMerger.CanonicalOrder(statements).Select(s => s.Passage).ShouldBe(expected);
    }
}
