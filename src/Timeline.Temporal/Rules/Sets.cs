using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;

namespace Timeline.Temporal.Rules;

/// <summary>Recurrences, which date nothing: <c>every year</c>, <c>each month</c>, <c>every Wednesday</c>, <c>annually</c>.</summary>
internal static class Sets
{
    public static Match? Parse(Scan s, int i)
    {
        if (s.IsAnyWord(i, "annually", "yearly"))
            return new Match(i, i + 1, MentionKind.Set, TimeValue.Duration("P1Y", TimePrecision.Year));
        if (!s.IsAnyWord(i, "every", "each")) return null;
        int j = i + 1;
        if (s.IsClass(j, WordClass.Weekday))
            return new Match(i, j + 1, MentionKind.Set, TimeValue.Duration($"XXXX-WXX-{(s[j].Value + 6) % 7 + 1}", TimePrecision.Day));
        int n = Quantities.Read(s, j, out int k);
        if (n < 0) (n, k) = (1, j);
        if (!s.IsUnit(k, out var unit, out _)) return null;
        string? timex = Units.Duration(unit, n == Quantities.Unknown ? 1 : n);
        return timex is null ? null : new Match(i, k + 1, MentionKind.Set, TimeValue.Duration(timex, Units.Precision(unit)));
    }
}
