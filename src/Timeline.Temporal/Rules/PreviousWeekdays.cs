using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;

namespace Timeline.Temporal.Rules;

/// <summary>
/// <c>the previous Friday</c>, <c>the preceding Monday</c>, <c>the prior Sunday</c>: the last such weekday before the
/// date the text is speaking of ("closed lower Friday, down 4.5% from the previous Friday" is a week before), or before
/// the anchor when no day or week was named. The mirror of <c>the following Friday</c>; without "the",
/// <c>previous Monday</c> is <c>last Monday</c> (<see cref="Relative"/>).
/// </summary>
internal static class PreviousWeekdays
{
    public static Match? Parse(Scan s, int i)
    {
        if (!s.IsWord(i, "the") || !s.IsAnyWord(i + 1, "previous", "preceding", "prior") || !s.IsClass(i + 2, WordClass.Weekday)) return null;
        var day = (DayOfWeek)s[i + 2].Value;
        var from = s.LastDate is { Precision: TimePrecision.Day or TimePrecision.Week, Start: { } last } ? last : s.Anchor;
        if (from is not { } f) return Match.Date(i, i + 3, TimeValue.Unresolved($"XXXX-WXX-{((int)day + 6) % 7 + 1}", TimePrecision.Day));
        int back = ((int)f.DayOfWeek - (int)day + 7) % 7;
        return Match.Date(i, i + 3, TimeValue.Day(f.AddDays(back == 0 ? -7 : -back)));
    }
}
