using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;

namespace Timeline.Temporal.Rules;

/// <summary>
/// Stretches of days counted from the anchor or from a named day, as one range with an inclusive end:
/// <c>next 3 days</c> (tomorrow on), <c>past 3 weeks</c> (up to yesterday), <c>within 5 days</c> and
/// <c>within the next 3 years</c> (today on), <c>for 3 days from today</c>, <c>a week starting tomorrow</c>,
/// <c>3 days starting from next Monday</c>.
/// <para>
/// With an article or a possessive, <c>the past three years</c> stays a length of time (TimeML's DURATION,
/// which is how news annotation has it, see <see cref="Durations"/>); only the bare adverb
/// (<c>I'll be out next 3 days</c>) and the framed forms here name when.
/// </para>
/// </summary>
internal static class Spans
{
    public static Match? Parse(Scan s, int i) => Within(s, i) ?? Bare(s, i) ?? Starting(s, i) ?? BusinessDaySpans.Parse(s, i);

    /// <summary><c>within 5 days</c>, <c>within the next 3 years</c>, <c>within 2 weeks from today</c>, <c>within the past 3 weeks</c>; also after <c>less than</c>.</summary>
    private static Match? Within(Scan s, int i)
    {
        bool within = s.IsWord(i, "within");
        if (!within && !(s.IsWord(i - 2, "less") && s.IsWord(i - 1, "than"))) return null;
        int j = within ? s.SkipThe(i + 1) : i;
        int direction = 1;
        if (within && Direction(s, j) is var d and not 0)
        {
            direction = d;
            j++;
        }

        if (!Counted.Read(s, j, out var count, out int end)) return null;
        // "within 2 weeks from today", "less than 3 days after tomorrow": counted from that day on.
        bool fromToday = direction > 0 && s.IsAnyWord(end, "from", "after") && (s.IsAnyWord(end + 1, "now", "today") || s.IsWord(end + 1, "tomorrow"));
        var from = fromToday && s.IsWord(end + 1, "tomorrow") ? From.Tomorrow : direction > 0 ? From.Today : From.Yesterday;
        if (fromToday) end += 2;
        // "less than 2 weeks" alone is a length, which the Durations rule keeps; "within a week of his
        // capture" counts from another event, and "was killed within a week" from a past one.
        if (!within && !fromToday || s.IsAnyWord(end, "of", "after", "before") || TenseReader.Read(s, i, end) == Tense.Past) return null;
        return Make(s, i, end, from, count, inclusiveOfStart: true);
    }

    /// <summary><c>next 3 days</c>, <c>past 3 weeks</c>, <c>past month</c>, <c>last 3year</c>, <c>previous 2 months</c>, <c>next couple of weeks</c>, <c>2 upcoming months</c>: the bare adverb, not <c>the past three years</c>.</summary>
    private static Match? Bare(Scan s, int i)
    {
        if (s.IsClass(i, WordClass.Relation))
        {
            int direction = Direction(s, i);
            if (direction == 0 || HasDeterminer(s, i)) return null;
            if (!Counted.Read(s, i + 1, out var count, out int end))
            {
                // "past month", "past day": one unit up to yesterday, as "past 1 month" ("last month" is the calendar month).
                if (!s.IsWord(i, "past") || !s.IsUnit(i + 1, out var one, out bool many) || many || !Counted.IsCalendarUnit(one) || s.IsDash(i + 2)) return null;
                if (one == Unit.Day) return Match.Date(i, i + 2, s.Anchor is { } a ? TimeValue.Day(a.AddDays(-1)) : TimeValue.Unresolved("XXXX-XX-XX", TimePrecision.Day));
                (count, end) = (Counted.Of(one, 1, 1), i + 2);
            }

            return Make(s, i, end, direction > 0 ? From.Tomorrow : From.Yesterday, count);
        }

        // The count first: "2 upcoming months", "5 past years", "10 previous weeks", "2 next days". Only a plural
        // unit ("23 next month" is a day of next month); "the 3 previous years" leans on another date.
        if (!Counted.MayStart(s, i)) return null;
        int n = Quantities.Read(s, i, out int k);
        int dir = n > 1 ? Direction(s, k) : 0;
        if (dir == 0 || dir < 0 && HasDeterminer(s, i) || s.IsWord(k, "following")) return null;
        if (!s.IsUnit(k + 1, out var unit, out bool plural) || !plural || !Counted.IsCalendarUnit(unit)) return null;
        return Make(s, i, k + 2, dir > 0 ? From.Tomorrow : From.Yesterday, Counted.Of(unit, n, k + 2 - i));
    }

