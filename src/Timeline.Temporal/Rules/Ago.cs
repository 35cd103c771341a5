using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;

namespace Timeline.Temporal.Rules;

/// <summary>
/// A count of units before <c>ago</c> or <c>from now</c>, placed by the anchor (<c>two years ago</c> is a
/// year; <c>seven decades ago</c> an approximate year), or before <c>later</c>/<c>earlier</c>, placed by
/// the previous date in the text (<c>a year later</c>).
/// </summary>
internal static class Ago
{
    public static Match? Parse(Scan s, int i)
    {
        int n = Quantities.Read(s, i, out int k);
        if (n < 0) return null;
        if (!s.IsUnit(k, out var unit, out _)) return null;
        int end = k + 1;
        // "1 month 21 days ago", "2 years, 1 month and 21 days ago": the coarser counts move the base first.
        int years = 0, months = 0, days = 0;
        bool compound = false;
        while (n > 0 && CompoundPart(s, end, out int n2, out var unit2, out int end2))
        {
            if (!Accumulate(unit, n, ref years, ref months, ref days)) return null;
            (n, unit, end, compound) = (n2, unit2, end2, true);
        }

        int sign;
        bool fromAnchor;
        if (s.IsWord(end, "ago")) (sign, fromAnchor, end) = (-1, true, end + 1);
        else if (s.IsWord(end, "from") && s.IsWord(end + 1, "now")) (sign, fromAnchor, end) = (1, true, end + 2);
        else if (s.IsWord(end, "later")) (sign, fromAnchor, end) = (1, false, end + 1);
        else if (s.IsWord(end, "earlier")) (sign, fromAnchor, end) = (-1, false, end + 1);
        else return null;

        if (n == Quantities.Unknown)
            return Match.Date(i, end, TimeValue.Unresolved(sign < 0 ? "PAST_REF" : "FUTURE_REF", Units.Precision(unit)));
        TimeValue? value;
        if (!fromAnchor && compound) value = s.LastDate is { Precision: TimePrecision.Day, Start: { } lastDay }
            ? Units.Shift(lastDay.AddYears(sign * years).AddMonths(sign * months).AddDays(sign * days), unit, sign * n)
            : null;
        else if (!fromAnchor) value = s.LastDate is { } last ? Units.ShiftValue(last, unit, sign * n) : null;
        else if (unit == Unit.Year && n == 1 && ReportedPeriod(s) is { } period) value = Units.ShiftValue(period, unit, sign * n);
        else value = s.Anchor is { } d ? Units.Shift(compound ? d.AddYears(sign * years).AddMonths(sign * months).AddDays(sign * days) : d, unit, sign * n) : null;
        value ??= TimeValue.Unresolved(Units.UnresolvedTimex(unit), Units.Precision(unit));
        return Match.Date(i, end, value);
    }

    /// <summary>A further count and unit after an optional comma or "and": "21 days" in "1 month, 21 days ago".</summary>
    private static bool CompoundPart(Scan s, int i, out int n, out Unit unit, out int end)
    {
        unit = default;
        end = i;
        n = -1;
        if (s.IsPunct(i, ',') || s.IsWord(i, "and")) i++;
        bool count = s.Has(i) && s[i].Kind == Tokens.TokenKind.Number || s.IsClass(i, WordClass.NumberWord) && !s.IsAnyWord(i, "a", "an");
        if (!count) return false;
        n = Quantities.Read(s, i, out int k);
        if (n <= 0 || !s.IsUnit(k, out unit, out _)) return false;
        end = k + 1;
        return true;
    }

    private static bool Accumulate(Unit unit, int n, ref int years, ref int months, ref int days)
    {
        if (n > 5000) return false;
        switch (unit)
        {
            case Unit.Year: years += n; return true;
            case Unit.Month: months += n; return true;
            case Unit.Week: days += 7 * n; return true;
            case Unit.Day: days += n; return true;
            default: return false;
        }
    }

    /// <summary>
    /// "Profit rose in the third quarter from a year ago": when the text last named a quarter or half
    /// close to the anchor, "a year ago" is that period a year before, as business news uses it.
    /// </summary>
    private static TimeValue? ReportedPeriod(Scan s) =>
        s.LastDate is { Precision: TimePrecision.Quarter or TimePrecision.Half, Start: { } start } last && s.Anchor is { } a
        && Math.Abs(start.DayNumber - a.DayNumber) < 366 ? last : null;
}
