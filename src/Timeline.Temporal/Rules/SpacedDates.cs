using Timeline.Temporal.Grammar;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Rules;

/// <summary>
/// A year, month and day written as three numbers apart, as forms and logs print them: <c>On 2016 10 16, the
/// conference started</c>. Numbers in prose follow a year as often ("in 2016 10 people died", "scores of 2016 10
/// 12" in a table), so the shape must be exact and alone: a four-digit year, then a two-digit month and a
/// two-digit day that make a real date, after a date preposition or at the start of a line, and nothing but
/// punctuation after it.
/// </summary>
internal static class SpacedDates
{
    public static Match? Parse(Scan s, int i)
    {
        int year = s.FourDigitYear(i);
        if (year < 0 || !s.Has(i + 2)) return null;
        var m = s[i + 1];
        var d = s[i + 2];
        if (m.Kind != TokenKind.Number || d.Kind != TokenKind.Number || m.Digits != 2 || d.Digits != 2 || m.Glued || d.Glued || s[i].Glued) return null;
        if (!CalendarDate.IsValid(year, m.Value, d.Value) || m.Value < 1) return null;
        bool lead = i == 0 || s.IsAnyWord(i - 1, "on", "since", "until", "till", "by", "from", "before", "after", "date", "dated")
            || s.IsPunct(i - 1, ':') || s.Text.AsSpan(s[i - 1].End, s[i].Start - s[i - 1].End).Contains('\n');
        if (!lead) return null;
        int end = i + 3;
        if (s.Has(end) && (s[end].Kind != TokenKind.Punct || s.IsGlued(end) && s.IsDash(end) || s[end].Value is '%' or '/' or '.' && s.IsGlued(end) && s.IsGlued(end + 1))) return null;
        return Match.Date(i, end, TimeValue.Day(year, m.Value, d.Value));
    }
}
