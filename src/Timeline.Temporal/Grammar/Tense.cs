using Timeline.Temporal.Lexicon;
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
        var t = s[i];
        if (t.Kind != TokenKind.Word) return Tense.Unknown;
        switch (t.Class)
        {
            case WordClass.TenseMarker:
                return t.Value > 0 ? Tense.Future : Tense.Past;
            case WordClass.DayWord when t.Value != 0:
                return t.Value > 0 ? Tense.Future : Tense.Past;
            case WordClass.Relation when t.Value == (int)Relation.Next:
                return Tense.Future;
            case WordClass.Relation when t.Value is (int)Relation.Last or (int)Relation.Ago:
                return Tense.Past;
            case WordClass.None:
                // A participle or past form ("signed", "ended") is weaker evidence than an auxiliary.
                strong = false;
                var w = s.Span(i);
                return w.Length > 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !w.EndsWith("eed", StringComparison.OrdinalIgnoreCase)
                    ? Tense.Past
                    : Tense.Unknown;
            default:
                return Tense.Unknown;
        }
    }
}
