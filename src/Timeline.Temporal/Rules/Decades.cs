using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Rules;

/// <summary>
/// Decades and centuries: <c>the 1950s</c>, <c>the '90s</c>, <c>the nineties</c>, <c>the 20th century</c>,
/// <c>the twentieth century</c>, <c>the 5th century BC</c>.
/// </summary>
internal static class Decades
{
    public static Match? Parse(Scan s, int i)
    {
        int first = i;
        int j = s.SkipThe(i);
        return Decade(s, first, j) ?? Century(s, first, j);
    }

    private static Match? Decade(Scan s, int first, int j)
    {
        if (s.IsClass(j, WordClass.DecadeWord))
            return first == j && !s[j].Capitalized && !s.IsAnyWord(j - 1, "in", "during", "since", "from", "through", "until", "by", "of") ? null : Match.Date(first, j + 1, TimeValue.Decade(s[j].Value));
        if (j > first && SpelledDecade(s, j, out int spelledEnd) is var spelled and > 0) return Match.Date(first, spelledEnd, TimeValue.Decade(spelled));
        bool apostrophe = (s.IsPunct(j, '\'') || s.IsPunct(j, '’')) && s.IsGlued(j + 1);
        int k = apostrophe ? j + 1 : j;
        if (!s.Has(k)) return null;
        int end = k + 1;
        if (s[k].Kind != TokenKind.PluralNumber)
        {
            // "the 1970's", "70's", "1990 s": the plural written apart from its digits.
            if (s[k].Kind != TokenKind.Number || apostrophe) return null;
            if ((s.IsPunct(k + 1, '\'') || s.IsPunct(k + 1, '’')) && s.IsGlued(k + 1) && s.IsWord(k + 2, "s") && s.IsGlued(k + 2)) end = k + 3;
            // "10 s" is more often ten seconds: a spaced "s" makes a decade of four digits, or of two after "the".
            else if (s.IsWord(k + 1, "s") && !s.IsGlued(k + 1) && (s[k].Digits == 4 || j > first)) end = k + 2;
            else return null;
            if (s.IsGlued(end) && s.Has(end) && (s[end].Kind != TokenKind.Punct || s.IsDash(end))) return null;
        }

        if (s[k].Value % 10 != 0) return null;
        if (s.IsGlued(k) && !apostrophe && s.Has(k - 1) && s[k - 1].Kind != TokenKind.Punct) return null;
        var t = s[k];
        if (t.Digits == 4 && t.Value is >= 1000 and <= 2190)
        {
            // "the 1900s" is the century; "the 2000s" is, in news, the decade.
            var v = t.Value % 100 == 0 && t.Value < 2000 ? TimeValue.Century(t.Value / 100) : TimeValue.Decade(t.Value);
            return Match.Date(first, end, v);
        }

        if (t.Digits == 2)
        {
            if (IsAge(s, first)) return null;
            int year = s.Anchor is { } a && 2000 + t.Value <= a.Year ? 2000 + t.Value : t.Value <= 10 ? 2000 + t.Value : 1900 + t.Value;
            return Match.Date(first, end, TimeValue.Decade(year));
        }

        return null;
    }

    /// <summary>"in his 30s", "in her early 20s", "their late 40s": an age, not a decade.</summary>
    private static bool IsAge(Scan s, int first)
    {
        int p = first - 1;
        if (s.IsDash(p) && s.IsAnyWord(p - 1, "mid", "early", "late")) p -= 2;
        else if (s.IsAnyWord(p, "mid", "early", "late")) p--;
        return s.IsAnyWord(p, "his", "her", "their", "my", "your", "our");
    }

    /// <summary>
    /// <c>nineteen seventies</c>, <c>twenty-tens</c>, <c>two thousands</c>, <c>two thousand and tens</c>
    /// after <c>the</c>: the decade's first year, or -1.
    /// </summary>
    private static int SpelledDecade(Scan s, int j, out int end)
    {
        end = j;
        if (!s.IsClass(j, WordClass.NumberWord)) return -1;
        int head = s[j].Value;
        if (head == 2 && s.IsWord(j + 1, "thousands"))
        {
            end = j + 2;
            return 2000;
        }

        int k = j + 1;
        int century;
        if (head == 2 && s.IsWord(k, "thousand") && s.IsWord(k + 1, "and"))
        {
            century = 2000;
            k += 2;
        }
        else if (head is >= 11 and <= 20)
        {
            century = head * 100;
            if (s.IsDash(k) && s.IsGlued(k) && s.IsGlued(k + 1)) k++;
        }
        else return -1;

        int decade = s.IsWord(k, "tens") ? 10 : s.IsClass(k, WordClass.DecadeWord) && s[k].Value is >= 1920 and < 2000 ? s[k].Value - 1900 : -1;
        if (decade < 0) return -1;
        end = k + 1;
        return century + decade;
    }

    private static Match? Century(Scan s, int first, int j)
    {
        int n = -1;
        if (s.Has(j) && s[j].Kind == TokenKind.Ordinal && s[j].Digits <= 2) n = s[j].Value;
        else if (s.IsClass(j, WordClass.OrdinalWord)) n = s[j].Value;
        else if (s.IsClass(j, WordClass.NumberWord) && s.IsDash(j + 1) && s.IsClass(j + 2, WordClass.OrdinalWord))
        {
            n = s[j].Value + s[j + 2].Value;
            j += 2;
        }

        if (n is < 1 or > 30) return null;
        int k = j + 1;
        if (s.IsDash(k) && s.IsGlued(k)) k++;
        if (!s.IsAnyWord(k, "century", "centuries")) return null;
        int end = k + 1;
        int era = Years.EraAfter(s, end, out int eraEnd);
        if (era < 0) return Match.Date(first, eraEnd, TimeValue.Century(-n));
        if (era > 0) end = eraEnd;
        return Match.Date(first, end, TimeValue.Century(n - 1));
    }
}
