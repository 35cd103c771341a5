using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;

namespace Timeline.Temporal.Rules;

/// <summary>
/// Working days counted from the anchor: <c>the next 4 business days</c> (the four weekdays after it, as one range),
/// <c>previous 3 working days</c> (the three before it), <c>the next business day</c> (one day). A count of business
/// days says which days of the calendar are meant, not how long something lasts, so unlike <c>the next 3 days</c>
/// (a DURATION, as news annotation has it) an article does not make it a length. Weekends are skipped; holidays,
/// which differ by country, are not.
/// </summary>
internal static class BusinessDaySpans
{
    private const int MaxCount = 1000;

    public static Match? Parse(Scan s, int i)
    {
        int j = s.SkipThe(i);
        if (!s.IsClass(j, WordClass.Relation)) return null;
        int direction = (Relation)s[j].Value switch
        {
            Relation.Next or Relation.Coming or Relation.Following => 1,
            Relation.Last or Relation.Past or Relation.Previous => -1,
            _ => 0,
        };
        if (direction == 0) return null;
        int k = j + 1;
        int n = 1;
        if (!s.IsAnyWord(k, "business", "working"))
        {
            n = Quantities.Read(s, k, out k);
            if (n is < 1 or > MaxCount) return null;
        }

        if (!s.IsAnyWord(k, "business", "working") || !s.IsUnit(k + 1, out var unit, out bool plural) || unit != Unit.Day || plural != n > 1) return null;
        int end = k + 2;
        // "the following business day" after a date leans on it; from the anchor only with no earlier date.
        if (s.IsWord(j, "following") && s.LastDate is not null) return null;
        if (s.Anchor is not { } a)
            return n == 1 ? Match.Date(i, end, TimeValue.Unresolved("XXXX-XX-XX", TimePrecision.Day)) : new Match(i, end, MentionKind.DateRange, TimeValue.Unresolved("XXXX-XX-XX/XXXX-XX-XX", TimePrecision.Day));
        var near = Step(a, 1, direction);
        var far = Step(a, n, direction);
        if (n == 1) return Match.Date(i, end, TimeValue.Day(near));
        var (first, last) = direction > 0 ? (near, far) : (far, near);
        return new Match(i, end, MentionKind.DateRange, TimeValue.Range(TimeValue.Day(first), TimeValue.Day(last)));
    }

    /// <summary>The <paramref name="n"/>th weekday from <paramref name="from"/> in <paramref name="direction"/>.</summary>
    private static CalendarDate Step(CalendarDate from, int n, int direction)
    {
        var d = from;
        while (n > 0)
        {
            d = d.AddDays(direction);
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) n--;
        }

        return d;
    }
}
