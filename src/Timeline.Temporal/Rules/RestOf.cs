using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;

namespace Timeline.Temporal.Rules;

/// <summary>
/// <c>the rest of the week</c>, <c>rest of this month</c>, <c>the rest of the year</c>, <c>the remainder of the week</c>: from the anchor
/// to the last day of its week (Monday to Sunday), month or year.
/// </summary>
internal static class RestOf
{
    public static Match? Parse(Scan s, int i)
    {
        int first = i;
        i = s.SkipThe(i);
        // "the rest of the week", "the remainder of the month"; chat also writes "the remaining of the week".
        if (!s.IsAnyWord(i, "rest", "remainder", "remaining")) return null;
        if (!s.IsWord(i, "rest") && !s.IsWord(i + 1, "of")) return null;
        int k = i + 1;
        if (s.IsWord(k, "of")) k++;
        if (s.IsAnyWord(k, "the", "this", "my", "current")) k++;
        if (!s.IsUnit(k, out var unit, out bool plural) || plural || unit is not (Unit.Week or Unit.Month or Unit.Year)) return null;
        if (k == i + 1 && unit != Unit.Week) return null;
        string open = unit switch { Unit.Week => "XXXX-WXX", Unit.Month => "XXXX-XX", _ => "XXXX" };
        if (s.Anchor is not { } a) return new Match(first, k + 1, MentionKind.DateRange, TimeValue.Unresolved($"XXXX-XX-XX/{open}", TimePrecision.Day));
        var last = unit switch
        {
            Unit.Week => a.AddDays(6 - ((int)a.DayOfWeek + 6) % 7),
            Unit.Month => new CalendarDate(a.Year, a.Month, CalendarDate.DaysInMonth(a.Year, a.Month)),
            _ => new CalendarDate(a.Year, 12, 31),
        };
        // On the last day of the week, "the rest of the week" is that day.
        if (last == a) return Match.Date(first, k + 1, TimeValue.Day(a));
        return new Match(first, k + 1, MentionKind.DateRange, TimeValue.Range(TimeValue.Day(a), TimeValue.Day(last)));
    }
}
