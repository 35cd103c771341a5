using Timeline.Temporal.Grammar;

namespace Timeline.Temporal.Rules;

/// <summary>
/// The year-back comparisons of business news — <c>a year ago</c>, <c>a year earlier</c>, <c>year-earlier</c>,
/// <c>the year-ago quarter</c> — all name one period, the reported one a year back. Side by side they do not
/// count from one another: "a loss of $2.3 million a year ago; sales were $307 million a year earlier" speaks of
/// one year, not of two.
/// </summary>
internal static class Comparisons
{
    // Parallel comparisons stand in the same or the next sentence or two.
    private const int Reach = 80;

    /// <summary>The previous date's value when that date was itself a year-back comparison said shortly before <paramref name="i"/>.</summary>
    public static TimeValue? Parallel(Scan s, int i)
    {
        if (s.LastDate is not { } last || s.LastDateEnd <= 0 || i - s.LastDateEnd > Reach || i < s.LastDateEnd) return null;
        return EndsAComparison(s, s.LastDateEnd) ? last : null;
    }

    /// <summary>True when the tokens before <paramref name="end"/> read "year ago", "year earlier", "year-ago" or "year-earlier", perhaps with "quarter" or "period" after.</summary>
    public static bool EndsAComparison(Scan s, int end)
    {
        int e = end - 1;
        if (s.IsAnyWord(e, "quarter", "period")) e--;
        if (!s.IsAnyWord(e, "ago", "earlier")) return false;
        return s.IsWord(e - 1, "year") && s.Has(e - 2) && s[e - 2].Kind == Tokens.TokenKind.Word && s[e - 2].Class == Lexicon.WordClass.NumberWord && s[e - 2].Value == 1
            || s.IsDash(e - 1) && s.IsWord(e - 2, "year");
    }

    /// <summary>
    /// "up 39% from $388.5 million a year earlier", "higher than a year ago", "compared with a loss a year ago": the
    /// phrase at <paramref name="i"/> compares figures, unlike a narrative "A year earlier, the company had …".
    /// </summary>
    public static bool InComparison(Scan s, int i)
    {
        if (s.Has(i - 1) && s[i - 1].Kind == Tokens.TokenKind.Number) return true;
        for (int b = i - 1; b >= 0 && b >= i - 20; b--)
        {
            var t = s[b];
            if (t.Kind == Tokens.TokenKind.Punct && t.Value is '.' or '!' or '?' or ';' && !(s.IsGlued(b) && s.IsGlued(b + 1) && s[b + 1].Kind == Tokens.TokenKind.Number)) return false;
            if (s.IsAnyWord(b, "from", "than", "compared", "versus", "vs", "against")) return true;
        }

        return false;
    }

    /// <summary>The quarter before the anchor's, the one a report published then speaks of when it names none.</summary>
    public static TimeValue? QuarterJustEnded(Scan s)
    {
        if (s.Anchor is not { } a) return null;
        int q = (a.Month - 1) / 3 + 1;
        return q == 1 ? TimeValue.Quarter(a.Year - 1, 4) : TimeValue.Quarter(a.Year, q - 1);
    }
}
