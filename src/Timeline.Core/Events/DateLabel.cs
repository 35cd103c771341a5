using System.Globalization;
using Timeline.Temporal;

namespace Timeline.Core.Events;

/// <summary>
/// A date as a reader should see it, at its own precision: <c>1950</c>, <c>February 2022</c>,
/// <c>27 July 1953</c>, <c>25–27 July 2023</c>, <c>the 1950s</c>, <c>c. 1953</c>, <c>480 BC</c>.
/// Invariant English whatever the machine's culture.
/// </summary>
public static class DateLabel
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string MonthName(int month) => Months[month - 1];

    public static string Format(TimeValue value)
    {
        if (!value.IsResolved) return "date unknown";
        string text = value.IsRange ? FormatRange(value) : FormatUnit(value, value.Start!.Value, value.Precision);
        return value.Modifier switch
        {
            TimeModifier.Approximate => "c. " + text,
            TimeModifier.Early => "early " + text,
            TimeModifier.Mid => "mid-" + text,
            TimeModifier.Late => "late " + text,
            TimeModifier.Start => "start of " + text,
            TimeModifier.End => "end of " + text,
            TimeModifier.Before => "before " + text,
            TimeModifier.After => "after " + text,
            _ => text,
        };
    }

    public static string Year(int year) =>
        year <= 0 ? (1 - year).ToString(CultureInfo.InvariantCulture) + " BC" : year.ToString(CultureInfo.InvariantCulture);

    private static string FormatUnit(TimeValue value, CalendarDate start, TimePrecision precision) => precision switch
    {
        TimePrecision.Day => $"{start.Day.ToString(CultureInfo.InvariantCulture)} {MonthName(start.Month)} {Year(start.Year)}",
        TimePrecision.Week => $"week of {start.Day.ToString(CultureInfo.InvariantCulture)} {MonthName(start.Month)} {Year(start.Year)}",
        TimePrecision.Month => $"{MonthName(start.Month)} {Year(start.Year)}",
        TimePrecision.Season => $"{SeasonName(value.Timex)} {Year(start.Month == 12 ? start.Year + 1 : start.Year)}".Trim(),
        TimePrecision.Quarter => $"Q{(start.Month - 1) / 3 + 1} {Year(start.Year)}",
        TimePrecision.Half => $"{(start.Month <= 6 ? "first" : "second")} half of {Year(start.Year)}",
        TimePrecision.Year => Year(start.Year),
        TimePrecision.Decade => start.Year > 0 ? $"the {start.Year.ToString(CultureInfo.InvariantCulture)}s" : $"the {Year(start.Year)} decade",
        TimePrecision.Century => CenturyName(start.Year),
        _ => $"the {(start.Year / 1000 + 1).ToString(CultureInfo.InvariantCulture)}{OrdinalSuffix(start.Year / 1000 + 1)} millennium",
    };

    private static string FormatRange(TimeValue value)
    {
        var start = value.Start!.Value;
        var last = value.End!.Value.AddDays(-1);
        if (value.Precision == TimePrecision.Day)
        {
            if (start.Year == last.Year && start.Month == last.Month)
                return $"{start.Day.ToString(CultureInfo.InvariantCulture)}–{last.Day.ToString(CultureInfo.InvariantCulture)} {MonthName(start.Month)} {Year(start.Year)}";
            if (start.Year == last.Year)
                return $"{start.Day.ToString(CultureInfo.InvariantCulture)} {MonthName(start.Month)} – {last.Day.ToString(CultureInfo.InvariantCulture)} {MonthName(last.Month)} {Year(start.Year)}";
            return $"{FormatUnit(value, start, TimePrecision.Day)} – {FormatUnit(value, last, TimePrecision.Day)}";
        }
        if (value.Precision == TimePrecision.Month && start.Year == last.Year)
            return $"{MonthName(start.Month)}–{MonthName(last.Month)} {Year(start.Year)}";
        if (value.Precision == TimePrecision.Month)
            return $"{MonthName(start.Month)} {Year(start.Year)} – {MonthName(last.Month)} {Year(last.Year)}";
        return $"{Year(start.Year)}–{Year(last.Year)}";
    }

    private static string SeasonName(string timex) => timex.Length < 2 ? "" : timex[^2..] switch
    {
        "SP" => "spring",
        "SU" => "summer",
        "FA" => "autumn",
        "WI" => "winter",
        _ => "",
    };

    private static string CenturyName(int firstYear)
    {
        int n = firstYear >= 0 ? firstYear / 100 + 1 : -firstYear / 100;
        string era = firstYear >= 0 ? "" : " BC";
        return $"the {n.ToString(CultureInfo.InvariantCulture)}{OrdinalSuffix(n)} century{era}";
    }

    private static string OrdinalSuffix(int n) => (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch
    {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    };

    /// <summary>
    /// The value of an HTML <c>time</c> element's <c>datetime</c> at the value's precision
    /// (<c>1950</c>, <c>2022-02</c>, <c>1953-07-27</c>, <c>2023-W30</c>; a range or a coarser unit as its start),
    /// or null where HTML has no form for it (before year 1, or unresolved).
    /// </summary>
    public static string? HtmlDateTime(TimeValue value)
    {
        if (value.Start is not { } start || start.Year < 1) return null;
        string first = value.IsRange ? value.Timex[..value.Timex.IndexOf('/', StringComparison.Ordinal)] : value.Timex;
        return value.Precision switch
        {
            TimePrecision.Day when !value.IsRange => start.ToString(),
            TimePrecision.Day => start.ToString(),
            TimePrecision.Week when !value.IsRange => first,
            TimePrecision.Month => start.ToString()[..7],
            TimePrecision.Year => start.ToString()[..4],
            _ => start.Month == 1 && start.Day == 1 ? start.ToString()[..4] : start.ToString()[..7],
        };
    }
}
