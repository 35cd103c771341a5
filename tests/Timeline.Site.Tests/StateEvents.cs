using Timeline.Core.Events;
using Timeline.Temporal;

namespace Timeline.Site.Tests;

/// <summary>Events made by hand for the tests of what a build state records of them (links, position starts): each of 2011, each mention its own passage.</summary>
internal static class StateEvents
{
    public static EventMention Mention(string source, int start) => new()
    {
        SourceId = source, Passage = $"p{start}", Quote = $"q{start}", QuoteStart = start, DateText = "2011", DateStart = start, Value = TimeValue.Year(2011),
    };

    public static TimelineEvent Event(string id, params EventMention[] mentions) => new() { Id = id, When = TimeValue.Year(2011), Headline = id, Mentions = mentions };

    public static TimelineData TimelineOf(IReadOnlyList<TimelineEvent> events, TimelineChanges? changes) => new([], events) { EventsKey = "now", Changes = changes };
}
