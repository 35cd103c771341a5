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
        if (!fromAnchor) value = s.LastDate is { } last ? Units.ShiftValue(last, unit, sign * n) : null;
        else if (unit == Unit.Year && n == 1 && ReportedPeriod(s) is { } period) value = Units.ShiftValue(period, unit, sign * n);
        else value = s.Anchor is { } d ? Units.Shift(d, unit, sign * n) : null;
        value ??= TimeValue.Unresolved(Units.UnresolvedTimex(unit), Units.Precision(unit));
        return Match.Date(i, end, value);
    }

    /// <summary>
    /// "Profit rose in the third quarter from a year ago": when the text last named a quarter or half
    /// close to the anchor, "a year ago" is that period a year before, as business news uses it.
    /// </summary>
    private static TimeValue? ReportedPeriod(Scan s) =>
        s.LastDate is { Precision: TimePrecision.Quarter or TimePrecision.Half, Start: { } start } last && s.Anchor is { } a
        && Math.Abs(start.DayNumber - a.DayNumber) < 366 ? last : null;
}
