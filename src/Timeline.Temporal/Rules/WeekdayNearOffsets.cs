using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;

namespace Timeline.Temporal.Rules;

/// <summary>
/// A weekday pinned by a count of units, either way round: <c>Monday two weeks from now</c>, <c>Thursday, two
/// years from now</c>, <c>Sunday 3 weeks after January 15th</c>, <c>in 3 days on Friday</c>, <c>3 weeks after
/// Christmas on Friday</c>. The count says roughly when and the weekday says which day: the named weekday
/// nearest the counted day (at most three days either side).
/// </summary>
internal static class WeekdayNearOffsets
{
    public static Match? Parse(Scan s, int i)
    {
        if (s.IsClass(i, WordClass.Weekday))
        {
            int k = s.IsPunct(i + 1, ',') ? i + 2 : i + 1;
            // Cheap test first: a weekday is nearly always followed by something else than a count.
            if (!Counted.MayStart(s, k) || !Offset(s, k, false, out var day, out int end)) return null;
            return Make(s, i, end, (DayOfWeek)s[i].Value, day);
        }

        if (!Counted.MayStart(s, i)) return null;
        bool afterIn = s.IsWord(i - 1, "in");
        if (!Offset(s, i, afterIn, out var counted, out int offsetEnd) || !s.IsWord(offsetEnd, "on") || !s.IsClass(offsetEnd + 1, WordClass.Weekday)) return null;
        return Make(s, i, offsetEnd + 2, (DayOfWeek)s[offsetEnd + 1].Value, counted);
    }

    private static Match Make(Scan s, int first, int end, DayOfWeek weekday, CalendarDate? counted)
    {
        if (counted is not { } d) return Match.Date(first, end, TimeValue.Unresolved($"XXXX-WXX-{((int)weekday + 6) % 7 + 1}", TimePrecision.Day));
        int delta = ((int)weekday - (int)d.DayOfWeek + 7) % 7;
        if (delta > 3) delta -= 7;
        return Match.Date(first, end, TimeValue.Day(d.AddDays(delta)));
    }

    /// <summary>
    /// <c>N units from now|from today|hence</c>, <c>N units after|before|from DATE</c>, or (after "in") <c>N units</c>:
    /// the counted day, null when there is no anchor.
    /// </summary>
    private static bool Offset(Scan s, int i, bool afterIn, out CalendarDate? day, out int end)
    {
        day = null;
        if (!Counted.Read(s, i, out var counted, out end)) return false;
        int sign = 1;
        CalendarDate? from;
        if (s.IsWord(end, "from") && s.IsAnyWord(end + 1, "now", "today"))
        {
            from = s.Anchor;
            end += 2;
        }
        else if (s.IsWord(end, "hence"))
        {
            from = s.Anchor;
            end++;
        }
        else if (s.IsAnyWord(end, "after", "before", "from"))
        {
            sign = s.IsWord(end, "before") ? -1 : 1;
            var date = Grammar.Grammar.ParseDate(s, end + 1);
            if (date is null || date.Kind != MentionKind.Date || date.Value.Precision != TimePrecision.Day) return false;
            from = date.Value.Start;
            end = date.End;
            if (from is null) return true;
        }
        else if (afterIn) from = s.Anchor;
        else return false;

        if (from is not { } f) return true;
        day = sign > 0 ? counted.AddTo(f) : counted.SubtractFrom(f);
        return true;
    }
}
