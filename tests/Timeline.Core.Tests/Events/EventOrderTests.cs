using Timeline.Core.Events;
using Timeline.Temporal;

namespace Timeline.Core.Tests.Events;

public sealed class EventOrderTests
{
    private static TimelineEvent Event(TimeValue when, string headline) =>
        new() { Id = headline, When = when, Headline = headline, Mentions = [] };

    [Fact]
    public void Order_PutsACoarserDateBeforeAFinerOneStartingTheSameDay()
    {
        var events = new[]
        {
            Event(TimeValue.Day(1953, 1, 1), "day"),
            Event(TimeValue.Month(1953, 1), "month"),
            Event(TimeValue.Year(1953), "year"),
            Event(TimeValue.Year(1950), "earlier"),
        };
        events.Order(EventOrder.Instance).Select(e => e.Headline).ShouldBe(["earlier", "year", "month", "day"]);
    }

    [Fact]
    public void Order_PlacesUnresolvedEventsLastAndIgnoresInputOrder()
    {
        var a = Event(TimeValue.Unresolved("PAST_REF", TimePrecision.Year), "unknown");
        var b = Event(TimeValue.Year(2000), "b");
        var c = Event(TimeValue.Year(2000), "a");
        new[] { a, b, c }.Order(EventOrder.Instance).Select(e => e.Headline).ShouldBe(["a", "b", "unknown"]);
        new[] { c, a, b }.Order(EventOrder.Instance).Select(e => e.Headline).ShouldBe(["a", "b", "unknown"]);
    }
}
