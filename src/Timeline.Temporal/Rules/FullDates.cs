using System.Runtime.CompilerServices;
using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;

namespace Timeline.Temporal.Rules;

/// <summary>
/// A day of a named month, in either order, with or without a year and a weekday:
/// <c>July 27, 1953</c>, <c>Jul. 27 1953</c>, <c>July 27th, 1953</c>, <c>27 July 1953</c>,
/// <c>the 27th of July</c>, <c>Wednesday, July 26</c>.
/// </summary>
internal static class FullDates
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Match? Parse(Scan s, int i)
    {
        int first = i;
        int j = i;
        // "this Friday, June 22": the day named fixes the date, the weekday and its "this" only confirm it.
        if (s.IsWord(j, "this") && s.IsWord(j + 1, "coming") && s.IsClass(j + 2, WordClass.Weekday)) j++;
        if (s.IsAnyWord(j, "this", "next", "coming") && s.IsClass(j + 1, WordClass.Weekday)) j++;
        if (s.IsClass(j, WordClass.Weekday))
        {
            j++;
            if (s.IsPunct(j, '.') || s.IsPunct(j, ',')) j++;
            if (s.IsPunct(j, ',')) j++;
        }
        else if (j != first) return null;

        var m = MonthFirst(s, first, j) ?? DayFirst(s, first, j);
        if (m is null && j != first)
        {
            // "Friday 2018-7-6".
            var numeric = NumericDates.Parse(s, j);
            return numeric is null || numeric.Value.Precision != TimePrecision.Day ? null : Match.Date(first, numeric.End, numeric.Value);
        }

        return m;
    }

    /// <summary><c>July 27</c>, <c>July 27, 1953</c>, <c>May twenty-first</c>, <c>September the twenty-first nineteen seventy eight</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Match? MonthFirst(Scan s, int first, int j)
    {
        int month = s.Month(j, out int k);
        if (month == 0) return null;
        if (s.IsDash(k) && s.IsGlued(k) && s.IsGlued(k + 1)) k++; // jan-1
        else if (s.IsPunct(k, '/') && s.IsGlued(k) && s.IsGlued(k + 1) && s.Has(k + 1) && s[k + 1].IsNumber) k++; // Oct/2
        else if (s.IsPunct(k, '.') && s.IsGlued(k) && s.Has(k + 1) && s[k + 1].IsNumber && s[k + 1].Digits <= 2 && (!s.Has(k + 2) || s[k + 2].Kind == Tokens.TokenKind.Punct && !s.IsGlued(k + 3)))
            k++; // "October. 2" ending its phrase; "in October. 2 people died" has a word after the number
        else if (s.IsPunct(k, ',') && s.Has(k + 1) && s[k + 1].Kind == Tokens.TokenKind.Ordinal) k++; // October, 1st
        bool the = s.IsWord(k, "the");
        int dayAt = the ? k + 1 : k;
        int day = DayOfMonth.Read(s, dayAt, out int end, cardinals: !the);
        if (day < 0 || the && !DayOfMonth.IsOrdinal(s, dayAt, end)) return null;
        if (s[dayAt].IsNumber && Vetoes.NotADate(s, dayAt, afterMonth: true)) return null;
        // "May 5 years", "in March two people": a count, not a day ("On May 9 troops paraded" keeps its digits).
        bool spelledCount = s[dayAt].Kind == Tokens.TokenKind.Word && !DayOfMonth.IsOrdinal(s, dayAt, end);
        if (s.IsClass(end, WordClass.Unit) || spelledCount && Vetoes.IsCountedNoun(s, end)) return null;
        int year = YearAfter(s, end, out int yearEnd);
        if (year > 0)
        {
            var v = Values.DayOrNull(year, month, day);
            return v is null ? null : Match.Date(first, yearEnd, v);
        }

        // "may one day", "march two miles": a spelled count after a verb-like month word is no day.
        if (spelledCount && (s[j].Class == WordClass.AmbiguousMonth && !s[j].Capitalized && end - dayAt < 2 || s.Has(end) && s[end].Kind == Tokens.TokenKind.Word && s[end].Class == WordClass.None && !s.IsAnyWord(end, "at", "and", "or", "with", "to", "through", "till", "until"))) return null;
        // A glued ",123" would be a count (May 180,000): NotADate caught it above.
        var value = Values.MonthDay(s, month, day, first, end);
        return value is null ? null : Match.Date(first, end, value);
    }

    /// <summary><c>27 July 1953</c>, <c>the 27th of July</c>, <c>twenty second of June</c>, <c>16. Nov. 2016</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Match? DayFirst(Scan s, int first, int j)
    {
        int start = j;
        if (s.IsWord(j, "the")) j++;
        bool spelled = s.IsClass(j, WordClass.NumberWord);
        int day = DayOfMonth.Read(s, j, out int k, cardinals: spelled);
        if (day < 0) return null;
        bool ordinal = DayOfMonth.IsOrdinal(s, j, k);
        if (!ordinal && s.IsWord(start, "the")) return null;
        // A month after the number makes a day of it whatever precedes, but not a price ("for $12 December 27", "for $ 12 December 27").
        bool price = s.IsPunct(j - 1, '$') || s.IsPunct(j - 1, '€') || s.IsPunct(j - 1, '£');
        if (s[j].Kind == Tokens.TokenKind.Number && (price || Vetoes.NotADate(s, j) && !s.IsMonth(j + 1) && !(s.IsPunct(j + 1, '.') && s.IsMonth(j + 2)))) return null;
        bool of = s.IsWord(k, "of");
        // "the 15th day of June", "the twenty third day of September".
        if (!of && ordinal && s.IsWord(k, "day") && s.IsWord(k + 1, "of") && s.IsMonth(k + 2))
        {
            of = true;
            k++;
        }

        if (of) k++;
        else if (s.IsDash(k) && s.IsGlued(k) && s.IsGlued(k + 1)) k++;
        bool dotted = s.IsPunct(k, '.') && s.IsGlued(k) && s[j].IsNumber && s.IsMonth(k + 1);
        if (dotted) k++; // 16. Nov. 2016
        int month = s.Month(k, out int end);
        if (month == 0) return null;
        int year = YearAfter(s, end, out int yearEnd);
        // "rose to 16. March was…" ends a sentence; only a year after it makes "16. March" one date.
        if (dotted && year <= 0) return null;
        if (year > 0)
        {
            var v = Values.DayOrNull(year, month, day);
            return v is null ? null : Match.Date(first, yearEnd, v);
        }

        // "twenty five January" needs its year or an "on" before it to be a day rather than a count.
        if (!ordinal && s[j].Kind == Tokens.TokenKind.Word && (of || !s.IsWord(start - 1, "on"))) return null;
        var value = Values.MonthDay(s, month, day, first, end);
        return value is null ? null : Match.Date(first, end, value);
    }

    /// <summary>An optional <c>, 1953</c>, <c> 1953</c>, <c> of 1953</c>, <c> in 1953</c>, <c>-1953</c>, <c>, nineteen fifty-three</c> or <c> of '53</c> after a day; returns the year or 0.</summary>
    internal static int YearAfter(Scan s, int i, out int end)
    {
        end = i;
        int j = i;
        bool of = s.IsWord(j, "of");
        bool dash = s.IsDash(j) && s.IsGlued(j) && s.IsGlued(j + 1);
        if (of || dash || s.IsPunct(j, ',') || s.IsWord(j, "in") && s.FourDigitYear(j + 1) > 0) j++;
        // "Sep-23-2020": the year glued on by a dash is the date's, not part of a code.
        if (dash && s.FourDigitYear(j) is var glued and > 0 && !(s.IsGlued(j + 1) && s.Has(j + 1) && s[j + 1].Kind != Tokens.TokenKind.Punct))
        {
            end = j + 1;
            return glued;
        }

        int year = Years.At(s, j, out int yearEnd);
        if (year < 0 && of) year = MonthYears.TwoDigitYearAt(s, j, out yearEnd);
        if (year < 0) return 0;
        end = yearEnd;
        return year;
    }
}
