using System.Runtime.CompilerServices;
using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Rules;

/// <summary>
/// A year on its own: <c>in 1950</c>, <c>a 1986 protocol</c>, <c>the year 2000</c>, and years of an era:
/// <c>480 BC</c> (astronomical -479), <c>AD 79</c>, <c>79 CE</c>.
/// </summary>
internal static class Years
{
    public static Match? Parse(Scan s, int i) => Era(s, i) ?? Plain(s, i);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Match? Plain(Scan s, int i)
    {
        int first = i;
        if (s.IsWord(i, "the") && s.IsWord(i + 1, "year")) i += 2;
        else if (s.IsAnyWord(i, "year", "fiscal", "fy") && s.Has(i + 1) && s[i + 1].IsNumber) i++;
        int year = s.FourDigitYear(i);
        // "the year 247", "year 800": after the word "year", three digits are a year too.
        if (year < 0 && i > first && s.Has(i) && s[i].Kind == TokenKind.Number && s[i].Digits == 3 && s[i].Value >= 100 && !s.IsAnyWord(first, "fiscal", "fy")) year = s[i].Value;
        if (year < 0 || Vetoes.NotADate(s, i)) return null;
        // A year range written 1950-53 or 1950/51 is the Ranges rule's; glued digits after a dash are not a date of their own.
        return Match.Date(first, i + 1, TimeValue.Year(year));
    }

    /// <summary><c>480 BC</c>, <c>480 B.C.</c>, <c>AD 79</c>.</summary>
    private static Match? Era(Scan s, int i)
    {
        if (s.IsClass(i, WordClass.Era) && s[i].Value > 0 && s[i].Capitalized && s.Has(i + 1) && s[i + 1].IsNumber && s[i + 1].Digits <= 4 && s[i + 1].Value > 0)
            return Match.Date(i, i + 2, TimeValue.Year(s[i + 1].Value));
        if (!s.Has(i) || s[i].Kind != TokenKind.Number || s[i].Digits > 4 || s[i].Value <= 0) return null;
        if (s.IsGlued(i) && s.Has(i - 1) && s[i - 1].Kind != TokenKind.Punct) return null;
        int sign = EraAfter(s, i + 1, out int end);
        if (sign == 0) return null;
        int year = sign < 0 ? 1 - s[i].Value : s[i].Value;
        return year < CalendarDate.MinYear ? null : Match.Date(i, end, TimeValue.Year(year));
    }

    /// <summary>
    /// The year of a composed date at <paramref name="i"/>: four digits (<c>1953</c>) or words
    /// (<c>nineteen fifty-three</c>, <c>two thousand and eight</c>); -1 if none.
    /// </summary>
    internal static int At(Scan s, int i, out int end)
    {
        end = i;
        int year = s.FourDigitYear(i);
        if (year < 0) return SpelledYears.Read(s, i, out end, composed: true);
        if (Vetoes.NotADate(s, i)) return -1;
        end = i + 1;
        return year;
    }

    /// <summary>-1 for BC/BCE/B.C., +1 for AD/CE/A.D., 0 for none; <paramref name="end"/> is past it.</summary>
    internal static int EraAfter(Scan s, int i, out int end)
    {
        end = i;
        if (s.IsClass(i, WordClass.Era) && (s[i].Capitalized || s[i].Value < 0))
        {
            end = i + 1;
            return s[i].Value;
        }

        // B.C. / A.D. / B.C.E. written with dots.
        if (s.Has(i + 3) && s[i].Kind == TokenKind.Word && s[i].Length == 1 && s.IsPunct(i + 1, '.') && s[i + 2].Length == 1 && s.IsPunct(i + 3, '.'))
        {
            char a = char.ToUpperInvariant(s.Text[s[i].Start]);
            char b = char.ToUpperInvariant(s.Text[s[i + 2].Start]);
            end = i + 4;
            if (a == 'B' && b == 'C')
            {
                if (s.Has(end + 1) && s.IsWord(end, "e") && s.IsPunct(end + 1, '.') && s.IsGlued(end)) end += 2;
                return -1;
            }

            if (a == 'A' && b == 'D') return 1;
            if (a == 'C' && b == 'E') return 1;
            end = i;
        }

        return 0;
    }
}
