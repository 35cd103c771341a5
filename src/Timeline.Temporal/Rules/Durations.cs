using System.Runtime.CompilerServices;
using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;

namespace Timeline.Temporal.Rules;

/// <summary>
/// Lengths of time, which date nothing: <c>three years</c>, <c>seven decades</c>, <c>a three-year</c>,
/// <c>the past five years</c>, <c>the past week</c>, <c>several months</c>, <c>for years</c>.
/// </summary>
internal static class Durations
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Match? Parse(Scan s, int i)
    {
        int first = i;
        int j = i;
        bool framed = false;
        if (s.IsWord(j, "the") && s.IsClass(j + 1, WordClass.Relation) && s[j + 1].Value is (int)Relation.Past or (int)Relation.Last or (int)Relation.Next or (int)Relation.Coming or (int)Relation.Previous or (int)Relation.Following
            || s.IsWord(j, "the") && s.IsAnyWord(j + 1, "first", "final"))
        {
            j += 2;
            framed = true;
        }

        int n = Quantities.Read(s, j, out int k);
        if (n < 0)
        {
            // "the past week", "over the next year": one unit, framed.
            if (!framed || !s.IsUnit(j, out var single, out bool pl) || pl) return null;
            bool past = s.IsClass(first + 1, WordClass.Relation) && s[first + 1].Value == (int)Relation.Past;
            if (!past && !s.IsAnyWord(first - 1, "over", "in", "during", "for", "within", "throughout")) return null;
            return Make(first, j + 1, single, 1);
        }

        bool adjective = s.IsDash(k) && s.IsGlued(k) && s.IsGlued(k + 1);
        if (adjective) k++;
        if (!s.IsUnit(k, out var unit, out bool plural)) return null;
        if (!adjective && n > 1 && !plural && n != Quantities.Unknown) return null;
        if (n == Quantities.Unknown && !plural) return null;
        int end = k + 1;
        if (adjective && s.IsDash(end) && s.IsAnyWord(end + 1, "long", "old")) end += 2;
        return Make(first, end, unit, n);
    }

    /// <summary>Bare plural units after <c>for</c>, <c>over the</c>: <c>for years</c>, <c>over the decades</c>.</summary>
    public static Match? Bare(Scan s, int i)
    {
        int j = s.SkipThe(i);
        if (!s.IsUnit(j, out var unit, out bool plural) || !plural) return null;
        if (!s.IsAnyWord(i - 1, "for", "over", "in", "within") || j == i && s.IsWord(i - 1, "over")) return null;
        return Make(i, j + 1, unit, Quantities.Unknown);
    }

    private static Match? Make(int first, int end, Unit unit, int n)
    {
        string? timex = Units.Duration(unit, n);
        return timex is null ? null : new Match(first, end, MentionKind.Duration, TimeValue.Duration(timex, Units.Precision(unit)));
    }
}
