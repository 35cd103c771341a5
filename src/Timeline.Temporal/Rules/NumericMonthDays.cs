using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Rules;

/// <summary>
/// A month and day in digits without a year, or with one after a comma: <c>4/22</c>, <c>22/04</c>,
/// <c>on 4-22</c>, <c>on 4.22</c>, <c>friday 7/6</c>, <c>08/12,2015</c>. A day over 12 decides the
/// order; otherwise <see cref="RecognitionOptions.SlashOrder"/> does. Fractions (<c>3/4 of</c>),
/// scores (<c>won 4-2</c>), ratios, versions, decimals and times stay numbers: a dash or a dot needs a
/// date preposition or a weekday before it, and a slash that reads as a fraction needs one too.
/// </summary>
internal static class NumericMonthDays
{
    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
        { "on", "by", "until", "till", "til", "since", "before", "after", "from", "through", "thru", "for", "in", "to", "and", "between" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Preposition = Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();

    public static Match? Parse(Scan s, int i)
    {
        // Cheapest test first: digits, a weekday, or this/next/last.
        if (s[i].Kind != TokenKind.Number && s[i].Class is not (WordClass.Weekday or WordClass.Relation)) return null;
        int first = i;
        int k = i;
        bool lead = false;
        if (s.IsAnyWord(k, "this", "next", "last") && (s.IsClass(k + 1, WordClass.Weekday) || IsMonthDayShape(s, k + 1)))
        {
            k++;
            lead = true;
        }

        if (s.IsClass(k, WordClass.Weekday))
        {
            k++;
            if (s.IsPunct(k, ',')) k++;
            lead = true;
        }

        if (!IsMonthDayShape(s, k)) return null;
        var (a, sepToken, b) = (s[k], s[k + 1], s[k + 2]);
        char sep = (char)sepToken.Value;
        if (s.IsGlued(k) && s.Has(k - 1) && (s[k - 1].Kind != TokenKind.Punct || s[k - 1].Value is '/' or '-' or '.' or ':' or '$' or '€' or '£' or '#' or ','))
            return null;

        int end = k + 3;
        int year = -1;
        if (s.IsGlued(end) && s.Has(end))
        {
            var n = s[end];
            if (sep == '/' && s.IsPunct(end, ',') && s.IsGlued(end + 1) && s.Has(end + 1) && s[end + 1].IsNumber && !(s.IsGlued(end + 2) && s.Has(end + 2) && s[end + 2].Kind != TokenKind.Punct))
            {
                var y = s[end + 1];
                year = y.Digits == 4 && y.Value is >= 1000 and <= 2199 ? y.Value : y.Digits == 2 ? NumericDates.TwoDigitYear(s, y.Value) : -1;
                if (year < 0) return null;
                end += 2;
            }
            // 4/22/2016 and 1.2.3.4 are longer numbers, 4.22% a rate, 4/22a a code.
            else if (n.Kind != TokenKind.Punct || n.Value is '/' or '-' or ':' or '%' or '$' or '\'' or '’') return null;
            else if (n.Value is '.' or ',' && s.IsGlued(end + 1) && s.Has(end + 1) && s[end + 1].Kind != TokenKind.Punct) return null;
        }

        if (!ReadOrder(s, a.Value, b.Value, out int month, out int day) || Vetoes.IsNumberedNoun(s, k - 1)) return null;
        bool context = lead || IsPreposition(s, first - 1);
        switch (sep)
        {
            case '/':
                // "up from 1/2", "cut by 1/2": a fraction needs a weekday or an "on" before it to be a day.
                if (FractionLike(a.Value, b.Value) && !lead && !s.IsAnyWord(first - 1, "on", "since", "until", "till")) return null;
                // "24/7" is all the time, not the 24th of July.
                if (a.Value == 24 && b.Value == 7) return null;
                if (s.IsWord(end, "of") || s.IsClass(end, WordClass.Unit) || Vetoes.IsCountedNoun(s, end)) return null;
                break;
            default:
                // A dash or a dot is a score, a range of numbers or a decimal unless a date word governs it.
                if (!context || s.IsAnyWord(first - 1, "from", "between", "to", "and") || !(EndsPhrase(s, end) || lead && sep == '.' && !s.IsClass(end, WordClass.Unit) && !Vetoes.IsCountedNoun(s, end))) return null;
                // "in 3-2", "on 3.5" (a score, a version): only two digits after the mark make a day of it.
                if (!lead && b.Digits < 2 && (sep == '.' || s.IsWord(first - 1, "in"))) return null;
                // "beat New York on Friday 3-1", "won Friday 3-1 in overtime": a result, not the first of March.
                if (sep == '-' && s.IsClass(k - 1, WordClass.Weekday) || sep == '-' && s.IsPunct(k - 1, ',') && s.IsClass(k - 2, WordClass.Weekday))
                    if (Scores.AfterWeekday(s, s.IsClass(k - 1, WordClass.Weekday) ? k - 1 : k - 2)) return null;
                break;
        }

        if (year > 0)
        {
            var v = Values.DayOrNull(year, month, day);
            return v is null ? null : Match.Date(first, end, v);
        }

        // "9/11" names the day of the 2001 attacks.
        if (sep == '/' && month == 9 && day == 11 && a.Value == 9 && s.SlashOrder == SlashDateOrder.MonthFirst)
            return Match.Date(first, end, TimeValue.Day(2001, 9, 11));
        // "next 5/12" is the coming May 12th even a week after this year's, "last 5/12" the one before the anchor, "this 5/12" this year's.
        if (s.Anchor is { } anchor && !s.IsClass(first + 1, WordClass.Weekday) && s.IsAnyWord(first, "next", "last", "this") && CalendarDate.IsValid(anchor.Year, month, day))
        {
            var d = new CalendarDate(anchor.Year, month, day);
            if (s.IsWord(first, "next") && d <= anchor) d = d.AddYears(1);
            else if (s.IsWord(first, "last") && d >= anchor) d = d.AddYears(-1);
            return CalendarDate.IsValid(d.Year, month, day) ? Match.Date(first, end, TimeValue.Day(d)) : null;
        }

        var value = Values.MonthDay(s, month, day, first, end);
        return value is null ? null : Match.Date(first, end, value);
    }

    /// <summary>Digits, a glued <c>/</c>, <c>-</c> or <c>.</c>, digits: two numbers of at most two digits each.</summary>
    private static bool IsMonthDayShape(Scan s, int k) =>
        s.Has(k + 2) && s[k].Kind == TokenKind.Number && s[k].Digits <= 2 && s[k + 1].Kind == TokenKind.Punct && s[k + 1].Value is '/' or '-' or '.'
        && s[k + 1].Glued && s[k + 2].Glued && s[k + 2].Kind == TokenKind.Number && s[k + 2].Digits <= 2;

    private static bool ReadOrder(Scan s, int a, int b, out int month, out int day)
    {
        (month, day) = a > 12 ? (b, a) : b > 12 ? (a, b) : s.SlashOrder == SlashDateOrder.DayFirst ? (b, a) : (a, b);
        return month is >= 1 and <= 12 && CalendarDate.IsValid(2000, month, day);
    }

    /// <summary>1/2, 3/4, 5/8, 7/16: a proper fraction with a usual denominator.</summary>
    private static bool FractionLike(int a, int b) => a < b && b is 2 or 3 or 4 or 5 or 6 or 8 or 10 or 16;

    private static bool IsPreposition(Scan s, int i) =>
        s.Has(i) && s[i].Kind == TokenKind.Word && s[i].Length <= 7 && Preposition.Contains(s.Span(i));

    private static bool EndsPhrase(Scan s, int end)
    {
        if (!s.Has(end)) return true;
        var n = s[end];
        if (n.Kind == TokenKind.Punct) return true;
        return n.Kind == TokenKind.Word && !n.Glued && s.IsAnyWord(end, "at", "and", "or", "to", "through", "till", "until", "this", "next", "last");
    }
}
