using Timeline.Temporal.Grammar;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Rules;

/// <summary>
/// A day of the month named with no month, in phrases that cannot be a count: <c>the thirty-first day of the
/// month</c>, <c>the 15th day of the month</c> (the anchor's month, or the one the tense points to, as for
/// <c>on the 27th</c>). <c>the 18th day of the strike</c> is no date. (<c>the week of the 18th</c> is
/// <see cref="WeekdayOfWeek"/>'s.)
/// </summary>
internal static class DaysOfTheMonth
{
    /// <summary><c>the thirty-first day of the month</c>.</summary>
    public static Match? Parse(Scan s, int i)
    {
        if (!s.IsWord(i, "the")) return null;
        int day = DayOfMonth.Read(s, i + 1, out int k);
        if (day < 0 || !DayOfMonth.IsOrdinal(s, i + 1, k)) return null;
        if (!s.IsWord(k, "day") || !s.IsWord(k + 1, "of") || !s.IsWord(k + 2, "the") || !s.IsWord(k + 3, "month")) return null;
        int end = k + 4;
        if (s.Has(end) && s[end].Kind == TokenKind.Word && s.IsAnyWord(end, "of")) return null;
        return Match.Date(i, end, BareDays.Resolve(s, day, i, end));
    }
}
