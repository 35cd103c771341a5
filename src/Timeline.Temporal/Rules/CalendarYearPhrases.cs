using Timeline.Temporal.Grammar;

namespace Timeline.Temporal.Rules;

/// <summary>
/// The year as accounts name it: <c>this calendar year</c>, <c>last calendar year</c> (the year, said apart from a
/// fiscal one), <c>the year to date</c> and <c>year-to-date</c> (from January 1st to the anchor's day), and the
/// business shorthand <c>EOY</c> (the end of the anchor's year; only in capitals, as it is written).
/// </summary>
internal static class CalendarYearPhrases
{
    public static Match? Parse(Scan s, int i) => CalendarYear(s, i) ?? YearToDate(s, i) ?? EndOfYear(s, i);

    private static Match? CalendarYear(Scan s, int i)
    {
        int j = s.SkipThe(i);
        int shift = s.IsAnyWord(j, "this", "current") ? 0 : s.IsAnyWord(j, "last", "previous") ? -1 : s.IsWord(j, "next") ? 1 : int.MinValue;
        if (shift == int.MinValue || !s.IsWord(j + 1, "calendar") || !s.IsWord(j + 2, "year")) return null;
        // "the previous calendar year" after a date leans on it (Discourse reads "the previous year" so).
        if (j > i && shift != 0 && s.LastDate is not null) return null;
        return Match.Date(i, j + 3, s.Anchor is { } a ? TimeValue.Year(a.Year + shift) : TimeValue.Unresolved("XXXX", TimePrecision.Year));
    }

    private static Match? YearToDate(Scan s, int i)
    {
        int j = s.SkipThe(i);
        if (!s.IsWord(j, "year")) return null;
        int k = j + 1;
        bool dashed = s.IsDash(k) && s.IsGlued(k);
        if (dashed) k++;
        if (!s.IsWord(k, "to")) return null;
        k++;
        if (dashed != (s.IsDash(k) && s.IsGlued(k))) return null;
        if (dashed) k++;
        if (!s.IsWord(k, "date")) return null;
        int end = k + 1;
        if (s.Anchor is not { } a) return new Match(i, end, MentionKind.DateRange, TimeValue.Unresolved("XXXX-01-01/XXXX-XX-XX", TimePrecision.Day));
        var start = new CalendarDate(a.Year, 1, 1);
        if (a == start) return Match.Date(i, end, TimeValue.Day(a));
        return new Match(i, end, MentionKind.DateRange, TimeValue.Range(TimeValue.Day(start), TimeValue.Day(a)));
    }

    private static Match? EndOfYear(Scan s, int i)
    {
        if (!s.IsWord(i, "eoy") || s.Span(i) is not "EOY") return null;
        return Match.Date(i, i + 1, s.Anchor is { } a ? TimeValue.Year(a.Year, TimeModifier.End) : TimeValue.Unresolved("XXXX", TimePrecision.Year, TimeModifier.End));
    }
}