    /// <summary>
    /// <c>a week starting tomorrow</c>, <c>3 days starting from next Monday</c>, <c>2 weeks beginning May 20th</c>,
    /// and after <c>for</c>: <c>for 3 days from today</c>, <c>for 1 week, from 20th dec</c>.
    /// </summary>
    private static Match? Starting(Scan s, int i)
    {
        if (!Counted.Read(s, i, out var count, out int j)) return null;
        bool forCount = s.IsWord(i - 1, "for");
        if (s.IsPunct(j, ',') && forCount) j++;
        if (s.IsAnyWord(j, "starting", "beginning"))
        {
            j++;
            if (s.IsAnyWord(j, "from", "on")) j++;
        }
        else if (forCount && s.IsWord(j, "from")) j++;
        else return null;

        var start = Grammar.Grammar.ParseDate(s, j);
        if (start is null || start.Kind != MentionKind.Date || start.Value.Precision != TimePrecision.Day) return null;
        if (start.Value.Start is not { } day) return new Match(i, start.End, MentionKind.DateRange, TimeValue.Unresolved($"{start.Value.Timex}/XXXX-XX-XX", TimePrecision.Day));
        var last = count.AddTo(day).AddDays(-1);
        return last < day ? null : new Match(i, start.End, MentionKind.DateRange, TimeValue.Range(TimeValue.Day(day), TimeValue.Day(last)));
    }

    private enum From
    {
        Today,
        Tomorrow,
        Yesterday,
    }

    /// <summary>
    /// The stretch of <paramref name="count"/> from <paramref name="from"/>: back from yesterday, or on from today
    /// or tomorrow. "next 3 days" starts tomorrow and ends three days on; "within 3 days from tomorrow" holds three
    /// days starting tomorrow (<paramref name="inclusiveOfStart"/>).
    /// </summary>
    private static Match? Make(Scan s, int first, int end, From from, Counted count, bool inclusiveOfStart = false)
    {
        if (s.Anchor is not { } a) return new Match(first, end, MentionKind.DateRange, TimeValue.Unresolved("XXXX-XX-XX/XXXX-XX-XX", TimePrecision.Day));
        CalendarDate start, last;
        switch (from)
        {
            case From.Yesterday:
                start = count.SubtractFrom(a);
                last = a.AddDays(-1);
                break;
            case From.Tomorrow:
                start = a.AddDays(1);
                last = inclusiveOfStart ? count.AddTo(start).AddDays(-1) : count.AddTo(a);
                break;
            default:
                start = a;
                last = count.AddTo(a).AddDays(-1);
                break;
        }

        return last < start ? null : new Match(first, end, MentionKind.DateRange, TimeValue.Range(TimeValue.Day(start), TimeValue.Day(last)));
    }

    /// <summary>+1 for next/coming/upcoming/following, -1 for past/last/previous, 0 for any other relation.</summary>
    private static int Direction(Scan s, int i)
    {
        if (s.IsWord(i, "upcoming")) return 1;
        if (!s.IsClass(i, WordClass.Relation)) return 0;
        return (Relation)s[i].Value switch
        {
            Relation.Next or Relation.Coming or Relation.Following => 1,
            Relation.Past or Relation.Last or Relation.Previous => -1,
            _ => 0,
        };
    }

    // "the past three years", "his last three years", "its next two months": a length of time, or a stretch
    // of someone's tenure, not the days around the anchor.
    private static bool HasDeterminer(Scan s, int i) =>
        s.IsAnyWord(i - 1, "the", "his", "her", "its", "their", "our", "my", "your", "whose", "these", "those", "a", "first", "over", "during", "throughout")
        || s.IsWord(i - 1, "s") && s.IsGlued(i - 1) && (s.IsPunct(i - 2, '\'') || s.IsPunct(i - 2, '’'));
}
