using Timeline.Temporal.Grammar;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Rules;

/// <summary>
/// Date words inside the names of papers and programs: "USA Today reported", "This is VOA Today", "on NBC's Today
/// show", "speaking on ABC's "This Week"". English writes "today" and "this week" in lower case inside a sentence, so
/// a capital there, after a name, or on every word of the phrase, marks a title, which dates nothing.
/// </summary>
internal static class TitledNames
{
    /// <summary>True when the date words in [<paramref name="first"/>, <paramref name="end"/>) are capitalized as part of a name.</summary>
    public static bool At(Scan s, int first, int end)
    {
        if (first == 0 || !s[first].Capitalized) return false;
        for (int k = first + 1; k < end; k++)
            if (s[k].Kind == TokenKind.Word && !s[k].Capitalized) return false;
        var before = s[first - 1];
        // ABC's "This Week With David Brinkley": a capital on every word, in quotes, is a title (a headline's "Talks
        // Resume This Week" has no quotes; a quoted sentence's "This week" no second capital).
        if (end - first > 1) return s.IsPunct(first - 1, '"') || s.IsPunct(first - 1, '“') || s.IsPunct(end, '"') || s.IsPunct(end, '”');
        // "USA Today", "VOA Today", "NBC's Today": a capitalized word before it makes one name.
        if (before.Kind == TokenKind.Word && before.Capitalized && !s[first].Glued) return IsNameWord(s, first - 1);
        return s.IsWord(first - 1, "s") && (s.IsPunct(first - 2, '\'') || s.IsPunct(first - 2, '’')) && s.Has(first - 3) && s[first - 3].Capitalized;
    }

    // A capitalized word that opens its sentence ("Also Today, …" aside) is no name; one inside it is.
    private static bool IsNameWord(Scan s, int i) =>
        i > 0 && !(s[i - 1].Kind == TokenKind.Punct && s[i - 1].Value is '.' or '!' or '?' or '"' or '“')
        || s.Span(i).Length >= 2 && IsAllCaps(s.Span(i));

    private static bool IsAllCaps(ReadOnlySpan<char> w)
    {
        foreach (var c in w)
            if (!char.IsUpper(c)) return false;
        return true;
    }
}
