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
        // Auxiliaries ("will", "was") outrank participles ("will be passed"); among equals the nearest
        // wins, looking behind first: the verb governing a date is usually just before it.
        var weak = Tense.Unknown;
        bool behindOpen = true;
        bool aheadOpen = true;
        for (int d = 1; d <= Behind; d++)
        {
            int b = first - d;
            if (behindOpen && b >= 0)
            {
                if (IsSentenceEnd(s, b)) behindOpen = false;
                else if (Classify(s, b, out bool strong) is var t && t != Tense.Unknown)
                {
                    if (strong) return t;
                    if (weak == Tense.Unknown) weak = t;
                }
            }

            int a = end + d - 1;
            if (aheadOpen && d <= Ahead && a < s.Count)
            {
                if (IsSentenceEnd(s, a)) aheadOpen = false;
                else if (Classify(s, a, out bool strong) is var t && t != Tense.Unknown)
                {
                    if (strong) return t;
                    if (weak == Tense.Unknown) weak = t;
                }
            }
        }

        return weak;
    }

    private static bool IsSentenceEnd(Scan s, int i) =>
        s[i].Kind == TokenKind.Punct && s[i].Value is '.' or '!' or '?' or ';' && !(s[i].Value == '.' && s.Has(i - 1) && s[i - 1].Length <= 4 && s[i].Glued && char.IsUpper(s.Text[s[i - 1].Start]));

    private static Tense Classify(Scan s, int i, out bool strong)
    {
        strong = true;
        if (s[i].Kind != TokenKind.Word) return Tense.Unknown;
        if (s.IsAnyWord(i, "will", "shall", "ll", "going", "scheduled", "upcoming", "tomorrow", "next", "won", "would", "planned", "planning", "plans", "plan", "until", "expected", "due", "set", "deadline", "intends", "hopes"))
            return Tense.Future;
        if (s.IsAnyWord(i, "was", "were", "had", "did", "said", "ago", "yesterday", "came", "went", "began", "met", "held", "took", "made", "gave", "told", "saw", "lost", "left", "fell", "rose", "broke", "last"))
            return Tense.Past;
        strong = false;
        var w = s.Span(i);
        if (w.Length > 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !w.EndsWith("eed", StringComparison.OrdinalIgnoreCase))
            return Tense.Past;
        return Tense.Unknown;
    }
}
