using Timeline.Temporal.Grammar;

namespace Timeline.Temporal.Rules;

/// <summary>
/// "To date" as the end of a span, the present: <c>from March to date</c>, <c>from 2010-01-01 till current date</c>
/// (a range ending on the anchor's day, as <c>until today</c>), and <c>the year to date</c>, <c>year-to-date</c>: the
/// anchor's year, the period such figures cover. A bare "to date" ("the largest to date") stays an adverb.
/// </summary>
internal static class ToDate
{
    /// <summary>The second end of a range at <paramref name="i"/>, just after its "to"/"till"/"until": "date", "current date", "the current date", "today's date".</summary>
    public static Match? End(Scan s, int i)
    {
        if (!s.IsAnyWord(i - 1, "to", "till", "until", "til")) return null;
        int k = s.IsWord(i, "the") && s.IsWord(i + 1, "current") ? i + 2 : s.IsWord(i, "current") ? i + 1 : i;
        if (s.IsWord(k, "today") && IsPossessive(s, k + 1)) k += 3;
        if (!s.IsWord(k, "date") || s[k].Capitalized && k > 0 || s.IsWord(k + 1, "of")) return null;
        return Match.Date(i, k + 1, TimeValue.Unresolved("PRESENT_REF", TimePrecision.Day));
    }

    /// <summary><c>the year to date</c>, <c>year to date</c>, <c>year-to-date</c>: the anchor's year.</summary>
    public static Match? YearToDate(Scan s, int i)
    {
        int j = s.IsWord(i, "the") ? i + 1 : i;
        if (!s.IsWord(j, "year")) return null;
        int k = s.IsDash(j + 1) && s.IsGlued(j + 1) && s.IsWord(j + 2, "to") && s.IsGlued(j + 2) && s.IsDash(j + 3) && s.IsGlued(j + 3) && s.IsWord(j + 4, "date") && s.IsGlued(j + 4)
            ? j + 5
            : s.IsWord(j + 1, "to") && s.IsWord(j + 2, "date") ? j + 3 : -1;
        if (k < 0) return null;
        return Match.Date(i, k, s.Anchor is { } a ? TimeValue.Year(a.Year) : TimeValue.Unresolved("XXXX", TimePrecision.Year));
    }

    private static bool IsPossessive(Scan s, int i) =>
        (s.IsPunct(i, '\'') || s.IsPunct(i, '’')) && s.IsGlued(i) && s.IsWord(i + 1, "s") && s.IsGlued(i + 1);
}
