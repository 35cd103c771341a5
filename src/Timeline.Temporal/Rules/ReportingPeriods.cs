using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;

namespace Timeline.Temporal.Rules;

/// <summary>
/// The comparison periods of business news: <c>the year-earlier quarter</c>, <c>the year-ago period</c>,
/// <c>year-earlier</c>, <c>the 1988 third quarter</c>, <c>the 1988 period</c>. A period without its own
/// quarter takes the one the text is reporting on (the last quarter named near the anchor).
/// </summary>
internal static class ReportingPeriods
{
    public static Match? Parse(Scan s, int i) => YearEarlier(s, i) ?? YearAndQuarter(s, i) ?? CurrentYear(s, i);

    /// <summary>
    /// <c>for the full year</c>, <c>the fiscal year</c>, <c>the current fiscal year</c>: the year being reported
    /// on, the anchor's. Not <c>the fiscal year ended Jan. 31</c> nor <c>throughout the fiscal year</c>, which
    /// are lengths of time.
    /// </summary>
    private static Match? CurrentYear(Scan s, int i)
    {
        if (!s.IsWord(i, "the") || s.IsWord(i - 1, "throughout")) return null;
        int j = s.IsWord(i + 1, "current") ? i + 2 : i + 1;
        if (!s.IsAnyWord(j, "full", "fiscal") || !s.IsWord(j + 1, "year")) return null;
        int end = j + 2;
        if (s.IsAnyWord(end, "ended", "ending", "to", "before", "after", "earlier", "ago") || s.FourDigitYear(end) > 0 || s.IsDash(end)) return null;
        return Match.Date(i, end, s.Anchor is { } a ? TimeValue.Year(a.Year) : TimeValue.Unresolved("XXXX", TimePrecision.Year));
    }

    private static Match? YearEarlier(Scan s, int i)
    {
        int first = i;
        bool the = s.IsWord(i, "the");
        int j = the ? i + 1 : i;
        if (!s.IsWord(j, "year") || !s.IsDash(j + 1) || !s.IsGlued(j + 1) || !s.IsAnyWord(j + 2, "earlier", "ago") || !s.IsGlued(j + 2)) return null;
        int end = j + 3;
        bool period = s.IsAnyWord(end, "quarter", "period");
        if (period) end++;
        else if (the) first = j;
        bool quarter = period && s.IsWord(end - 1, "quarter");
        // Beside another year-back comparison it names the same period ("a year ago … in the year-earlier period").
        if (Comparisons.Parallel(s, first) is { } same && (!quarter || same.Precision == TimePrecision.Quarter)) return Match.Date(first, end, same);
        var reported = ReportedQuarter(s);
        // The last quarter named lies a year back: it is already the comparison period.
        if (reported is null && ComparedQuarter(s) is { } compared) return Match.Date(first, end, compared);
        reported ??= quarter ? Comparisons.QuarterJustEnded(s) : null;
        TimeValue value = reported is { } q ? Units.ShiftValue(q, Unit.Year, -1)! : s.Anchor is { } a ? TimeValue.Year(a.Year - 1) : TimeValue.Unresolved("XXXX", TimePrecision.Year);
        return Match.Date(first, end, value);
    }

    private static Match? YearAndQuarter(Scan s, int i)
    {
        if (!s.IsWord(i, "the")) return null;
        int year = s.FourDigitYear(i + 1);
        if (year < 0 || Vetoes.NotADate(s, i + 1)) return null;
        int k = i + 2;
        int n = s.IsClass(k, WordClass.OrdinalWord) && s[k].Value is >= 1 and <= 4 ? s[k].Value : -1;
        if (n > 0) k++;
        if (!s.IsAnyWord(k, "quarter", "period")) return null;
        // "the 1988 quarter", "the 1989 period": the quarter the text reports on, or its comparison a year back
        // (a quarter of either year), in the year named; "the 1988 quarter" with none named is the one just ended.
        if (n < 0 && (ReportedQuarter(s) ?? ComparedQuarter(s) ?? (s.IsWord(k, "quarter") ? Comparisons.QuarterJustEnded(s) : null)) is { Start: { } qs }) n = (qs.Month - 1) / 3 + 1;
        if (n < 0) return null;
        return Match.Date(i, k + 1, TimeValue.Quarter(year, n));
    }

    private static TimeValue? ComparedQuarter(Scan s) =>
        s.LastDate is { Precision: TimePrecision.Quarter, Start: { } start } last && s.Anchor is { } a && Math.Abs(start.DayNumber - a.DayNumber) < 2 * 366 ? last : null;

    private static TimeValue? ReportedQuarter(Scan s) =>
        s.LastDate is { Precision: TimePrecision.Quarter, Start: { } start } last && s.Anchor is { } a && Math.Abs(start.DayNumber - a.DayNumber) < 366 ? last : null;
}
