using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Rules;

/// <summary>
/// A year written before the part of it that is meant: <c>2016 june</c>, <c>2016, nov</c>,
/// <c>2016 June 5</c>, <c>2016 Q3</c>, <c>2016H2</c>, <c>2017-q1</c>, <c>2016 the third quarter</c>.
/// </summary>
internal static class YearFirst
{
    public static Match? Parse(Scan s, int i)
    {
        int year = s.FourDigitYear(i);
        if (year < 0 || Vetoes.NotADate(s, i) && !s.IsGlued(i + 1)) return null;
        if (s.IsGlued(i) && s.Has(i - 1) && s[i - 1].Kind != TokenKind.Punct) return null;
        return Month(s, i, year) ?? Part(s, i, year);
    }

    /// <summary><c>2016 june</c>, <c>2016, nov</c>, <c>2016 June 5</c>.</summary>
    private static Match? Month(Scan s, int i, int year)
    {
        int k = i + 1;
        bool comma = s.IsPunct(k, ',');
        if (comma) k++;
        if (s.IsGlued(k)) return null;
        int month = s.Month(k, out int end);
        if (month == 0) return null;
        int day = s.DayNumber(end);
        if (day > 0 && s[end].IsNumber && !s.IsGlued(end) && !Vetoes.NotADate(s, end, afterMonth: true) && !s.IsClass(end + 1, WordClass.Unit))
        {
            var v = Values.DayOrNull(year, month, day);
            return v is null ? null : Match.Date(i, end + 1, v);
        }

        // "In 2016, June was hot", "by 2020 June sales had doubled", "in 1998 August Wilson": the month
        // must end the phrase, or it belongs to what follows it.
        bool ends = !s.Has(end) || s[end].Kind == TokenKind.Punct && !(s.IsDash(end) && s.IsGlued(end)) || s.IsAnyWord(end, "and", "or", "to", "through", "until", "till");
        return ends ? Match.Date(i, end, TimeValue.Month(year, month)) : null;
    }

    /// <summary><c>2016 Q3</c>, <c>2016H2</c>, <c>2017-q1</c>, <c>2016 the third quarter</c>.</summary>
    private static Match? Part(Scan s, int i, int year)
    {
        int k = i + 1;
        if (s.IsDash(k) && s.IsGlued(k) && s.IsGlued(k + 1)) k++;
        if (s.Has(k + 1) && s[k].Kind == TokenKind.Word && s[k].Length == 1 && s[k + 1].IsNumber && s[k + 1].Glued && s[k + 1].Digits == 1)
        {
            if (s.IsGlued(k + 2) && s.Has(k + 2) && s[k + 2].Kind != TokenKind.Punct) return null;
            char c = char.ToUpperInvariant(s.Text[s[k].Start]);
            int n = s[k + 1].Value;
            if (c == 'Q' && n is >= 1 and <= 4) return Match.Date(i, k + 2, TimeValue.Quarter(year, n));
            if (c == 'H' && n is 1 or 2) return Match.Date(i, k + 2, TimeValue.Half(year, n));
            return null;
        }

        if (k != i + 1) return null;
        if (s.IsWord(k, "the")) k++;
        int ordinal = s.IsClass(k, WordClass.OrdinalWord) ? s[k].Value : s.Has(k) && s[k].Kind == TokenKind.Ordinal ? s[k].Value : -1;
        if (ordinal < 1 || !s.IsUnit(k + 1, out var unit, out bool plural) || plural) return null;
        if (unit == Unit.Quarter && ordinal <= 4) return Match.Date(i, k + 2, TimeValue.Quarter(year, ordinal));
        if (unit == Unit.Half && ordinal <= 2) return Match.Date(i, k + 2, TimeValue.Half(year, ordinal));
        return null;
    }
}
