using Timeline.Temporal.Grammar;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Rules;

/// <summary>
/// A day of the month named with no month, in phrases that cannot be a count: <c>the thirty-first day of the
/// month</c>, <c>the 15th day of the month</c> (the anchor's month, or the one the tense points to, as for
/// <c>on the 27th</c>), and <c>the week of the 18th</c> (the ISO week holding that day, as <c>the week of March
/// 6</c>). <c>the 18th day of the strike</c>, <c>the week of the 18th Congress</c> are no dates.
/// </summary>
internal static class DaysOfTheMonth
{
    public static Match? Parse(Scan s, int i) => DayOfTheMonth(s, i) ?? WeekOfTheDay(s, i);

    /// <summary><c>the thirty-first day of the month</c>.</summary>
    private static Match? DayOfTheMonth(Scan s, int i)
    {
        if (!s.IsWord(i, "the")) return null;
        int day = DayOfMonth.Read(s, i + 1, out int k);
        if (day < 0 || !DayOfMonth.IsOrdinal(s, i + 1, k)) return null;
        if (!s.IsWord(k, "day") || !s.IsWord(k + 1, "of") || !s.IsWord(k + 2, "the") || !s.IsWord(k + 3, "month")) return null;
        int end = k + 4;
        if (s.Has(end) && s[end].Kind == TokenKind.Word && s.IsAnyWord(end, "of")) return null;
        return Match.Date(i, end, BareDays.Resolve(s, day, i, end));
    }

    /// <summary><c>the week of the 18th</c>.</summary>
    private static Match? WeekOfTheDay(Scan s, int i)
    {
        if (!s.IsWord(i, "the") || !s.IsWord(i + 1, "week") || !s.IsWord(i + 2, "of") || !s.IsWord(i + 3, "the")) return null;
        int day = DayOfMonth.Read(s, i + 4, out int end);
        if (day < 0 || !DayOfMonth.IsOrdinal(s, i + 4, end)) return null;
        // "the week of the 18th Congress", "the week of the 4th of July" (another rule's): the day must end the phrase.
        if (s.Has(end) && (s[end].Kind == TokenKind.Word && !s.IsAnyWord(end, "and", "or", "at", "to", "when") || s[end].Glued && s[end].Kind != TokenKind.Punct
            || s.IsDash(end) && s.IsGlued(end))) return null;
        var value = BareDays.Resolve(s, day, i, end);
        if (value.Start is not { } start) return Match.Date(i, end, TimeValue.Unresolved("XXXX-WXX", TimePrecision.Week));
        return Match.Date(i, end, TimeValue.WeekOf(start));
    }
}
