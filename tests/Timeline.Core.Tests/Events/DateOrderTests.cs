using Timeline.Core.Events;
using Timeline.Core.Events.Incremental;
using Timeline.Temporal;

namespace Timeline.Core.Tests.Events;

/// <summary>
/// The date order kept with the statements (<see cref="DateOrder"/>) and patched after a few sources changed is the one sorting
/// every statement gives, and the neighbours worked out from it (<see cref="DateNeighbours.FromOrder"/>) are those of sorting.
/// </summary>
public sealed class DateOrderTests
{
    private static EventMention Said(string source, string quote, int at, TimeValue value) => new()
    {
        SourceId = source, Passage = $"p{at}", Quote = quote, QuoteStart = at, DateText = value.Timex, DateStart = at, Value = value, Headline = quote,
    };

    // Many statements that start on one day (a day, its month, its year: ties the place decides), ranges, and some without a date.
    private static List<EventMention> Source(string id, int seed)
    {
        var random = new Random(seed);
        var values = new[]
        {
            TimeValue.Day(2011, 3, 3), TimeValue.Month(2011, 3), TimeValue.Year(2011), TimeValue.Day(2011, 3, 4), TimeValue.Year(1990),
            TimeValue.Unresolved("FUTURE_REF", TimePrecision.Day), TimeValue.Unresolved("PAST_REF", TimePrecision.Day), TimeValue.Decade(1980),
        };
        return [.. Enumerable.Range(0, 12).Select(i => Said(id, $"q{random.Next(6)}", i * 10, values[random.Next(values.Length)]))];
    }

    private static List<EventMention> Statements(SortedDictionary<string, List<EventMention>> sources) => [.. sources.Values.SelectMany(s => s)];

    public static TheoryData<string> Changes() => ["inserted", "removed", "changed", "changed and undone"];

    [Theory]
    [MemberData(nameof(Changes))]
    public void Patch_AfterOneSourceChanged_GivesTheDateOrderOfSortingEveryStatement(string change)
    {
        var sources = new SortedDictionary<string, List<EventMention>>(StringComparer.Ordinal);
        foreach (string id in new[] { "a", "b", "d", "e" }) sources[id] = Source(id, id[0]);
        var before = Statements(sources);
        string changed = change == "inserted" ? "c" : "b";
        var original = sources[changed] = change == "inserted" ? Source("c", 7) : sources[changed];
        if (change == "removed") sources.Remove("b");
        if (change.StartsWith("changed", StringComparison.Ordinal)) sources["b"] = Source("b", 99);
        if (change == "inserted") sources.Remove("c");
        var last = EventMerger.CanonicalOrder(before);
        var lastDates = DateOrder.Of(last);
        if (change == "inserted") sources["c"] = original;
        var after = Statements(sources);

        var patch = CanonicalPatch.Patch(last, [.. after.Where(m => m.SourceId == changed)], m => m.SourceId == changed);
        var patched = lastDates.Patch(patch).ShouldNotBeNull();
        if (change == "changed and undone")
        {
            sources["b"] = original;
            var undo = CanonicalPatch.Patch(patch.Order, [.. original], m => m.SourceId == "b");
            patched = patched.Patch(undo).ShouldNotBeNull();
            after = Statements(sources);
            patch = undo;
        }

        var sorted = DateOrder.Of(EventMerger.CanonicalOrder(after));
        patch.Order.ShouldBe(EventMerger.CanonicalOrder(after));
        patched.Placed.ShouldBe(sorted.Placed);
        patched.Starts.ShouldBe(sorted.Starts);
        patched.Ends.ShouldBe(sorted.Ends);
        patched.Unplaced.ShouldNotBeNull().Select(b => b.Timex).ShouldBe(sorted.Unplaced!.Select(b => b.Timex));
        patched.UnplacedPlaces.ShouldBe(sorted.UnplacedPlaces);
        if (change == "changed and undone") patched.Placed.ShouldBe(lastDates.Placed);
    }

    [Fact]
    public void FromOrder_GivesTheNeighboursOfSorting()
    {
        var sources = new SortedDictionary<string, List<EventMention>>(StringComparer.Ordinal);
        for (int s = 0; s < 120; s++) sources[$"s{s:D3}"] = Source($"s{s:D3}", s);
        var items = EventMerger.CanonicalOrder(Statements(sources));
        var order = DateOrder.Of(items);

        var kept = DateNeighbours.FromOrder(items, m => m.Value, order.Placed, order.Starts, order.Ends).ShouldNotBeNull();

        var sorted = DateNeighbours.Of(items, m => m.Value);
        kept.Placed.ShouldBe(sorted.Placed);
        kept.Last.ShouldBe(sorted.Last);
        kept.Unplaced.ShouldBe(sorted.Unplaced);
        kept.Pairs().ShouldBe(sorted.Pairs());
        // Windows full (MaxPerItem) and some shorter: both kinds are compared.
        sorted.Last.Select((last, k) => last - k).Max().ShouldBe(DateNeighbours.MaxPerItem);
    }

    [Fact]
    public void FromOrder_WithTheKeptUndatedBuckets_ReadsNoStatement_AndGivesTheNeighboursOfSorting()
    {
        var sources = new SortedDictionary<string, List<EventMention>>(StringComparer.Ordinal);
        for (int s = 0; s < 40; s++) sources[$"s{s:D3}"] = Source($"s{s:D3}", s);
        var items = EventMerger.CanonicalOrder(Statements(sources));
        var order = DateOrder.Of(items);
        int read = 0;

        var kept = DateNeighbours.FromOrder(items, m => { read++; return m.Value; }, order.Placed, order.Starts, order.Ends, order.UnplacedPlaces).ShouldNotBeNull();

        read.ShouldBe(0);
        kept.Unplaced.ShouldBe(DateNeighbours.Of(items, m => m.Value).Unplaced);
        order.Unplaced!.Count.ShouldBe(2, "FUTURE_REF and PAST_REF");
        // Buckets that do not hold every undated statement once cannot be the statements'.
        DateNeighbours.FromOrder(items, m => m.Value, order.Placed, order.Starts, order.Ends, [order.UnplacedPlaces![0]]).ShouldBeNull();
        DateNeighbours.FromOrder(items, m => m.Value, order.Placed, order.Starts, order.Ends, [.. order.UnplacedPlaces!, [order.Placed[0]]]).ShouldBeNull();
    }

    [Theory]
    [InlineData("two swapped")]
    [InlineData("a dated one left out")]
    [InlineData("one twice")]
    [InlineData("a start changed")]
    public void FromOrder_OfAnOrderThatCannotBeTheStatements_IsNull(string damage)
    {
        var items = EventMerger.CanonicalOrder(Source("a", 1).Concat(Source("b", 2)).ToList());
        var order = DateOrder.Of(items);
        var (placed, starts, ends) = (order.Placed.ToArray(), order.Starts.ToArray(), order.Ends.ToArray());
        int k = Array.FindIndex(starts, s => s != starts[0]);
        switch (damage)
        {
            case "two swapped":
                (placed[0], placed[k]) = (placed[k], placed[0]);
                (starts[0], starts[k]) = (starts[k], starts[0]);
                break;
            case "a dated one left out":
                (placed, starts, ends) = (placed[1..], starts[1..], ends[1..]);
                break;
            case "one twice":
                placed[1] = placed[0];
                starts[1] = starts[0];
                break;
            default:
                starts[^1] = starts[0] - 1;
                break;
        }

        DateNeighbours.FromOrder(items, m => m.Value, placed, starts, ends).ShouldBeNull();
    }
}
