using System.Text.Json;
using Timeline.Core.Events;
using Timeline.Core.Events.Incremental;
using Timeline.Core.Events.Terms;
using Timeline.Core.Pipeline;
using Timeline.Core.Tests.Pipeline;
using Timeline.Tests.Shared;
using Timeline.Temporal;

namespace Timeline.Core.Tests.Events;

/// <summary>
/// Merging again only around the changed sources' statements gives exactly the events of merging everything:
/// ids, order, headlines, dates, mentions, conflicts and related links, over many seeded edits of a generated corpus.
/// </summary>
public sealed class IncrementalMergeTests
{
    internal static readonly Lazy<IReadOnlyList<DocumentAnalysis>> Corpus = new(() =>
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 300, seed: 2023);
        var result = new TimelinePipeline(EnglishRecognizer.Instance).Run(sources);
        return result.Timeline.Documents;
    });

    public enum Edit { AddDated, ChangeDate, RemoveDated, JoinAnotherStory, LeaveStory }

    [Theory]
    [InlineData(Edit.AddDated, true)]
    [InlineData(Edit.ChangeDate, true)]
    [InlineData(Edit.RemoveDated, true)]
    [InlineData(Edit.JoinAnotherStory, true)]
    [InlineData(Edit.LeaveStory, true)]
    [InlineData(Edit.AddDated, false)]
    [InlineData(Edit.JoinAnotherStory, false)]
    [InlineData(Edit.LeaveStory, false)]
    public void Merge_AfterAnEditToOneSource_GivesTheEventsOfTheFullMerge(Edit edit, bool screened)
    {
        var documents = Corpus.Value;
        var before = TimelineBuilder.Build(documents);
        int incremental = 0, tried = 0;
        for (int seed = 0; seed < 12; seed++)
        {
            var random = new Random(seed * 31 + (int)edit);
            int x = random.Next(documents.Count);
            if (Edited(documents, before, x, edit, random) is not { } changed) continue;
            tried++;
            var after = documents.ToList();
            after[x] = documents[x] with { Statements = changed };

            var expected = TimelineBuilder.Build(after).Events;
            var actual = IncrementalMerge.Merge(
                Statements(documents), before.Events, Statements(after), new HashSet<string>([documents[x].Source.Id]), out string? reason, screened);

            if (actual is null)
            {
                reason.ShouldNotBeNull();
                continue;
            }
            incremental++;
            Describe(actual).ShouldBe(Describe(expected), $"{edit} of {documents[x].Source.Id} (seed {seed})");
        }
        tried.ShouldBeGreaterThan(8);
        incremental.ShouldBeGreaterThan(tried * 3 / 4);
    }

    [Fact]
    public void Merge_OfOneSourceRemovedAndOneAdded_GivesTheEventsOfTheFullMerge()
    {
        var documents = Corpus.Value;
        var before = TimelineBuilder.Build(documents);
        var removed = documents[17];
        var added = documents[40] with
        {
            Source = documents[40].Source with { Id = documents[40].Source.Id + "-copy" },
            Statements = [.. documents[40].Statements.Select(m => m with { SourceId = documents[40].Source.Id + "-copy" })],
        };
        var after = documents.Where(d => d != removed).Append(added).OrderBy(d => d.Source.Id, StringComparer.Ordinal).ToList();

        var actual = IncrementalMerge.Merge(
            Statements(documents), before.Events, Statements(after), new HashSet<string>([removed.Source.Id, added.Source.Id]), out _);

        actual.ShouldNotBeNull();
        Describe(actual).ShouldBe(Describe(TimelineBuilder.Build(after).Events));
    }

    [Theory]
    [InlineData(51)]
    [InlineData(52)]
    [InlineData(53)]
    public void Merge_OfDenseStatementsWithFullWindows_GivesTheEventsOfTheFullMerge(int seed)
    {
        // Forty sources, more than MaxPerItem statements a year: windows fill up, so an edit pushes neighbours out of them.
        var random = new RandomStatements(seed);
        // Most statements say something of their own, so the part that can join stays small while the windows are full.
        var statements = random.Statements(2500, sources: 40)
            .Select((m, i) => i % 6 == 0 ? m : m with { Profile = new StatementProfile([], [$"own{i}"], []) })
            .ToList();
        var documents = Documents(statements);
        var before = TimelineBuilder.Build(documents);
        int incremental = 0;
        var whys = new List<string>();
        for (int edit = 0; edit < 6; edit++)
        {
            var rng = new Random(seed * 100 + edit);
            int x = rng.Next(documents.Count);
            var own = documents[x].Statements.ToList();
            var other = statements[rng.Next(statements.Count)];
            if (edit % 3 != 2) own.Add(other with { SourceId = documents[x].Source.Id, QuoteStart = 900_000 + edit * 100, DateStart = 900_000 + edit * 100 + 2 });
            if (edit % 3 != 0 && own.Count > 1) own.RemoveAt(rng.Next(own.Count));
            if (edit % 3 == 1) own[0] = own[0] with { Value = random.Date() };
            var after = documents.ToList();
            after[x] = documents[x] with { Statements = own };

            var actual = IncrementalMerge.Merge(
                Statements(documents), before.Events, Statements(after), new HashSet<string>([documents[x].Source.Id]), out string? why);
            if (actual is null) { whys.Add(why!); continue; }
            incremental++;
            Describe(actual).ShouldBe(Describe(TimelineBuilder.Build(after).Events), $"edit {edit}");
        }
        incremental.ShouldBeGreaterThan(0, string.Join("; ", whys));
    }

    [Fact]
    public void Merge_WhenAStatementInsertedBetweenTwoPushesOneOutOfTheOthersWindow_SplitsTheirEvent()
    {
        // All on one day, ordered by quote: "q000" and "q256" are the window's first and last place apart, and join.
        var profile = new StatementProfile([("summit", "visit")], ["talks", "border"], [["kim"], ["seoul"]]);
        EventMention Statement(string source, string quote, int at, StatementProfile p) =>
            Said(source, quote, at, TimeValue.Day(2020, 5, 1), p, dateText: "1 May 2020");
        var statements = new List<EventMention> { Statement("a", "q000", 0, profile), Statement("b", "q256", 0, profile) };
        for (int i = 1; i < DateNeighbours.MaxPerItem; i++) statements.Add(Statement("filler", $"q{i:D3}", i * 10, new StatementProfile([], [$"own{i}"], [])));
        var documents = Documents(statements);
        var before = TimelineBuilder.Build(documents);
        before.Events.Count(e => e.Mentions.Count == 2).ShouldBe(1);
        var after = documents.Append(Documents([Statement("c", "q100x", 0, new StatementProfile([], ["inserted"], []))])[0]).ToList();

        var actual = IncrementalMerge.Merge(Statements(documents), before.Events, Statements(after), new HashSet<string>(["c"]), out _);

        var expected = TimelineBuilder.Build(after).Events;
        expected.Count(e => e.Mentions.Count == 2).ShouldBe(0);
        actual.ShouldNotBeNull();
        Describe(actual).ShouldBe(Describe(expected));
    }

    [Fact]
    public void Merge_WhenAnEventInsertedBetweenTwoRelatedOnesPushesOneOutOfTheOthersWindow_UnlinksThem()
    {
        // A year and a day of it that share a kind of happening are related; 255 events of that day stand between them.
        EventMention Statement(string source, string headline, int at, TimeValue value, StatementProfile p) => Said(source, headline, at, value, p);
        var day = TimeValue.Day(2020, 1, 1);
        var statements = new List<EventMention>
        {
            Statement("a", "a year of visits", 0, TimeValue.Year(2020), new StatementProfile([("summit", "visit")], ["year"], [])),
            Statement("b", "zz the last visit", 0, day, new StatementProfile([("visited", "visit")], ["last"], [])),
        };
        for (int i = 1; i < DateNeighbours.MaxPerItem; i++) statements.Add(Statement("filler", $"f{i:D3}", i * 10, day, new StatementProfile([], [$"own{i}"], [])));
        var documents = Documents(statements);
        var before = TimelineBuilder.Build(documents);
        before.Events.Single(e => e.Headline == "a year of visits").Related.Count.ShouldBe(1);
        var after = documents.Append(Documents([Statement("c", "m inserted", 0, day, new StatementProfile([], ["inserted"], []))])[0]).ToList();

        var actual = IncrementalMerge.Merge(Statements(documents), before.Events, Statements(after), new HashSet<string>(["c"]), out _);

        var expected = TimelineBuilder.Build(after).Events;
        expected.Single(e => e.Headline == "a year of visits").Related.ShouldBeEmpty();
        actual.ShouldNotBeNull();
        Describe(actual).ShouldBe(Describe(expected));
    }

    [Fact]
    public void Merge_WhenAnEventIsInsertedAmongEventsThatTie_KeepsTheirOrder_AndLinksTheOnesNowInAWindow()
    {
        // Six hundred events of one day with one headline tie in EventOrder but for their ids, and a year of visits with
        // the same two names stands just before them: its window holds the first 256 of them, so an event inserted among
        // them changes which it is linked to, and nothing else may change their order.
        EventMention Statement(string source, string quote, int at, TimeValue value, StatementProfile p) => Said(source, quote, at, value, p, "officials said");
        var day = TimeValue.Day(2020, 1, 1);
        var statements = new List<EventMention> { Statement("a", "a year of visits", 0, TimeValue.Year(2020), new StatementProfile([], ["year"], [["kim"], ["seoul"]])) };
        for (int i = 0; i < 600; i++)
        {
            var profile = new StatementProfile([], [$"own{i}"], [["kim"], ["seoul"]]);
            statements.Add(Statement($"s{i % 40:D2}", $"q{i:D3}", i * 10, day, profile));
        }
        var documents = Documents(statements);
        var before = TimelineBuilder.Build(documents);
        List<string> Ties(IReadOnlyList<TimelineEvent> events) => [.. events.Where(e => e.When == day).Select(e => e.Id)];
        IReadOnlyList<string> YearLinks(IReadOnlyList<TimelineEvent> events) => events.Single(e => e.When.Precision == TimePrecision.Year).Related;
        int reordered = 0, relinked = 0;
        foreach (string quote in new[] { "q000x", "q150x", "q300x", "q450x" })
            foreach (var date in new[] { TimeValue.Day(2020, 6, 1), day })
            {
                var after = documents.Append(Documents([Statement("c", quote, 0, date, new StatementProfile([], ["inserted"], []))])[0])
                    .OrderBy(d => d.Source.Id, StringComparer.Ordinal).ToList();

                var actual = IncrementalMerge.Merge(Statements(documents), before.Events, Statements(after), new HashSet<string>(["c"]), out _);

                var expected = TimelineBuilder.Build(after).Events;
                if (!Ties(expected).Where(Ties(before.Events).Contains).SequenceEqual(Ties(before.Events))) reordered++;
                if (!YearLinks(expected).SequenceEqual(YearLinks(before.Events))) relinked++;
                actual.ShouldNotBeNull();
                Describe(actual).ShouldBe(Describe(expected), $"{quote} on {date.Timex}");
            }
        reordered.ShouldBe(0);
        relinked.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Merge_KeepsTheEventsTheChangeCannotReach_AsTheLastBuildsVeryEvents()
    {
        var documents = Corpus.Value;
        var before = TimelineBuilder.Build(documents);
        int x = documents.Count / 2;
        var after = documents.ToList();
        after[x] = documents[x] with { Statements = [.. documents[x].Statements, Said(documents[x].Source.Id, "The talks resumed on March 3, 2011.", 1_000_000, TimeValue.Day(2011, 3, 3), StatementProfile.Of("The talks resumed on March 3, 2011.", 19, 13))] };

        var actual = IncrementalMerge.Merge(Statements(documents), before.Events, Statements(after), new HashSet<string>([documents[x].Source.Id]), out _);

        actual.ShouldNotBeNull();
        Describe(actual).ShouldBe(Describe(TimelineBuilder.Build(after).Events));
        // Neither made again nor given their ids or links again: the very objects of the last build, in its order.
        var same = new HashSet<TimelineEvent>(before.Events, ReferenceEqualityComparer.Instance);
        int kept = actual.Count(same.Contains);
        kept.ShouldBeGreaterThan(actual.Count * 9 / 10);
        var now = new HashSet<TimelineEvent>(actual, ReferenceEqualityComparer.Instance);
        actual.Where(same.Contains).ShouldBe(before.Events.Where(now.Contains), "kept events keep their order");
    }

    [Fact]
    public void Merge_OfAnEventThatSharesItsSlugWithFarAwayOnes_GivesThemTheirIdsAgain_AndNoOtherEvent()
    {
        // Two events of 2020 say "officials met" (one slug, told apart by their quotes) among a hundred others; a third, added, shares their slug.
        EventMention Met(string source, string quote, int at, TimeValue value) => Said(source, quote, at, value, new StatementProfile([], [quote], []), "officials met");
        var statements = new List<EventMention> { Met("a", "first meeting", 0, TimeValue.Year(2020)), Met("z", "second meeting", 0, TimeValue.Year(2020)) };
        for (int i = 0; i < 100; i++)
            statements.Add(Said($"m{i:D2}", $"story {i}", 0, TimeValue.Day(2000 + i % 40, 1 + i % 12, 1 + i % 28), new StatementProfile([], [$"own{i}"], [])));
        var documents = Documents(statements);
        var before = TimelineBuilder.Build(documents);
        var after = documents.Append(Documents([Met("n", "third meeting", 0, TimeValue.Year(2020))])[0]).OrderBy(d => d.Source.Id, StringComparer.Ordinal).ToList();

        var actual = IncrementalMerge.Merge(Statements(documents), before.Events, Statements(after), new HashSet<string>(["n"]), out _);

        var expected = TimelineBuilder.Build(after).Events;
        actual.ShouldNotBeNull();
        Describe(actual).ShouldBe(Describe(expected));
        var slugged = actual.Where(e => e.Headline == "officials met").ToList();
        slugged.Count.ShouldBe(3);
        slugged.ShouldAllBe(e => e.Id.StartsWith("2020-officials-met-", StringComparison.Ordinal));
        var same = new HashSet<TimelineEvent>(before.Events, ReferenceEqualityComparer.Instance);
        actual.Where(e => e.Headline != "officials met").ShouldAllBe(e => same.Contains(e));
    }

    [Fact]
    public void Merge_WhenTheKeptDateOrderIsOutOfOrder_GivesUp()
    {
        var documents = Corpus.Value;
        var before = TimelineBuilder.Build(documents);
        var order = EventMerger.CanonicalOrder(Statements(documents));
        var dates = DateOrder.Of(order);
        // Two statements of other dates swapped, their starts with them (a file damaged in a way its checksum missed).
        int k = Array.FindIndex(dates.Starts, s => s != dates.Starts[0]);
        var (placed, starts) = (dates.Placed.ToArray(), dates.Starts.ToArray());
        (placed[0], placed[k], starts[0], starts[k]) = (placed[k], placed[0], starts[k], starts[0]);
        int x = documents.Count / 2;
        var after = documents.ToList();
        after[x] = documents[x] with { Statements = [.. documents[x].Statements.Skip(1)] };

        var actual = IncrementalMerge.Merge(
            new IncrementalMerge.Last(before.Events, order, dates with { Placed = placed, Starts = starts }), Statements(after), new HashSet<string>([documents[x].Source.Id]), out var next, out string? reason, out _);

        actual.ShouldBeNull();
        reason.ShouldBe("the stored date order is not that of the stored statements");
        next.DateOrder.ShouldBeNull();
    }

    /// <summary>One source's statements after an edit, or null when the source has none to edit.</summary>
    private static List<EventMention>? Edited(IReadOnlyList<DocumentAnalysis> documents, TimelineData before, int x, Edit edit, Random random)
    {
        var own = documents[x].Statements.ToList();
        string id = documents[x].Source.Id;
        int end = own.Count == 0 ? 0 : own.Max(m => m.QuoteStart + m.Quote.Length);
        // Another source's statement, as if this article had said the same: it joins that story's event.
        EventMention Borrowed()
        {
            var shared = before.Events.Where(e => e.Mentions.Count > 1 && e.Mentions.All(m => m.SourceId != id)).ToList();
            var model = shared[random.Next(shared.Count)].Mentions[0];
            return model with { SourceId = id, Passage = $"p-new-{end}", QuoteStart = end + 2, DateStart = end + 2 + (model.DateStart - model.QuoteStart) };
        }
        switch (edit)
        {
            case Edit.AddDated:
                var any = documents[random.Next(documents.Count)].Statements;
                if (any.Count == 0) return null;
                var template = any[random.Next(any.Count)];
                own.Add(template with { SourceId = id, Passage = $"p-new-{end}", QuoteStart = end + 2, DateStart = end + 2 + (template.DateStart - template.QuoteStart), Value = Shifted(template.Value, random) });
                return own;
            case Edit.JoinAnotherStory:
                own.Add(Borrowed());
                return own;
            case Edit.ChangeDate:
                if (own.Count == 0) return null;
                int c = random.Next(own.Count);
                own[c] = own[c] with { Value = Shifted(own[c].Value, random) };
                return own;
            case Edit.LeaveStory:
                // A statement that shares its event with another source's moves to a date far from it.
                int l = own.FindIndex(m => before.Events.Any(e => e.Mentions.Count > 1 && e.Mentions.Contains(m)));
                if (l < 0) return null;
                own[l] = own[l] with { Value = TimeValue.Day(1911, 3, 1 + random.Next(27)) };
                return own;
            default:
                if (own.Count == 0) return null;
                own.RemoveAt(random.Next(own.Count));
                return own;
        }
    }

    private static TimeValue Shifted(TimeValue value, Random random) =>
        value.IsResolved && value.Precision == TimePrecision.Day ? TimeValue.Day(value.Start!.Value.AddDays(random.Next(-3, 4))) : TimeValue.Day(2019 + random.Next(5), 1 + random.Next(12), 1 + random.Next(28));

    /// <summary>A statement that is its own quote, at <paramref name="at"/> in its source, with the profile merging reads given.</summary>
    private static EventMention Said(string source, string quote, int at, TimeValue value, StatementProfile profile, string? headline = null, string? dateText = null) => new()
    {
        SourceId = source, Passage = $"p{at}", Quote = quote, QuoteStart = at, DateText = dateText ?? value.Timex, DateStart = at,
        Value = value, Headline = headline ?? quote, Profile = profile,
    };

    private static List<EventMention> Statements(IEnumerable<DocumentAnalysis> documents) => [.. documents.SelectMany(d => d.Statements)];

    private static List<DocumentAnalysis> Documents(List<EventMention> statements) => statements
        .GroupBy(m => m.SourceId, StringComparer.Ordinal)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => new DocumentAnalysis(new Timeline.Core.Sources.SourceDocument { Id = g.Key, Path = g.Key + ".txt", Title = g.Key, Text = "" }, [], [], [.. g]))
        .ToList();

    private static string Describe(IReadOnlyList<TimelineEvent> events) => JsonSerializer.Serialize(events.Select(e => new
    {
        e.Id,
        e.When.Timex,
        Start = e.When.Start?.ToString(),
        End = e.When.End?.ToString(),
        e.Headline,
        Mentions = e.Mentions.Select(m => $"{m.SourceId}@{m.DateStart}:{m.Value.Timex}"),
        Conflicts = e.Conflicts.Select(c => c.Timex),
        e.Related,
    }), new JsonSerializerOptions { WriteIndented = true });
}
