using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;

namespace Timeline.Temporal.Rules;

/// <summary>
/// <c>this working week</c>, <c>next workweek</c>, <c>last work week</c>: the ISO week, as <c>this week</c> is
/// (the working days are inside it, and TIMEX3 has no value of their own for them).
/// </summary>
internal static class WorkWeeks
{
    public static Match? Parse(Scan s, int i)
    {
        if (!s.IsClass(i, WordClass.Relation)) return null;
        int k = i + 1;
        if (s.IsAnyWord(k, "working", "work") && s.IsWord(k + 1, "week")) k += 2;
        else if (s.IsWord(k, "workweek")) k++;
        else return null;
        int direction = (Relation)s[i].Value switch
        {
            Relation.This or Relation.Current => 0,
            Relation.Next or Relation.Coming => 1,
            Relation.Last or Relation.Previous or Relation.Past => -1,
            _ => int.MinValue,
        };
        if (direction == int.MinValue) return null;
        if (s.Anchor is not { } a) return Match.Date(i, k, TimeValue.Unresolved("XXXX-WXX", TimePrecision.Week));
        return Match.Date(i, k, TimeValue.WeekOf(a.AddDays(7L * direction)));
    }
}
