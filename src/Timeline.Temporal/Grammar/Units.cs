using System.Globalization;
using Timeline.Temporal.Lexicon;

namespace Timeline.Temporal.Grammar;

/// <summary>TIMEX3 durations and the precision that goes with each unit.</summary>
internal static class Units
{
    /// <summary><c>P70Y</c> for seven decades, <c>PT3H</c> for three hours, <c>PXY</c> when the count is unknown.</summary>
    public static string? Duration(Unit unit, int n)
    {
        string count(int factor) => n == Quantities.Unknown ? "X" : checked(n * factor).ToString(CultureInfo.InvariantCulture);
        return unit switch
        {
            Unit.Day => $"P{count(1)}D",
            Unit.Week => $"P{count(1)}W",
            Unit.Fortnight => $"P{count(2)}W",
            Unit.Month => $"P{count(1)}M",
            Unit.Quarter => n == Quantities.Unknown ? "PXQ" : $"P{count(1)}Q",
            Unit.Year => $"P{count(1)}Y",
            Unit.Decade => n == Quantities.Unknown ? "PXDE" : $"P{count(10)}Y",
            Unit.Century => n == Quantities.Unknown ? "PXCE" : $"P{count(100)}Y",
            Unit.Millennium => n == Quantities.Unknown ? "PXML" : $"P{count(1000)}Y",
            Unit.Hour => $"PT{count(1)}H",
            Unit.Minute => $"PT{count(1)}M",
            Unit.Weekend => $"P{count(1)}WE",
            _ => null,
        };
    }

    public static TimePrecision Precision(Unit unit) => unit switch
    {
        Unit.Week or Unit.Fortnight or Unit.Weekend => TimePrecision.Week,
        Unit.Month => TimePrecision.Month,
        Unit.Quarter => TimePrecision.Quarter,
        Unit.Half => TimePrecision.Half,
        Unit.Year => TimePrecision.Year,
        Unit.Decade => TimePrecision.Decade,
        Unit.Century => TimePrecision.Century,
        Unit.Millennium => TimePrecision.Millennium,
        _ => TimePrecision.Day,
    };

    /// <summary><paramref name="baseDay"/> moved by <paramref name="n"/> units, at the unit's precision; null for units that do not place a day.</summary>
    public static TimeValue? Shift(CalendarDate baseDay, Unit unit, int n, TimeModifier approximate = TimeModifier.None)
    {
        // Counts come from the text: a shift past the calendar's range is no date, not an error.
        if (Math.Abs(n) > 5000) return null;
        try
        {
            return unit switch
            {
                Unit.Day => TimeValue.Day(baseDay.AddDays(n)),
                Unit.Week => TimeValue.WeekOf(baseDay.AddDays(7L * n)),
                Unit.Fortnight => TimeValue.WeekOf(baseDay.AddDays(14L * n)),
                Unit.Month => Month(baseDay.AddMonths(n)),
                Unit.Quarter => Quarter(baseDay.AddMonths(3 * n)),
                Unit.Year => TimeValue.Year(baseDay.Year + n),
                Unit.Decade => TimeValue.Year(baseDay.Year + 10 * n, TimeModifier.Approximate),
                Unit.Century => TimeValue.Year(baseDay.Year + 100 * n, TimeModifier.Approximate),
                // The weekend of the (Monday to Sunday) week holding the day.
                Unit.Weekend => TimeValue.Weekend(baseDay.AddDays(5 - ((int)baseDay.DayOfWeek + 6) % 7 + 7L * n)),
                _ => null,
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>
    /// <paramref name="from"/> moved by <paramref name="n"/> units, keeping its own precision when it is finer
    /// than the unit: a year before the third quarter of 1989 is the third quarter of 1988.
    /// </summary>
    public static TimeValue? ShiftValue(TimeValue from, Unit unit, int n)
    {
        if (from.Start is not { } d) return null;
        var unitPrecision = Precision(unit);
        if (unitPrecision > from.Precision || from.IsRange || unit is not (Unit.Year or Unit.Month or Unit.Quarter or Unit.Week or Unit.Day)) return Shift(d, unit, n);
        if (Math.Abs(n) > 5000) return null;
        try
        {
            var moved = unit switch
            {
                Unit.Year => d.AddYears(n),
                Unit.Quarter => d.AddMonths(3 * n),
                Unit.Month => d.AddMonths(n),
                Unit.Week => d.AddDays(7L * n),
                _ => d.AddDays(n),
            };
            return from.Precision switch
            {
                TimePrecision.Day => TimeValue.Day(moved),
                TimePrecision.Week => TimeValue.WeekOf(moved),
                TimePrecision.Month => Month(moved),
                TimePrecision.Season => TimeValue.Season(moved.Year, Anchoring.SeasonOf(moved, out _)),
                TimePrecision.Quarter => Quarter(moved),
                TimePrecision.Half => TimeValue.Half(moved.Year, moved.Month <= 6 ? 1 : 2),
                TimePrecision.Year => TimeValue.Year(moved.Year),
                _ => Shift(d, unit, n),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static TimeValue Month(CalendarDate d) => TimeValue.Month(d.Year, d.Month);

    private static TimeValue Quarter(CalendarDate d) => TimeValue.Quarter(d.Year, (d.Month - 1) / 3 + 1);

    public static string UnresolvedTimex(Unit unit) => unit switch
    {
        Unit.Day => "XXXX-XX-XX",
        Unit.Week or Unit.Fortnight => "XXXX-WXX",
        Unit.Weekend => "XXXX-WXX-WE",
        Unit.Month => "XXXX-XX",
        Unit.Quarter => "XXXX-QX",
        _ => "XXXX",
    };
}
