using Timeline.Temporal.Grammar;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Rules;

/// <summary>
/// All-digit dates: <c>2023-07-28</c>, <c>2023/07/28</c>, <c>27.07.1953</c> (always day first) and
/// <c>07/27/1953</c> (month or day first as <see cref="RecognitionOptions.SlashOrder"/> says).
/// </summary>
internal static class NumericDates
{
    public static Match? Parse(Scan s, int i) => FullDate(s, i) ?? YearMonth(s, i) ?? MonthYear(s, i) ?? WithMonthName(s, i);

    /// <summary><c>05-Aug-2016</c>, <c>2019-sep-1</c>, <c>2019/sep/01</c>: digits around a month name, all glued.</summary>
    private static Match? WithMonthName(Scan s, int i)
    {
        if (!s.Has(i + 4) || s[i].Kind != TokenKind.Number || !s.IsMonth(i + 2) || s[i + 4].Kind != TokenKind.Number) return null;
        char sep = (char)s[i + 1].Value;
        if (s[i + 1].Kind != TokenKind.Punct || sep is not ('-' or '/') || !s.IsPunct(i + 3, sep)) return null;
        for (int k = i + 1; k <= i + 4; k++)
            if (!s[k].Glued) return null;
        if (s.IsGlued(i) && s.Has(i - 1) && s[i - 1].Kind != TokenKind.Punct || s.IsGlued(i + 5) && s.Has(i + 5) && s[i + 5].Kind != TokenKind.Punct) return null;
        int month = s[i + 2].Value;
        var (a, c) = (s[i], s[i + 4]);
        var v = a.Digits == 4 && c.Digits <= 2 ? Values.DayOrNull(a.Value, month, c.Value)
            : a.Digits <= 2 && c.Digits == 4 ? Values.DayOrNull(c.Value, month, a.Value)
            : null;
        return v is null ? null : Match.Date(i, i + 5, v);
    }

    /// <summary>
    /// <c>2015-03</c>, <c>2015/3</c>, <c>2016-11</c>, <c>2016 / 11</c>, <c>in 2015.3</c>: a year and a month written
    /// so that it cannot be a span of years (one digit, a leading zero, or a month not after the year's
    /// own last two digits: <c>2010-11</c> stays the season 2010–11).
    /// </summary>
    private static Match? YearMonth(Scan s, int i)
    {
        if (!s.Has(i + 2) || s.FourDigitYear(i) < 0 || !s[i + 2].IsNumber) return null;
        char sep = s[i + 1].Kind == TokenKind.Punct ? (char)s[i + 1].Value : '\0';
        if (sep is not ('-' or '/' or '.')) return null;
        bool glued = s.IsGlued(i + 1) && s.IsGlued(i + 2);
        var m = s[i + 2];
        int yy = s[i].Value % 100;
        bool monthLike = m.Value is >= 1 and <= 12 && (m.Digits == 1 || m.Digits == 2 && (s.Text[m.Start] == '0' || m.Value <= yy));
        if (!monthLike || s.IsGlued(i) && s.Has(i - 1) && s[i - 1].Kind != TokenKind.Punct) return null;
        if (s.IsGlued(i + 3) && s.Has(i + 3) && (s[i + 3].Kind != TokenKind.Punct || s.IsPunct(i + 3, '-') || s.IsPunct(i + 3, '/') || s.IsPunct(i + 3, '.') && s.IsGlued(i + 4) && s.Has(i + 4) && s[i + 4].IsNumber)) return null;
        // Spaced ("2016 / 11") or a decimal point ("2015.3") needs the phrase to end there, and a decimal a preposition too.
        if ((!glued || sep == '.') && !EndsPhrase(s, i + 3)) return null;
        if (sep == '.' && (!glued || !s.IsAnyWord(i - 1, "in", "since", "until", "by", "during", "from", "for", "on", "till"))) return null;
        return Match.Date(i, i + 3, TimeValue.Month(s[i].Value, m.Value));
    }

