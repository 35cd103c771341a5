using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;

namespace Timeline.Temporal.Rules;

/// <summary>
/// Days counted from today, yesterday or tomorrow: <c>the day before yesterday</c>, <c>the day after
/// tomorrow</c>, <c>two days after today</c>, <c>three weeks from tomorrow</c> (a day, whatever the unit).
/// </summary>
internal static class DayWordOffsets
{
    public static Match? Parse(Scan s, int i)
    {
        int first = i;
        int n;
        int k;
        if (s.IsWord(i, "the") && s.IsWord(i + 1, "day"))
        {
            n = 1;
            k = i + 1;
        }
        else
        {
            n = Quantities.Read(s, i, out k);
            if (n <= 0) return null;
        }

        if (!s.IsUnit(k, out var unit, out _) || unit is not (Unit.Day or Unit.Week or Unit.Month or Unit.Year)) return null;
        int sign = s.IsWord(k + 1, "before") ? -1 : s.IsAnyWord(k + 1, "after", "from") ? 1 : 0;
        if (sign == 0 || !s.IsClass(k + 2, WordClass.DayWord)) return null;
        int end = k + 3;
        if (s.Anchor is not { } a) return Match.Date(first, end, TimeValue.Unresolved(Units.UnresolvedTimex(unit), Units.Precision(unit)));
        var day = a.AddDays(s[k + 2].Value);
        // Counted from a named day, the result is a day whatever the unit: "three weeks from tomorrow".
        if (n > 5000) return null;
        var moved = unit switch
        {
            Unit.Day => day.AddDays(sign * n),
            Unit.Week => day.AddDays(7L * sign * n),
            Unit.Month => day.AddMonths(sign * n),
            _ => day.AddYears(sign * n),
        };
        return Match.Date(first, end, TimeValue.Day(moved));
    }
}
