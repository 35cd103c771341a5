using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;

namespace Timeline.Temporal.Rules;

/// <summary>
/// A day of a named month, in either order, with or without a year and a weekday:
/// <c>July 27, 1953</c>, <c>Jul. 27 1953</c>, <c>July 27th, 1953</c>, <c>27 July 1953</c>,
/// <c>the 27th of July</c>, <c>Wednesday, July 26</c>.
/// </summary>
internal static class FullDates
{
    public static Match? Parse(Scan s, int i)
    {
        int first = i;
        int j = i;
        if (s.IsClass(j, WordClass.Weekday))
        {
            j++;
            if (s.IsPunct(j, '.') || s.IsPunct(j, ',')) j++;
            if (s.IsPunct(j, ',')) j++;
        }

        var m = MonthFirst(s, first, j) ?? DayFirst(s, first, j);
        if (m is null && j != first) return null;
        return m;
    }

    /// <summary><c>July 27</c>, <c>July 27, 1953</c>.</summary>
    private static Match? MonthFirst(Scan s, int first, int j)
    {
        int month = s.Month(j, out int k);
        if (month == 0) return null;
        if (s.IsDash(k) && s.IsGlued(k) && s.IsGlued(k + 1)) k++; // jan-1
        int day = s.DayNumber(k);
        if (day < 0 || Vetoes.NotADate(s, k, afterMonth: true)) return null;
        // "May 5 years": a count, not a day.
        if (s.IsClass(k + 1, WordClass.Unit)) return null;
        int end = k + 1;
        int year = YearAfter(s, end, out int yearEnd);
        if (year > 0)
        {
            var v = Values.DayOrNull(year, month, day);
            return v is null ? null : Match.Date(first, yearEnd, v);
        }

        // A glued ",123" would be a count (May 180,000): NotADate caught it above.
        var value = Values.MonthDay(s, month, day, first, end);
        return value is null ? null : Match.Date(first, end, value);
    }

    /// <summary><c>27 July 1953</c>, <c>the 27th of July</c>.</summary>
    private static Match? DayFirst(Scan s, int first, int j)
    {
        int start = j;
        if (s.IsWord(j, "the")) j++;
        int day = s.DayNumber(j);
        if (day < 0) return null;
        bool ordinal = s[j].Kind != Tokens.TokenKind.Number;
        if (!ordinal && s.IsWord(start, "the")) return null;
        if (s[j].Kind == Tokens.TokenKind.Number && Vetoes.NotADate(s, j) && !s.IsMonth(j + 1)) return null;
        int k = j + 1;
        if (s.IsWord(k, "of")) k++;
        else if (s.IsDash(k) && s.IsGlued(k) && s.IsGlued(k + 1)) k++;
        int month = s.Month(k, out int end);
        if (month == 0) return null;
        int year = YearAfter(s, end, out int yearEnd);
        if (year > 0)
        {
            var v = Values.DayOrNull(year, month, day);
            return v is null ? null : Match.Date(first, yearEnd, v);
        }

        var value = Values.MonthDay(s, month, day, first, end);
        return value is null ? null : Match.Date(first, end, value);
    }

    /// <summary>An optional <c>, 1953</c> or <c> 1953</c> after a day; returns the year or 0.</summary>
    internal static int YearAfter(Scan s, int i, out int end)
    {
        end = i;
        int j = i;
        if (s.IsPunct(j, ',') || s.IsDash(j) && s.IsGlued(j) && s.IsGlued(j + 1)) j++;
        int year = s.FourDigitYear(j);
        if (year < 0 || Vetoes.NotADate(s, j)) return 0;
        end = j + 1;
        return year;
    }
}
