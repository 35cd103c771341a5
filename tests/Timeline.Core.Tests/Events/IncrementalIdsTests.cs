using Timeline.Core.Events;
using Timeline.Core.Events.Incremental;
using Timeline.Core.Events.Terms;
using Timeline.Temporal;

namespace Timeline.Core.Tests.Events;

/// <summary>
/// The incremental ids read a kept event's id only when its root key matches a root worked out again: keys that collide
/// (every kept event's key that of the new event's root) must give what keys of their own give, every event of another root
/// still the last build's very object.
/// </summary>
public sealed class IncrementalIdsTests
{
    [Fact]
    public void Assign_WithRootKeysThatAllCollide_NamesAgainOnlyTheEventsOfTheNewEventsRoot()
    {
        var (before, fresh) = SlugSharedWithFarAwayEvents();
        var gone = new bool[before.Count];
        var own = IncrementalIds.Assign(before, gone, [fresh], IncrementalIds.RootKeys(before));
        int key = IncrementalIds.RootKeys([fresh with { Id = EventIds.BaseOf(fresh) }])[0];
        var colliding = new int[before.Count];
        Array.Fill(colliding, key);

        var all = IncrementalIds.Assign(before, gone, [fresh], colliding);

        own.ShouldNotBeNull();
        all.ShouldNotBeNull();
        all.Value.Events.Select(e => e.Id).ShouldBe(own.Value.Events.Select(e => e.Id));
        all.Value.OldOf.ShouldBe(own.Value.OldOf);
        var same = new HashSet<TimelineEvent>(before, ReferenceEqualityComparer.Instance);
        all.Value.Events.Where(e => e.Headline != "officials met").ShouldAllBe(e => same.Contains(e));
        all.Value.Events.Count(e => e.Headline == "officials met").ShouldBe(3);
        all.Value.Events.Where(e => e.Headline == "officials met").ShouldAllBe(e => !same.Contains(e));
    }

    [Fact]
    public void RootKeys_AreAlikeForIdsOfOneRoot()
    {
        TimelineEvent Named(string id) => new() { Id = id, Headline = "h", When = TimeValue.Year(2020), Mentions = [] };

        var keys = IncrementalIds.RootKeys([Named("2020-officials-met"), Named("2020-officials-met-a1b2c3"), Named("2020-officials-met-2"), Named("2020-officials-left")]);

        keys[1].ShouldBe(keys[0]);
        keys[2].ShouldBe(keys[0]);
        keys[3].ShouldNotBe(keys[0]);
    }

    // Two events of 2020 say "officials met" among a hundred others; a third, new and without an id, shares their slug.
    private static (IReadOnlyList<TimelineEvent> Before, TimelineEvent Fresh) SlugSharedWithFarAwayEvents()
    {
        var statements = new List<EventMention> { Met("a", "first meeting"), Met("z", "second meeting") };
        for (int i = 0; i < 100; i++)
            statements.Add(Said($"m{i:D2}", $"story {i}", TimeValue.Day(2000 + i % 40, 1 + i % 12, 1 + i % 28), new StatementProfile([], [$"own{i}"], []), null));
        var before = TimelineBuilder.Build(Documents(statements)).Events;
        var fresh = TimelineBuilder.ToEvent([Met("n", "third meeting")]);
        return (before, fresh);
    }

    private static EventMention Met(string source, string quote) => Said(source, quote, TimeValue.Year(2020), new StatementProfile([], [quote], []), "officials met");

    private static EventMention Said(string source, string quote, TimeValue value, StatementProfile profile, string? headline) => new()
    {
        SourceId = source, Passage = "p0", Quote = quote, QuoteStart = 0, DateText = value.Timex, DateStart = 0, Value = value, Headline = headline ?? quote, Profile = profile,
    };

    private static List<DocumentAnalysis> Documents(List<EventMention> statements) => [.. statements
        .GroupBy(m => m.SourceId, StringComparer.Ordinal)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => new DocumentAnalysis(new Timeline.Core.Sources.SourceDocument { Id = g.Key, Path = g.Key + ".txt", Title = g.Key, Text = "" }, [], [], [.. g]))];
}
