using Timeline.Temporal.Grammar;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Rules;

/// <summary>
/// ISO 8601's basic form, eight digits with no separators: <c>I'll go back 20161016</c>, <c>report-20170302.html</c>,
/// <c>-20200701-</c>. Only a real day of 1900–2099, and never a number among numbers: not after a currency or
/// number sign, a "No." or another group of digits (a phone number), not before a unit, a per cent sign or a
/// counted noun, and not a part of a longer run of digits and separators.
/// </summary>
internal static class CompactDates
{
    public static Match? Parse(Scan s, int i)
    {
        var t = s[i];
        if (t.Kind != TokenKind.Number || t.Digits != 8) return null;
        int year = t.Value / 10000, month = t.Value / 100 % 100, day = t.Value % 100;
        if (year is < 1900 or > 2099 || !CalendarDate.IsValid(year, month, day)) return null;
        if (s.Has(i - 1))
        {
            var p = s[i - 1];
            if (p.Kind == TokenKind.Number || p.Kind == TokenKind.Punct && p.Value is '$' or '€' or '£' or '¥' or '#' or '+' or '№') return null;
            if (t.Glued && p.Kind == TokenKind.Punct && p.Value is '.' or ',' or ':' && s.Has(i - 2) && s[i - 2].Kind == TokenKind.Number) return null;
            int w = s.IsPunct(i - 1, '.') ? i - 2 : i - 1;
            if (s.IsAnyWord(w, "no", "nos", "number", "tel", "phone", "fax", "id", "isbn", "account", "acct", "ref", "order", "invoice", "ticket", "zip", "code", "pin")) return null;
        }

        int end = i + 1;
        if (s.Has(end))
        {
            var n = s[end];
            if (n.Kind == TokenKind.Number) return null;
            if (n.Kind == TokenKind.Punct && n.Glued && (n.Value is '%' or '$' || n.Value is '.' or ',' or ':' or '-' or '/' && s.IsGlued(end + 1) && s.Has(end + 1) && s[end + 1].Kind == TokenKind.Number)) return null;
            if (s.IsClass(end, Lexicon.WordClass.Unit) || Vetoes.IsCountedNoun(s, end)) return null;
        }

        return Match.Date(i, end, TimeValue.Day(year, month, day));
    }
}
