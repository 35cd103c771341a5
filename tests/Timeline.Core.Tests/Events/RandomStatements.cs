using Timeline.Core.Events;
using Timeline.Core.Events.Terms;
using Timeline.Temporal;

namespace Timeline.Core.Tests.Events;

/// <summary>
/// Statements made up from a small vocabulary and a few years of dates, dense enough that most
/// neighbours are alike, groups meet incompatible dates and sentences, windows fill up (more than
/// <see cref="DateNeighbours.MaxPerItem"/> statements in a year), and ties in score are common.
/// </summary>
internal sealed class RandomStatements(int seed)
{
    private static readonly string[] Stems =
        ["govern", "government", "governor", "state", "statement", "station", "russia", "russian", "ship", "shipping", "war", "tax",
         "harbour", "harbor", "bridge", "bridg", "price", "pric", "grain", "border", "borders", "talk", "talks"];

    private static readonly (string Stem, string Kind)[] Happenings =
        [("attack", "conflict"), ("attacked", "conflict"), ("invad", "conflict"), ("invas", "conflict"), ("treaty", "agreement"),
         ("signed", "agreement"), ("summit", "visit"), ("visit", "visit"), ("visited", "visit"), ("vote", "election"), ("elect", "election")];

    private static readonly string[] NameWords = ["korea", "north", "south", "seoul", "shoigu", "sergei", "ukrain", "ukraine", "kim", "kyiv"];

    private readonly Random _random = new(seed);

    public StatementProfile Profile()
    {
        var happenings = Enumerable.Range(0, _random.Next(3)).Select(_ => Happenings[_random.Next(Happenings.Length)]).ToList();
        var content = Enumerable.Range(0, _random.Next(6)).Select(_ => Stems[_random.Next(Stems.Length)]).ToList();
        var names = Enumerable.Range(0, _random.Next(4))
            .Select(_ => Enumerable.Range(0, _random.Next(20) == 0 ? 0 : 1 + _random.Next(2)).Select(_ => NameWords[_random.Next(NameWords.Length)]).ToArray())
            .ToList();
        return new StatementProfile(happenings, content, names);
    }

    public TimeValue Date()
    {
        int year = 2001 + _random.Next(3);
        return _random.Next(12) switch
        {
            0 => TimeValue.Year(year),
            1 => TimeValue.Month(year, 1 + _random.Next(3)),
            2 => TimeValue.Decade(2000),
            3 => TimeValue.WeekOf(new CalendarDate(year, 1 + _random.Next(3), 1 + _random.Next(28))),
            4 => TimeValue.Range(TimeValue.Day(year, 2, 3), TimeValue.Day(year, 2, 3 + _random.Next(1, 4))),
            5 => TimeValue.Unresolved(_random.Next(2) == 0 ? "XXXX-07-25" : "XXXX-08", TimePrecision.Day),
            _ => TimeValue.Day(year, 1 + _random.Next(3), 1 + _random.Next(28)),
        };
    }

    /// <summary>
    /// <see cref="Statements"/>, and beside them statements dated by ranges of every length from one
    /// day to 1,100: too many distinct extents to rank, so the merge orders pairs by comparison.
    /// </summary>
    public List<EventMention> WithManyExtents(int count)
    {
        var list = Statements(count);
        var first = new CalendarDate(1990, 1, 1);
        foreach (int length in Enumerable.Range(1, 1100))
        {
            var start = first.AddDays(_random.Next(400));
            var value = TimeValue.Range(TimeValue.Day(start), TimeValue.Day(start.AddDays(length)));
            list.Add(list[_random.Next(count)] with { Value = value, DateText = value.Timex, IsWeak = false, QuoteStart = 100_000 + length });
        }
        return list;
    }

    /// <summary><paramref name="count"/> statements from a handful of sources, some sharing a sentence, a few weak.</summary>
    public List<EventMention> Statements(int count, int sources = 4)
    {
        var list = new List<EventMention>(count);
        for (int i = 0; i < count; i++)
        {
            string source = $"src{_random.Next(sources)}";
            int sentence = _random.Next(count / 3 + 1) * 100;
            var value = Date();
            list.Add(new EventMention
            {
                SourceId = source,
                Passage = $"s{sentence / 100 + 1}",
                // Quotes repeat, so the order by quote falls back on the date's place and the source.
                Quote = $"quote {_random.Next(count / 2 + 1)}",
                QuoteStart = sentence,
                DateText = value.Timex,
                DateStart = sentence + _random.Next(5),
                Value = value,
                IsWeak = _random.Next(25) == 0,
                Headline = $"headline {_random.Next(count)}",
                Profile = Profile(),
            });
        }
        return list;
    }
}
