using System.Runtime.CompilerServices;
using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;

namespace Timeline.Temporal.Rules;

/// <summary>
/// A weekday placed in a week named any way, after "on": <c>the 1st week of Oct. on Friday</c>, <c>the third week of
/// 2027 on Monday</c>, <c>the week of March 6 on Tuesday</c>: that day of the (Monday to Sunday) week. The short
/// forms (<c>next week on Friday</c>) are <see cref="WeekdayOfWeek"/>'s.
/// </summary>
internal static class WeekdayInNamedWeek
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Match? Parse(Scan s, int i)
    {
        var week = Grammar.Grammar.ParseDate(s, i);
        if (week is null || week.Kind != MentionKind.Date || week.Value.Precision != TimePrecision.Week || week.Value.Timex.EndsWith("-WE", StringComparison.Ordinal)) return null;
        int k = week.End;
        if (!s.IsWord(k, "on") || !s.IsClass(k + 1, WordClass.Weekday)) return null;
        int offset = ((int)s[k + 1].Value + 6) % 7;
        if (week.Value.Start is not { } monday) return Match.Date(i, k + 2, TimeValue.Unresolved($"XXXX-WXX-{offset + 1}", TimePrecision.Day));
        return Match.Date(i, k + 2, TimeValue.Day(monday.AddDays(offset)));
    }
}
