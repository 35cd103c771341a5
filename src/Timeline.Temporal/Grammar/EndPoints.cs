using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Grammar;

/// <summary>
/// The end of an extended period: "has extended the loans through January", "extended the deadline to Jan. 15",
/// "prolonged the ceasefire into March". Whatever the verb's tense, what is extended runs on past the time of
/// extending, so the end point lies ahead, as after "postponed until".
/// </summary>
internal static class EndPoints
{
    // How far back in the clause the verb may stand ("has extended Control Data up to $90 million in revolving loans through January").
    private const int Reach = 15;

    /// <summary>True when <paramref name="p"/>, the word governing a date, is "through", "to", "till" or "into" after a verb of extending.</summary>
    public static bool EndsAnExtension(Scan s, int p)
    {
        if (!s.IsAnyWord(p, "through", "thru", "till", "to", "into")) return false;
        for (int b = p - 1; b >= 0 && b >= p - Reach; b--)
        {
            if (s[b].Kind == TokenKind.Punct && s[b].Value is '.' or '!' or '?' or ';' && !s.IsGlued(b)) return false;
            if (s[b].Kind != TokenKind.Word) continue;
            var w = s.Span(b);
            if (w.StartsWith("extend", StringComparison.OrdinalIgnoreCase) || w.StartsWith("prolong", StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }
}
