using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;

namespace Timeline.Temporal.Rules;

/// <summary>
/// A count of units before <c>ago</c>, <c>from now</c>, <c>hence</c> or <c>in the future</c>, placed by the anchor
/// (<c>two years ago</c> is a year; <c>seven decades ago</c> an approximate year; <c>two weeks from now</c> a day),
/// or before <c>later</c>/<c>earlier</c>, placed by the previous date in the text (<c>a year later</c>), or by
/// the anchor when nothing was dated before and the verb looks ahead.
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
        while (n > 0 && Counted.CompoundPart(s, end, out int n2, out var unit2, out int end2))
        {
            if (!Counted.Accumulate(unit, n, ref years, ref months, ref days)) return null;
            (n, unit, end, compound) = (n2, unit2, end2, true);
        }

        int sign;
        bool fromAnchor;
        if (s.IsWord(end, "ago")) (sign, fromAnchor, end) = (-1, true, end + 1);
        else if (s.IsWord(end, "from") && s.IsWord(end + 1, "now")) (sign, fromAnchor, end) = (1, true, end + 2);
        else if (s.IsWord(end, "hence")) (sign, fromAnchor, end) = (1, true, end + 1);
        else if (s.IsWord(end, "in") && s.IsWord(end + 1, "the") && s.IsWord(end + 2, "future")) (sign, fromAnchor, end) = (1, true, end + 3);
        else if (s.IsWord(end, "later")) (sign, fromAnchor, end) = (1, false, end + 1);
        else if (s.IsWord(end, "earlier")) (sign, fromAnchor, end) = (-1, false, end + 1);
        else return null;

        // "30 minutes later this week": hours and minutes later name a time of day, never a date.
        if (!fromAnchor && unit is Unit.Hour or Unit.Minute) return null;

        // "I will leave 2 years later" with no date before it: later than now.
        if (!fromAnchor && s.LastDate is null && sign > 0 && TenseReader.Read(s, i, end) == Tense.Future) fromAnchor = true;

        if (n == Quantities.Unknown)
            return Match.Date(i, end, TimeValue.Unresolved(sign < 0 ? "PAST_REF" : "FUTURE_REF", Units.Precision(unit)));
        // "a loss a year ago; sales of $307 million compared with $288 million a year earlier": one comparison period.
        if (unit == Unit.Year && n == 1 && sign < 0 && !compound && Comparisons.InComparison(s, i) && Comparisons.Parallel(s, i) is { } same)
            return Match.Date(i, end, same);
        TimeValue? value;
        if (!fromAnchor && compound) value = s.LastDate is { Precision: TimePrecision.Day, Start: { } lastDay }
            ? Units.Shift(lastDay.AddYears(sign * years).AddMonths(sign * months).AddDays(sign * days), unit, sign * n)
            : null;
        else if (!fromAnchor) value = s.LastDate is { } last ? Units.ShiftValue(last, unit, sign * n) : null;
        else if (unit == Unit.Year && n == 1 && ReportedPeriod(s) is { } period) value = Units.ShiftValue(period, unit, sign * n);
        else if (s.Anchor is { } d)
        {
            var from = compound ? d.AddYears(sign * years).AddMonths(sign * months).AddDays(sign * days) : d;
            // Days and weeks ahead name a day ("two weeks from now"); back, TimeML keeps the unit ("two weeks ago" is that week).
            value = sign > 0 && unit is Unit.Day or Unit.Week or Unit.Fortnight && n <= 5000
                ? TimeValue.Day(from.AddDays((unit == Unit.Day ? 1L : unit == Unit.Week ? 7L : 14L) * n))
                : Units.Shift(from, unit, sign * n);
        }
        else value = null;
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
