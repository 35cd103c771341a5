using Timeline.Temporal.Grammar;

namespace Timeline.Temporal.Rules;

/// <summary>
/// The anchor as the second end of a range: <c>from March to date</c>, <c>from 2010-01-01 till current date</c>,
/// <c>since 1990 to the present</c>, <c>from 2001 until the present day</c>. The end is TimeML's PRESENT_REF and the
/// range runs to the anchor's day, as <c>from February 2022 until today</c>. A bare <c>to date</c> ("the best
/// result to date") is an adverb that news annotation leaves unmarked, and stays so.
/// </summary>
internal static class ToDate
{
    /// <summary>The end at <paramref name="i"/>, right after "to", "till", "until" or "through", or null.</summary>
    public static Match? RangeEnd(Scan s, int i)
    {
        if (!s.IsAnyWord(i - 1, "to", "till", "until", "til", "through", "thru")) return null;
        int end;
        if (s.IsWord(i, "date")) end = i + 1;
        else if (s.IsAnyWord(i, "current", "present", "today's") && s.IsWord(i + 1, "date")) end = i + 2;
        else if (s.IsWord(i, "the") && s.IsWord(i + 1, "present")) end = s.IsWord(i + 2, "day") ? i + 3 : i + 2;
        else if (s.IsWord(i, "present") && s.IsWord(i + 1, "day")) end = i + 2;
        else return null;
        // "to date palms", "until the present crisis": the phrase must end here.
        if (s.Has(end) && s[end].Kind == Tokens.TokenKind.Word && !s.IsAnyWord(end, "and", "or", "for", "in", "on", "at", "with", "by")) return null;
        return Match.Date(i, end, TimeValue.Unresolved("PRESENT_REF", TimePrecision.Day));
    }
}
