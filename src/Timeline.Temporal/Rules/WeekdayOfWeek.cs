using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;

namespace Timeline.Temporal.Rules;

/// <summary>
/// A weekday inside a named week, either way round: <c>next week Sunday</c>, <c>next week Mon</c>, <c>previous week - Monday</c>, <c>this week on Friday</c>,
/// <c>Tuesday next week</c>, <c>on Sunday of next week</c>. Weeks run Monday to Sunday, as ISO has them.
/// </summary>
internal static class WeekdayOfWeek
{
    public static Match? Parse(Scan s, int i) => Weekday(s, i) ?? WeekOf(s, i) ?? DayOfMonthWord(s, i);

    /// <summary><c>the week of March 6</c>, <c>the week of the 18th</c>: the ISO week holding that day.</summary>
    private static Match? WeekOf(Scan s, int i)
    {
        if (!s.IsWord(i, "the") || !s.IsWord(i + 1, "week") || !s.IsWord(i + 2, "of")) return null;
        var day = Grammar.Grammar.ParseDate(s, i + 3) ?? BareDays.OfWeek(s, i, i + 3);
        if (day is null || day.Value.Precision != TimePrecision.Day) return null;
        if (day.Value.Start is not { } start) return Match.Date(i, day.End, TimeValue.Unresolved("XXXX-WXX", TimePrecision.Week));
        return Match.Date(i, day.End, TimeValue.WeekOf(start));
    }

    /// <summary><c>the 20th of next month</c>, <c>31st of this month</c>: a day of a month named by relation.</summary>
    private static Match? DayOfMonthWord(Scan s, int i)
    {
        int first = i;
        i = s.SkipThe(i);
        int dom = s.DayNumber(i);
        if (dom < 0) return null;
        // "the 21st this month" drops the "of" after an ordinal.
        int k = s.IsWord(i + 1, "of") ? i + 2 : s[i].Kind == Tokens.TokenKind.Number ? -1 : i + 1;
        if (k < 0 || !s.IsWord(k + 1, "month")) return null;
        int direction = s.IsWord(k, "this") ? 0 : s.IsWord(k, "next") ? 1 : s.IsAnyWord(k, "last", "previous") ? -1 : int.MinValue;
        if (direction == int.MinValue) return null;
        if (s.Anchor is not { } a) return Match.Date(first, k + 2, TimeValue.Unresolved($"XXXX-XX-{dom:D2}", TimePrecision.Day));
        var m = a.AddMonths(direction);
        if (!CalendarDate.IsValid(m.Year, m.Month, dom)) return null;
        return Match.Date(first, k + 2, TimeValue.Day(m.Year, m.Month, dom));
    }

    private static Match? Weekday(Scan s, int i)
    {
        int first = i;
        if (s.IsClass(i, WordClass.Weekday))
        {
            var day = (DayOfWeek)s[i].Value;
            int k = i + 1;
            if (s.IsWord(k, "the") && Grammar.DayOfMonth.Read(s, k + 1, out int domEnd, cardinals: true) is var dom and > 0 && s[k + 1].Kind != Tokens.TokenKind.Number)
                return DayOfMonth(s, first, domEnd, day, dom);
            if (s.IsWord(k, "of")) k++;
            int direction = WeekAt(s, k);
            if (direction == int.MinValue) return null;
            return Resolve(s, first, k + 2, day, direction);
        }

        int dir = WeekAt(s, i);
        if (dir == int.MinValue) return null;
        int j = i + 2;
        if (s.IsWord(j, "on") || s.IsDash(j)) j++;
        // "next week Mon": after a week, the short forms that are also words name days too.
        int named = s.IsClass(j, WordClass.Weekday) ? s[j].Value
            : s.Has(j) && (s[j].Capitalized || !s.Has(j + 1) || s[j + 1].Kind == Tokens.TokenKind.Punct) ? WeekdayDayNumbers.ShortWeekday(s, j) : -1;
        if (named < 0) return null;
        return Resolve(s, first, j + 1, (DayOfWeek)named, dir);
    }

    /// <summary><c>this|last|next week</c> at <paramref name="i"/>: its direction, or int.MinValue.</summary>
    private static int WeekAt(Scan s, int i)
    {
        if (!s.IsWord(i + 1, "week")) return int.MinValue;
        if (s.IsWord(i, "this")) return 0;
        if (s.IsAnyWord(i, "next", "coming")) return 1;
        if (s.IsAnyWord(i, "last", "previous")) return -1;
        return int.MinValue;
    }

    /// <summary>
    /// <c>Friday the 15th</c>: the 15th that falls on a Friday, nearest the anchor (this month first,
    /// then last month, next month, and so on up to a year away); without one, this month's.
    /// </summary>
    internal static Match DayOfMonth(Scan s, int first, int end, DayOfWeek day, int dom)
    {
        if (s.Anchor is not { } a) return Match.Date(first, end, TimeValue.Unresolved($"XXXX-XX-{dom:D2}", TimePrecision.Day));
        var month = new CalendarDate(a.Year, a.Month, 1);
        for (int step = 0; step <= 24; step++)
        {
            int offset = step % 2 == 0 ? step / 2 : -(step + 1) / 2;
            var m = month.AddMonths(offset);
            if (CalendarDate.IsValid(m.Year, m.Month, dom) && new CalendarDate(m.Year, m.Month, dom).DayOfWeek == day)
                return Match.Date(first, end, TimeValue.Day(m.Year, m.Month, dom));
        }

        return Match.Date(first, end, CalendarDate.IsValid(a.Year, a.Month, dom)
            ? TimeValue.Day(a.Year, a.Month, dom)
            : TimeValue.Unresolved($"XXXX-XX-{dom:D2}", TimePrecision.Day));
    }

    private static Match Resolve(Scan s, int first, int end, DayOfWeek day, int direction)
    {
        int weekday = ((int)day + 6) % 7;
        if (s.Anchor is not { } a) return Match.Date(first, end, TimeValue.Unresolved($"XXXX-WXX-{weekday + 1}", TimePrecision.Day));
        var monday = a.AddDays(-(((int)a.DayOfWeek + 6) % 7) + 7L * direction);
        return Match.Date(first, end, TimeValue.Day(monday.AddDays(weekday)));
    }
}
