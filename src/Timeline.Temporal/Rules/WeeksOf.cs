using Timeline.Temporal.Grammar;

namespace Timeline.Temporal.Rules;

/// <summary>
/// A numbered week of a month or a year, as its ISO week (Monday to Sunday): <c>the third week of 2027</c> and
/// <c>the third week next year</c> are ISO weeks 3; <c>the first week of October</c> is the week holding
/// October's first Thursday, and <c>the last week of July</c> the one holding its last Thursday. That is the
/// rule ISO applies to a year, applied to the month, so a month's first week may start in the month before
/// (2016-10-03 for October 2016, whose 1st was a Saturday) and its weeks stay ISO weeks (<c>2016-W40</c>).
/// </summary>
internal static class WeeksOf
{
    public static Match? Parse(Scan s, int i)
    {
        int first = i;
        if (s.IsWord(i, "the")) i++;
        int nth = NthWeekday.Ordinal(s, i);
        if (nth == 0 || !s.IsWord(i + 1, "week")) return null;
        int k = i + 2;
        bool of = s.IsAnyWord(k, "of", "in");
        if (of) k++;
        if (Year(s, k, out int yearEnd) is var year && yearEnd > k) return OfYear(s, first, yearEnd, year, nth);
        if (!of) return null;
        var month = NthWeekday.MonthOf(s, k, out int end);
        if (end == k) return null;
        if (month.Year == 0 || month.Month == 0) return Match.Date(first, end, TimeValue.Unresolved("XXXX-WXX", TimePrecision.Week));
        var thursday = Holidays.NthWeekday(month.Year, month.Month, DayOfWeek.Thursday, nth);
        return thursday.Month != month.Month ? null : Match.Date(first, end, TimeValue.WeekOf(thursday));
    }

    /// <summary><c>2027</c>, <c>two thousand and twenty seven</c>, <c>this|next|last year</c>: the year (0 without an anchor), with <paramref name="end"/> past it, or left at <paramref name="i"/>.</summary>
    private static int Year(Scan s, int i, out int end)
    {
        end = i;
        int year = s.FourDigitYear(i);
        if (year > 0)
        {
            if (Vetoes.NotADate(s, i) || s.IsMonth(i + 1)) return 0;
            end = i + 1;
            return year;
        }

        // "the third week of two thousand and twenty seven".
        if (SpelledYears.Read(s, i, out int spelledEnd, composed: true) is var spelled and > 0)
        {
            end = spelledEnd;
            return spelled;
        }

        int shift = s.IsAnyWord(i, "this", "current") ? 0 : s.IsWord(i, "next") ? 1 : s.IsAnyWord(i, "last", "previous") ? -1 : int.MinValue;
        if (shift == int.MinValue || !s.IsWord(i + 1, "year")) return 0;
        end = i + 2;
        return s.Anchor is { } a ? a.Year + shift : 0;
    }

    private static Match? OfYear(Scan s, int first, int end, int year, int nth)
    {
        if (year == 0) return Match.Date(first, end, TimeValue.Unresolved("XXXX-WXX", TimePrecision.Week));
        // ISO week 1 holds 4 January; the last week holds 28 December.
        if (nth < 0) return Match.Date(first, end, TimeValue.WeekOf(new CalendarDate(year, 12, 28)));
        return Match.Date(first, end, TimeValue.Week(year, nth));
    }
}
