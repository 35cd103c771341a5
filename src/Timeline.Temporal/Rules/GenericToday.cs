using Timeline.Temporal.Grammar;

namespace Timeline.Temporal.Rules;

/// <summary>
/// "today's world", "today's youth", "in today's dollars", "many of today's personal computers": the
/// present age, not the article's day. Such a "today" dates nothing; "today's meeting" still does.
/// </summary>
internal static class GenericToday
{
    private static readonly HashSet<string> AgeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "world", "youth", "society", "generation", "generations", "children", "kids", "teenagers", "youngsters", "young",
        "economy", "culture", "standards", "terms", "dollars", "money", "technology", "computers", "families", "parents",
        "consumers", "politics", "climate", "era", "age", "times", "lifestyles", "media",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AgeNoun = AgeNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when "today" at <paramref name="i"/> is a possessive before a noun of the present age, past at most one adjective.</summary>
    public static bool At(Scan s, int i)
    {
        if (!s.IsWord(i, "today") || !(s.IsPunct(i + 1, '\'') || s.IsPunct(i + 1, '’')) || !s.IsWord(i + 2, "s") || !s.IsGlued(i + 2)) return false;
        for (int k = i + 3; k <= i + 4 && s.Has(k) && s[k].Kind == Tokens.TokenKind.Word; k++)
            if (s.Span(k).Length <= 12 && AgeNoun.Contains(s.Span(k))) return true;
        return false;
    }
}
