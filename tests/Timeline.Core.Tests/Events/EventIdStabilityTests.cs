using Timeline.Core.Events;
using Timeline.Temporal;

namespace Timeline.Core.Tests.Events;

/// <summary>
/// Events that share their slug and their first quote (the same sentence, dated the same, in several
/// articles without being merged) get ids from where they stand, so adding one does not rename the others.
/// </summary>
public sealed class EventIdStabilityTests
{
    private const string Quote = "Velbrali has seen repeated protests in the 1980s, officials say.";

    private static TimelineEvent Repeated(string source, int offset) => new()
    {
        Id = "",
        When = TimeValue.Decade(1980),
        Headline = "Velbrali has seen repeated protests",
        Mentions =
        [
            new EventMention
            {
                SourceId = source,
                Passage = "p1",
                Quote = Quote,
                QuoteStart = offset,
                DateText = "the 1980s",
                DateStart = offset + 38,
                Value = TimeValue.Decade(1980),
            },
        ],
    };

    private static Dictionary<(string, int), string> IdsOf(IEnumerable<TimelineEvent> events) =>
        EventIds.Assign([.. events]).ToDictionary(e => (e.Mentions[0].SourceId, e.Mentions[0].QuoteStart), e => e.Id);

    [Fact]
    public void Ids_OfEventsWithTheSameQuote_DoNotChangeWhenAnotherLikeThemIsAdded()
    {
        var before = IdsOf([Repeated("c", 10), Repeated("e", 400), Repeated("g", 90)]);
        var after = IdsOf([Repeated("c", 10), Repeated("d", 5), Repeated("e", 400), Repeated("a", 7), Repeated("g", 90)]);

        foreach (var (where, id) in before) after[where].ShouldBe(id);
        after.Values.Distinct().Count().ShouldBe(after.Count);
    }

    [Fact]
    public void Ids_OfEventsWithTheSameQuote_DoNotDependOnTheOrderTheyCameIn()
    {
        TimelineEvent[] events = [Repeated("c", 10), Repeated("c", 300), Repeated("b", 10), Repeated("a", 52)];
        IdsOf(events.Reverse()).OrderBy(kv => kv.Key).ShouldBe(IdsOf(events).OrderBy(kv => kv.Key));
    }

    [Fact]
    public void EventsThatTieOnDateAndHeadline_ComeOutInTheOrderOfTheirIds_WhateverOrderTheyCameIn()
    {
        // More than the sort's insertion-sort threshold (16), where an unstable sort's order of ties depends on the input.
        var events = Enumerable.Range(0, 60).Select(i => Repeated($"s{i:D2}", 10 + i)).ToList();
        var shuffled = events.OrderBy(e => (e.Mentions[0].QuoteStart * 37) % 61).ToList();

        var ids = EventIds.Assign([.. events]).Select(e => e.Id).ToList();

        EventIds.Assign(shuffled).Select(e => e.Id).ShouldBe(ids);
        EventIds.Assign([.. Enumerable.Reverse(events)]).Select(e => e.Id).ShouldBe(ids);
        ids.ShouldBe(ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Ids_OfEventsWithTheSameQuote_SayWhichSourceAndOffset_NotACounter()
    {
        var ids = IdsOf([Repeated("c", 10), Repeated("c", 300)]).Values.ToList();
        ids.ShouldAllBe(id => id.StartsWith("198x-velbrali-has-seen-repeated-protests-", StringComparison.Ordinal));
        ids.ShouldNotContain(id => id.EndsWith("-2", StringComparison.Ordinal));
        ids.Distinct().Count().ShouldBe(2);
    }
}
