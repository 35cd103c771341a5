using Timeline.Temporal.Grammar;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Rules;

/// <summary>
/// Dates glued into one token run: a month name, a four-digit year and a day in any order with one separator
/// (<c>September-2020-23</c>, <c>2020/23/Sep</c>, <c>23-2020-September</c>), and a zero-padded ISO date inside a
/// name (<c>sales_report-2002-10-09.xlsx</c>, <c>archive-2018-09-23-page-01</c>), where each part can only be what
/// it is. A number glued on either side makes it a longer code, not a date.
/// </summary>
internal static class GluedDates
{
    public static Match? Parse(Scan s, int i) => AnyOrder(s, i) ?? IsoInName(s, i);

    private static Match? AnyOrder(Scan s, int i)
    {
        if (!s.Has(i + 4) || s[i + 1].Kind != TokenKind.Punct) return null;
        char sep = (char)s[i + 1].Value;
        if (sep is not ('-' or '/') || !s.IsPunct(i + 3, sep)) return null;
        for (int k = i + 1; k <= i + 4; k++)
            if (!s[k].Glued) return null;
        if (GluedCode(s, i, i + 5)) return null;
        int month = 0, year = -1, day = -1;
        foreach (int k in (ReadOnlySpan<int>)[i, i + 2, i + 4])
        {
            var t = s[k];
            if (s.IsMonth(k) && month == 0) month = t.Value;
            else if (t.Kind == TokenKind.Number && t.Digits == 4 && year < 0 && s.FourDigitYear(k) > 0) year = t.Value;
            else if (t.Kind is TokenKind.Number or TokenKind.Ordinal && t.Digits <= 2 && day < 0) day = t.Value;
            else return null;
        }

        // Month-first with the day last is Sep-23-2020's order, read by the numeric rules; so is day-month-year.
        if (month == 0 || year < 0 || day < 0 || s.IsMonth(i + 2)) return null;
        var v = Values.DayOrNull(year, month, day);
        return v is null ? null : Match.Date(i, i + 5, v);
    }

    /// <summary><c>2018-09-23</c> glued to words or dashes around it.</summary>
    private static Match? IsoInName(Scan s, int i)
    {
        if (!s.Has(i + 4) || s.FourDigitYear(i) < 0 || !s.IsGlued(i) && !s.IsGlued(i + 5)) return null;
        if (!s.IsPunct(i + 1, '-') || !s.IsPunct(i + 3, '-') || s[i + 2].Kind != TokenKind.Number || s[i + 4].Kind != TokenKind.Number) return null;
        if (s[i + 2].Digits != 2 || s[i + 4].Digits != 2) return null;
        for (int k = i + 1; k <= i + 4; k++)
            if (!s[k].Glued) return null;
        if (GluedCode(s, i, i + 5)) return null;
        var v = Values.DayOrNull(s[i].Value, s[i + 2].Value, s[i + 4].Value);
        return v is null ? null : Match.Date(i, i + 5, v);
    }

    /// <summary>True when a number is glued before <paramref name="first"/> or after <paramref name="end"/>, directly or across one punctuation mark.</summary>
    private static bool GluedCode(Scan s, int first, int end)
    {
        if (s.IsGlued(first) && s.Has(first - 1))
        {
            if (s[first - 1].Kind == TokenKind.Number) return true;
            if (s[first - 1].Kind == TokenKind.Punct && s.IsGlued(first - 1) && s.Has(first - 2) && s[first - 2].Kind == TokenKind.Number) return true;
        }

        if (s.IsGlued(end) && s.Has(end))
        {
            if (s[end].Kind is TokenKind.Number or TokenKind.Ordinal) return true;
            if (s[end].Kind == TokenKind.Punct && s[end].Value != '.' && s.IsGlued(end + 1) && s.Has(end + 1) && s[end + 1].Kind == TokenKind.Number) return true;
        }

        return false;
    }
}
