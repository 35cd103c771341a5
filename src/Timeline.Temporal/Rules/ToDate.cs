using Timeline.Temporal.Grammar;

namespace Timeline.Temporal.Rules;

/// <summary>
/// "To date" as the end of a span, the present: <c>from March to date</c>, <c>from 2010-01-01 till current date</c>,
/// <c>since 1990 to the present</c>, <c>from 2001 until the present day</c> (a range ending on the anchor's day, as
/// <c>until today</c>); <c>the year to date</c> is <see cref="CalendarYearPhrases"/>'. A bare "to date" ("the
/// largest to date") is an adverb that news annotation leaves unmarked, and stays so.
/// </summary>
internal static class ToDate
{
    /// <summary>
    /// The second end of a range at <paramref name="i"/>, just after its "to"/"till"/"until"/"through": "date",
    /// "current date", "the current date", "today's date", "the present", "the present day", "present day".
    /// </summary>
    public static Match? End(Scan s, int i)
    {
        if (!s.IsAnyWord(i - 1, "to", "till", "until", "til", "through", "thru")) return null;
        int end;
        if (s.IsWord(i, "the") && s.IsWord(i + 1, "present")) end = s.IsWord(i + 2, "day") ? i + 3 : i + 2;
        else if (s.IsWord(i, "present") && s.IsWord(i + 1, "day")) end = i + 2;
        else
        {
            int k = s.IsWord(i, "the") && s.IsAnyWord(i + 1, "current", "present") ? i + 2 : s.IsAnyWord(i, "current", "present") ? i + 1 : i;
            if (s.IsWord(k, "today") && IsPossessive(s, k + 1)) k += 3;
            if (!s.IsWord(k, "date") || s[k].Capitalized && k > 0 || s.IsWord(k + 1, "of")) return null;
            end = k + 1;
        }
        // "to date palms", "until the present crisis": the phrase must end here.
        if (s.Has(end) && s[end].Kind == Tokens.TokenKind.Word && !s.IsAnyWord(end, "and", "or", "for", "in", "on", "at", "with", "by")) return null;
        return Match.Date(i, end, TimeValue.Unresolved("PRESENT_REF", TimePrecision.Day));
    }

    private static bool IsPossessive(Scan s, int i) =>
        (s.IsPunct(i, '\'') || s.IsPunct(i, '’')) && s.IsGlued(i) && s.IsWord(i + 1, "s") && s.IsGlued(i + 1);
}
