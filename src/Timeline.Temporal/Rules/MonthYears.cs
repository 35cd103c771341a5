using System.Runtime.CompilerServices;
using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;

namespace Timeline.Temporal.Rules;

/// <summary>
/// A month with a year (<c>February 2022</c>, <c>Feb. 2022</c>, <c>February of 2022</c>) or alone
/// (<c>in March</c>, placed by the anchor). <c>may</c> and <c>march</c> are verbs unless a preposition
/// or a year stands beside them.
/// </summary>
internal static class MonthYears
{
    private static readonly HashSet<string> LeadWords = new(StringComparer.OrdinalIgnoreCase)
        {"in", "of", "since", "until", "till", "by", "during", "before", "after", "from", "to", "through", "early", "late",
         "mid", "last", "next", "this", "that", "each", "every", "between", "and", "or", "for", "on", "into", "throughout", "around", "about", "past",
        };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lead = LeadWords.GetAlternateLookup<ReadOnlySpan<char>>();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Match? Parse(Scan s, int i)
    {
        int month = s.Month(i, out int k);
        if (month == 0) return null;
        int j = k;
        // "February of 2022", "Dec-2018", "Dec/2018", "April in 2016".
        if (s.IsWord(j, "of") || s.IsPunct(j, ',') || (s.IsDash(j) || s.IsPunct(j, '/')) && s.IsGlued(j) && s.IsGlued(j + 1) && s.FourDigitYear(j + 1) > 0
            || s.IsWord(j, "in") && s.FourDigitYear(j + 1) > 0) j++;
        int year = Years.At(s, j, out int yearEnd);
        if (year < 0 && (s.IsWord(k, "of") || !s.IsPunct(k, ','))) year = TwoDigitYearAt(s, j, out yearEnd, afterOf: s.IsWord(k, "of"));
        if (year > 0)
            return Match.Date(i, yearEnd, TimeValue.Month(year, month));
        if (s.IsAnyWord(j, "this", "last", "next") && s.IsWord(j + 1, "year") && s.Anchor is { } anchor)
        {
            int shift = s.IsWord(j, "last") ? -1 : s.IsWord(j, "next") ? 1 : 0;
            return Match.Date(i, j + 2, TimeValue.Month(anchor.Year + shift, month));
        }

        if (s.IsPunct(k, '\'') || s.IsPunct(k, '’'))
        {
            if (s.Has(k + 1) && s[k + 1].IsNumber && s[k + 1].Digits == 2 && s.IsGlued(k + 1))
                return Match.Date(i, k + 2, TimeValue.Month(NumericDates.TwoDigitYear(s, s[k + 1].Value), month));
        }

        if (!BareMonthAllowed(s, i, k)) return null;
        return Match.Date(i, k, Values.MonthOnly(s, month, i, k));
    }

    /// <summary>
    /// <c>87</c> as the year 1987 after a month: <c>April of 87</c>, and <c>August 99</c> where the number
    /// cannot be a day. Returns the year or -1.
    /// </summary>
    internal static int TwoDigitYearAt(Scan s, int i, out int end, bool afterOf = true)
    {
        end = i;
        if (!s.Has(i) || !s[i].IsNumber || s[i].Digits != 2 || s.IsGlued(i) || Vetoes.NotADate(s, i) || s.IsClass(i + 1, WordClass.Unit)) return -1;
        if (!afterOf && s[i].Value <= 31) return -1;
        end = i + 1;
        return NumericDates.TwoDigitYear(s, s[i].Value);
    }

    /// <summary>
    /// "the March accession", "the May elections": a capitalized month between "the" and a plain noun. Not
    /// "the March on Washington" nor "the May government", where the word is a march or a name.
    /// </summary>
    private static bool Attributive(Scan s, int i, int next) =>
        s.IsWord(i - 1, "the") && next == i + 1 && s.Has(next) && s[next].Kind == Tokens.TokenKind.Word && !s[next].Capitalized && !s[next].Glued
        && s[next].Class == WordClass.None && s[next].Length > 3
        && !s.IsAnyWord(next, "government", "cabinet", "administration", "ministry", "premiership", "team", "years", "era", "through", "toward", "towards", "against", "across");

    /// <summary>
    /// Chat writes months in lower case: "in dec", "back in may." A lower-case "may", "march", "jan" or "dec" is a month
    /// only right after a preposition of time and before the end of the phrase ("interest in may be", "in march
    /// order" are not).
    /// </summary>
    private static bool LowercaseAfterPreposition(Scan s, int i, int next) =>
        s.IsAnyWord(i - 1, "in", "since", "until", "till", "during", "before", "after", "through")
        && (!s.Has(next) || s[next].Kind == Tokens.TokenKind.Punct && !(s[next].Glued && s.IsDash(next)));

    private static bool BareMonthAllowed(Scan s, int i, int next)
    {
        var t = s[i];
        bool abbreviated = t.Length <= 4 && !s.IsWord(i, "june") && !s.IsWord(i, "july") && !s.IsWord(i, "may");
        bool lead = s.Has(i - 1) && s[i - 1].Kind == Tokens.TokenKind.Word && Lead.Contains(s.Span(i - 1)) || s.IsDash(i - 1) && s.IsGlued(i) && s.IsWord(i - 2, "mid");
        if (t.Class == WordClass.AmbiguousMonth || abbreviated)
            return t.Capitalized && (lead && !s.IsWord(i - 1, "and") || Attributive(s, i, next)) || LowercaseAfterPreposition(s, i, next);
        // A name such as "August Wilson": a capitalized word right after the month.
        if (s.Has(next) && s[next].Kind == Tokens.TokenKind.Word && s[next].Capitalized && s[next].Class is WordClass.None or WordClass.Starter or WordClass.TenseMarker && !s[next].Glued) return false;
        return t.Capitalized || lead;
    }
}