    /// <summary><c>3/2015</c>, <c>11-2016</c>, <c>11 / 2016</c>: a month and a four-digit year.</summary>
    private static Match? MonthYear(Scan s, int i)
    {
        if (!s.Has(i + 2) || !s[i].IsNumber || s[i].Digits > 2 || s[i].Value is < 1 or > 12 || s.FourDigitYear(i + 2) < 0) return null;
        if (!(s.IsPunct(i + 1, '-') || s.IsPunct(i + 1, '/'))) return null;
        if (s.IsGlued(i) && s.Has(i - 1) && (s[i - 1].Kind != TokenKind.Punct || s[i - 1].Value is '/' or '-' or '.' or '$' or ',' or ':')) return null;
        if (s.IsGlued(i + 3) && s.Has(i + 3) && (s[i + 3].Kind != TokenKind.Punct || s[i + 3].Value is '/' or '-' or '.' && s.IsGlued(i + 4) && s.Has(i + 4) && s[i + 4].IsNumber)) return null;
        bool glued = s.IsGlued(i + 1) && s.IsGlued(i + 2);
        if (!glued && !EndsPhrase(s, i + 3) || Vetoes.NotADate(s, i)) return null;
        return Match.Date(i, i + 3, TimeValue.Month(s[i + 2].Value, s[i].Value));
    }

    private static bool EndsPhrase(Scan s, int i) => !s.Has(i) || s[i].Kind == TokenKind.Punct || s.IsAnyWord(i, "and", "or", "to", "through", "until", "till");

    private static Match? FullDate(Scan s, int i)
    {
        if (!s.Has(i + 4) || s[i].Kind != TokenKind.Number) return null;
        char sep = s.Has(i + 1) && s[i + 1].Kind == TokenKind.Punct ? (char)s[i + 1].Value : '\0';
        if (sep is not ('-' or '/' or '.')) return null;
        if (!s.IsPunct(i + 3, sep) || s[i + 2].Kind != TokenKind.Number || s[i + 4].Kind != TokenKind.Number) return null;
        for (int k = i + 1; k <= i + 4; k++)
            if (!s[k].Glued) return null;
        // Part of a longer code (1-800-555-0199, 1.2.3.4): not a date.
        if (s.IsGlued(i) && s.Has(i - 1) && s[i - 1].Kind is TokenKind.Number or TokenKind.Word) return null;
        if (s.IsGlued(i) && (s.IsPunct(i - 1, sep) || s.IsPunct(i - 1, '-'))) return null;
        if (s.IsGlued(i + 5) && (s[i + 5].Kind is TokenKind.Number or TokenKind.Word || s.IsPunct(i + 5, sep) && s.IsGlued(i + 6) && s.Has(i + 6) && s[i + 6].IsNumber)) return null;

        var a = s[i];
        var b = s[i + 2];
        var c = s[i + 4];
        TimeValue? v = null;
        // 2015.5.13 too: four digits first cannot be a day, and no decimal has two points.
        if (a.Digits == 4 && b.Digits <= 2 && c.Digits <= 2 && (sep != '.' || a.Value is >= 1000 and <= 2199))
            v = Values.DayOrNull(a.Value, b.Value, c.Value);
        else if (a.Digits <= 2 && b.Digits <= 2 && c.Digits is 4 or 2)
        {
            int year = c.Digits == 4 ? c.Value : TwoDigitYear(s, c.Value);
            bool dayFirst = sep == '.' || s.SlashOrder == SlashDateOrder.DayFirst;
            v = dayFirst
                ? Values.DayOrNull(year, b.Value, a.Value) ?? Values.DayOrNull(year, a.Value, b.Value)
                : Values.DayOrNull(year, a.Value, b.Value) ?? Values.DayOrNull(year, b.Value, a.Value);
        }

        return v is null ? null : Match.Date(i, i + 5, v);
    }

    /// <summary>
    /// <c>'53</c> is the year ending in 53 that falls from 85 years before the anchor to 15 after it:
    /// 1953 in a 2023 article, <c>'05</c> 2005 in a 1998 one, <c>27</c> 2027 in a 2016 one. Without an
    /// anchor, 1931–2030.
    /// </summary>
    internal static int TwoDigitYear(Scan s, int yy)
    {
        int reference = s.Anchor is { } a ? a.Year : 2015;
        int year = reference / 100 * 100 + yy;
        if (year > reference + 15) year -= 100;
        else if (year <= reference - 85) year += 100;
        return year;
    }
}
