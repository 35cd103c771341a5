using Timeline.Temporal.Lexicon;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Grammar;

/// <summary>Counts before a unit: <c>3</c>, <c>seven</c>, <c>twenty-five</c>, <c>a</c>; <c>several</c> and <c>a few</c> are known to be plural but not how many (0).</summary>
internal static class Quantities
{
    public const int Unknown = 0;

    /// <summary>The count at <paramref name="i"/>, or -1; <paramref name="next"/> is the token after it.</summary>
    public static int Read(Scan s, int i, out int next)
    {
        // Most rules start by reading a count at the same place: remember the last answer.
        if (s.CachedQuantityIndex == i)
        {
            next = s.CachedQuantityNext;
            return s.CachedQuantity;
        }

        int n = ReadUncached(s, i, out next);
        (s.CachedQuantityIndex, s.CachedQuantity, s.CachedQuantityNext) = (i, n, next);
        return n;
    }

    private static int ReadUncached(Scan s, int i, out int next)
    {
        next = i;
        if (!s.Has(i)) return -1;
        var t = s[i];
        if (t.Kind == TokenKind.Number)
        {
            if (t.Digits > 4 || t.Value <= 0 || Rules.Vetoes.NotADate(s, i) && !Rules.Vetoes.IsCountedNoun(s, i + 1)) return -1;
            if (s.IsPunct(i - 1, '.') && t.Glued) return -1;
            next = i + 1;
            return t.Value;
        }

        if (t.Kind != TokenKind.Word) return -1;
        if (t.Class == WordClass.NumberWord)
        {
            int n = t.Value;
            next = i + 1;
            if (n >= 20 && n < 100 && s.IsDash(i + 1) && s.IsGlued(i + 1) && s.IsClass(i + 2, WordClass.NumberWord) && s[i + 2].Value is > 0 and < 10)
            {
                n += s[i + 2].Value;
                next = i + 3;
            }
            else if (n == 1 && s.IsAnyWord(i, "a", "an") && s.IsAnyWord(i + 1, "few", "couple"))
            {
                next = s.IsWord(i + 2, "of") ? i + 3 : i + 2;
                return s.IsWord(i + 1, "couple") ? 2 : Unknown;
            }

            return n;
        }

        if (s.IsAnyWord(i, "several", "many", "few", "some", "numerous"))
        {
            next = i + 1;
            return Unknown;
        }

        return -1;
    }
}
