using Timeline.Temporal.Grammar;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Rules;

/// <summary>
/// The first end of a range that names no year takes the second end's: <c>Nov 18-Dec 19, 2015</c>, <c>June-August
/// 1992</c>, <c>from January to April 2015</c>, <c>Jan-Feb 2017</c>; a year earlier when its month comes later (<c>Nov-Feb 2017</c>).
/// </summary>
internal static class SharedYears
{
    /// <summary><c>Jan-Feb 2017</c>, <c>Nov-Feb 2017</c>: two month names joined by a dash, the year written after the second.</summary>
    public static Match? MonthSpan(Scan s, int i)
    {
        int monthA = s.Month(i, out int k);
        if (monthA == 0 || k != i + 1 || !s.IsDash(k) || !s.IsGlued(k) || !s.IsGlued(k + 1) || !s.IsMonth(k + 1)) return null;
        var b = MonthYears.Parse(s, k + 1);
        if (b is null || b.Value.Start is not { } sb || !NamesYear(s, b)) return null;
        var a = TimeValue.Month(monthA > sb.Month ? sb.Year - 1 : sb.Year, monthA);
        var parts = new[] { Match.Date(i, k, a), b };
        return new Match(i, b.End, MentionKind.DateRange, TimeValue.Range(a, b.Value), parts);
    }

    /// <summary>The first end <paramref name="a"/> placed in <paramref name="b"/>'s written year, or null to keep it as it is.</summary>
    public static TimeValue? Placed(Scan s, Match a, Match b)
    {
        if (a.Value.Precision is not (TimePrecision.Month or TimePrecision.Day) || a.Value.Start is not { } sa) return null;
        if (b.Value.Precision is not (TimePrecision.Month or TimePrecision.Day) || b.Value.Start is not { } sb) return null;
        // Only a date written without its year moves: not "next friday" or "this May", placed from the anchor.
        if (sa.Year == sb.Year || NamesYear(s, a) || !NamesYear(s, b) || !NamesMonth(s, a) || s.IsClass(a.First, Lexicon.WordClass.Relation)) return null;
        int year = (sa.Month, sa.Day).CompareTo((sb.Month, sb.Day)) > 0 ? sb.Year - 1 : sb.Year;
        return a.Value.Precision == TimePrecision.Month ? TimeValue.Month(year, sa.Month) : Values.DayOrNull(year, sa.Month, sa.Day);
    }

    /// <summary>
    /// A second end that is a bare day (<c>april ninth through seventeenth</c>, <c>from April the ninth till the
    /// seventeenth</c>) in the first end's month, or null to keep it as it is.
    /// </summary>
    public static TimeValue? SecondDay(Scan s, Match a, Match b)
    {
        if (a.Value.Precision != TimePrecision.Day || b.Value.Precision != TimePrecision.Day || a.Value.Start is not { } sa || !NamesMonth(s, a)) return null;
        int day = -1;
        for (int t = b.First; t < b.End; t++)
        {
            if (s.IsWord(t, "the")) continue;
            if (day >= 0 || s.DayNumber(t) < 0) return null;
            day = s.DayNumber(t);
        }

        var v = day < 0 ? null : Values.DayOrNull(sa.Year, sa.Month, day);
        return v?.Start is { } sv && sv > sa ? v : null;
    }

    private static bool NamesMonth(Scan s, Match m)
    {
        for (int t = m.First; t < m.End; t++)
            if (s.IsMonth(t)) return true;
        return false;
    }

    private static bool NamesYear(Scan s, Match m)
    {
        for (int t = m.First; t < m.End; t++)
            if (s[t].Kind == TokenKind.Number && (s[t].Digits == 4 || s[t].Digits == 2 && (s.IsPunct(t - 1, '\'') || s.IsPunct(t - 1, '’')))) return true;
        return false;
    }
}
