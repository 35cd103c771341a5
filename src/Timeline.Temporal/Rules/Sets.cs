using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;

namespace Timeline.Temporal.Rules;

/// <summary>Recurrences, which date nothing: <c>every year</c>, <c>each month</c>, <c>every Wednesday</c>, <c>annually</c>, <c>Sunday mornings</c>.</summary>
internal static class Sets
{
    public static Match? Parse(Scan s, int i)
    {
        // "works Sunday mornings", "meets on Tuesday nights": a weekday's part of the day in the plural recurs.
        if (s.IsClass(i, WordClass.Weekday) && PartOfDayCode(s, i + 1) is { } code)
            return new Match(i, i + 2, MentionKind.Set, TimeValue.Duration($"XXXX-WXX-{(s[i].Value + 6) % 7 + 1}{code}", TimePrecision.Day));
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

    private static string? PartOfDayCode(Scan s, int i) =>
        s.IsWord(i, "mornings") ? "TMO" : s.IsWord(i, "afternoons") ? "TAF" : s.IsWord(i, "evenings") ? "TEV" : s.IsWord(i, "nights") ? "TNI" : null;
}
