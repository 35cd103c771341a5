using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Grammar;

internal enum Tense
{
    Unknown,
    Past,
    Future,
}

/// <summary>
/// The tense around a mention, read from a few words either side within the sentence. News
/// conventions need only this much: <c>on Wednesday</c> is the last Wednesday unless the verb is future.
/// </summary>
internal static class TenseReader
{
    private const int Behind = 8;
    private const int Ahead = 4;

    public static Tense Read(Scan s, int first, int end)
    {
        var tense = Tense.Unknown;
        for (int i = first - 1; i >= 0 && i >= first - Behind; i--)
        {
            if (IsSentenceEnd(s, i)) break;
            var t = Classify(s, i);
            if (t == Tense.Future) return t;
            if (t == Tense.Past && tense == Tense.Unknown) tense = t;
        }

        for (int i = end; i < s.Count && i < end + Ahead; i++)
        {
            if (IsSentenceEnd(s, i)) break;
            var t = Classify(s, i);
            if (t == Tense.Future) return t;
            if (t == Tense.Past && tense == Tense.Unknown) tense = t;
        }

        return tense;
    }

    private static bool IsSentenceEnd(Scan s, int i) =>
        s[i].Kind == TokenKind.Punct && s[i].Value is '.' or '!' or '?' or ';' && !(s[i].Value == '.' && s.Has(i - 1) && s[i - 1].Length <= 4 && s[i].Glued && char.IsUpper(s.Text[s[i - 1].Start]));

    private static Tense Classify(Scan s, int i)
    {
        if (s[i].Kind != TokenKind.Word) return Tense.Unknown;
        if (s.IsAnyWord(i, "will", "shall", "ll", "going", "scheduled", "expected", "plans", "planned", "planning", "upcoming", "due", "intends", "would", "should", "tomorrow"))
            return Tense.Future;
        if (s.IsAnyWord(i, "was", "were", "had", "did", "said", "ago", "yesterday", "came", "went", "began", "met", "held", "took", "made", "gave", "told", "saw", "won", "lost", "left", "fell", "rose", "broke", "last"))
            return Tense.Past;
        var w = s.Span(i);
        if (w.Length > 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !w.EndsWith("eed", StringComparison.OrdinalIgnoreCase))
            return Tense.Past;
        return Tense.Unknown;
    }
}
