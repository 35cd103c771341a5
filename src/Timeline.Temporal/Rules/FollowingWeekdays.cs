using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;

namespace Timeline.Temporal.Rules;

/// <summary>
/// <c>following Friday</c> as <c>next Friday</c> (the Friday of the next week), <c>the following Friday</c> the first
/// Friday after the previous date, and <c>Monday of the following week</c> the Monday of the week after it. With no
/// earlier date both count from the anchor.
/// </summary>
internal static class FollowingWeekdays
{
    public static Match? Parse(Scan s, int i)
    {
        if (s.IsClass(i, WordClass.Weekday)) return OfFollowingWeek(s, i);
        int k = s.SkipThe(i);
        if (!s.IsAnyWord(k, "following", "subsequent") || !s.IsClass(k + 1, WordClass.Weekday)) return null;
        var day = (DayOfWeek)s[k + 1].Value;
        bool discourse = k > i;
        var from = discourse ? s.LastDate is { Start: { } last } ? last : s.Anchor : s.Anchor;
        if (from is not { } f) return Match.Date(i, k + 2, TimeValue.Unresolved($"XXXX-WXX-{((int)day + 6) % 7 + 1}", TimePrecision.Day));
        if (discourse)
        {
            int ahead = ((int)day - (int)f.DayOfWeek + 7) % 7;
            return Match.Date(i, k + 2, TimeValue.Day(f.AddDays(ahead == 0 ? 7 : ahead)));
        }

        return Match.Date(i, k + 2, TimeValue.Day(DayOfNextWeek(f, day)));
    }

    /// <summary><c>Monday of the following week</c>, <c>Friday of the next week</c>.</summary>
    private static Match? OfFollowingWeek(Scan s, int i)
    {
        if (!s.IsWord(i + 1, "of") || !s.IsWord(i + 2, "the") || !s.IsAnyWord(i + 3, "following", "next") || !s.IsWord(i + 4, "week")) return null;
        var day = (DayOfWeek)s[i].Value;
        var from = s.LastDate is { Start: { } last } ? last : s.Anchor;
        if (from is not { } f) return Match.Date(i, i + 5, TimeValue.Unresolved($"XXXX-WXX-{((int)day + 6) % 7 + 1}", TimePrecision.Day));
        return Match.Date(i, i + 5, TimeValue.Day(DayOfNextWeek(f, day)));
    }

    private static CalendarDate DayOfNextWeek(CalendarDate from, DayOfWeek day) =>
        from.AddDays(7 - ((int)from.DayOfWeek + 6) % 7 + ((int)day + 6) % 7);
}
