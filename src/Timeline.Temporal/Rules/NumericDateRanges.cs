using Timeline.Temporal.Grammar;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Rules;

/// <summary>
/// Two all-digit month-day dates as one range: <c>from 10/1/2018-10/7/2018</c>, <c>from 10-1-2018-10-7-2018</c>,
/// <c>10/1-11/2/2017</c>, <c>from 5/1-5/7, 2020</c>, <c>between 10/1 and 11/7</c>. Each end is read whole (month,
/// day, optional year, one separator, no spaces), since a dash between two such dates would read as part of either.
/// A missing first year is the second's (a year earlier for a later month). With no year at all the range needs
/// <c>from</c> or <c>between</c>: "10/1-11/7" alone may be scores or fractions.
/// </summary>
internal static class NumericDateRanges
{
    public static Match? Parse(Scan s, int i)
    {
        int first = i;
        // Cheap test first: a number, or "from"/"between" (starter words).
        if (!s.Has(i) || s[i].Kind != TokenKind.Number && !s.IsClass(i, Lexicon.WordClass.Starter)) return null;
        bool between = s.IsWord(i, "between");
        int j = between || s.IsWord(i, "from") ? i + 1 : i;
        // Cheap test first: a short number glued to a slash or dash.
        if (!s.Has(j + 2) || s[j].Kind != TokenKind.Number || s[j].Digits > 2 || !s.IsGlued(j + 1)) return null;
        if (s.IsGlued(j) && s.Has(j - 1) && s[j - 1].Kind != TokenKind.Punct) return null;
        if (!ReadEnd(s, j, out int m1, out int d1, out int y1, out int end1)) return null;
        int link = end1;
        bool linked = between && s.IsWord(link, "and") || s.IsDash(link) || s.IsAnyWord(link, "to", "through", "until", "till", "thru");
        if (!linked || !ReadEnd(s, link + 1, out int m2, out int d2, out int y2, out int end2)) return null;
        int end = end2;
        if (y2 < 0 && s.IsPunct(end2, ',') && s.FourDigitYear(end2 + 1) > 0)
        {
            y2 = s[end2 + 1].Value;
            end = end2 + 2;
        }

        if (s.IsGlued(end) && s.Has(end) && s[end].Kind != TokenKind.Punct || s.IsDash(end) || s.IsPunct(end, '/')) return null;
        // "rose from 1/2 to 2/3 of voters": fractions that changed.
        if (y1 < 0 && y2 < 0 && (j == first || s.IsWord(end, "of") || DaysWithin.IsChange(s, first - 1))) return null;
        TimeValue? a, b;
        if (y2 > 0)
        {
            if (y1 < 0) y1 = (m1, d1).CompareTo((m2, d2)) > 0 ? y2 - 1 : y2;
            a = Values.DayOrNull(y1, m1, d1);
            b = Values.DayOrNull(y2, m2, d2);
        }
        else if (y1 > 0)
        {
            a = Values.DayOrNull(y1, m1, d1);
            b = Values.DayOrNull((m1, d1).CompareTo((m2, d2)) > 0 ? y1 + 1 : y1, m2, d2);
        }
        else
        {
            a = Values.MonthDay(s, m1, d1, first, end);
            b = a?.Start is { } sa ? Values.DayOrNull((m1, d1).CompareTo((m2, d2)) > 0 ? sa.Year + 1 : sa.Year, m2, d2)
                : a is null ? null : TimeValue.Unresolved($"XXXX-{m2:D2}-{d2:D2}", TimePrecision.Day);
        }

        if (a is null || b is null || a.Start is { } x && b.Start is { } z && z < x) return null;
        var parts = new[] { Match.Date(j, end1, a), Match.Date(link + 1, end, b) };
        return new Match(first, end, MentionKind.DateRange, TimeValue.Range(a, b), parts);
    }

    /// <summary><c>10/1</c>, <c>10/1/2018</c>, <c>10-1-2018</c> at <paramref name="k"/>, all glued; the year is -1 when not written.</summary>
    private static bool ReadEnd(Scan s, int k, out int month, out int day, out int year, out int end)
    {
        month = day = year = -1;
        end = k;
        if (!s.Has(k + 2) || s[k].Kind != TokenKind.Number || s[k].Digits > 2 || s[k + 1].Kind != TokenKind.Punct) return false;
        char sep = (char)s[k + 1].Value;
        if (sep is not ('/' or '-') || !s.IsGlued(k + 1) || !s.IsGlued(k + 2) || s[k + 2].Kind != TokenKind.Number || s[k + 2].Digits > 2) return false;
        int a = s[k].Value, b = s[k + 2].Value;
        (month, day) = a > 12 ? (b, a) : b > 12 ? (a, b) : s.SlashOrder == SlashDateOrder.DayFirst ? (b, a) : (a, b);
        if (!CalendarDate.IsValid(2000, month, day)) return false;
        end = k + 3;
        if (s.IsPunct(end, sep) && s.IsGlued(end) && s.IsGlued(end + 1) && s.FourDigitYear(end + 1) > 0)
        {
            year = s[end + 1].Value;
            end += 2;
        }

        return true;
    }
}
