using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Rules;

/// <summary>
/// A quarter or half of a year named in the possessive: <c>this year's third quarter</c>, <c>next year's first
/// half</c>, <c>1990's fourth quarter</c>, <c>last year's final quarter</c>, <c>this year's fiscal second quarter</c>.
/// One date, as TimeML annotates it, not a year beside a relative quarter.
/// </summary>
internal static class PossessiveYearParts
{
    public static Match? Parse(Scan s, int i)
    {
        int year;
        int k;
        if (s.IsAnyWord(i, "this", "last", "next") && s.IsWord(i + 1, "year"))
        {
            if (s.Anchor is not { } a) return null;
            year = a.Year + (s.IsWord(i, "last") ? -1 : s.IsWord(i, "next") ? 1 : 0);
            k = i + 2;
        }
        else
        {
            year = s.FourDigitYear(i);
            k = i + 1;
            if (year < 0) return null;
        }

        if (!(s.IsPunct(k, '\'') || s.IsPunct(k, '’')) || !s.IsGlued(k) || !s.IsWord(k + 1, "s") || !s.IsGlued(k + 1)) return null;
        int j = k + 2;
        if (s.IsWord(j, "fiscal")) j++;
        int n = s.IsClass(j, WordClass.OrdinalWord) ? s[j].Value : s.Has(j) && s[j].Kind == TokenKind.Ordinal ? s[j].Value : s.IsAnyWord(j, "last", "final") ? int.MaxValue : -1;
        if (n < 1) return null;
        int u = s.IsDash(j + 1) && s.IsGlued(j + 1) ? j + 2 : j + 1;
        if (!s.IsUnit(u, out var unit, out bool plural) || plural || unit is not (Unit.Quarter or Unit.Half)) return null;
        int parts = unit == Unit.Quarter ? 4 : 2;
        if (n == int.MaxValue) n = parts;
        // "this year's first quarter-century", "last year's first half-marathon".
        if (n > parts || s.IsDash(u + 1) && s.IsGlued(u + 1)) return null;
        return Match.Date(i, u + 1, parts == 4 ? TimeValue.Quarter(year, n) : TimeValue.Half(year, n));
    }
}
