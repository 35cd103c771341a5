using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Temporal;

namespace Timeline.Core.Sources;

/// <summary>
/// The date a dateline states. Only a dateline that carries its year (<c>Seoul, July 28, 2023 —</c>)
/// gives a publication date here: a year-less one is left for the date inference over the text.
/// </summary>
public static partial class Dateline
{
    // Compiled to code by the source generator, not built as a NonBacktracking automaton at run time (milliseconds of a
    // rebuild's first read): every quantifier is bounded and none nests, so each start costs at most a few dozen steps.
    [GeneratedRegex(@"(?<mon>[A-Z][a-z]{2,8})\.? (?<d>\d{1,2}), (?<y>\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    public static bool TryGetDate(string? dateline, out CalendarDate date)
    {
        date = default;
        if (dateline is null) return false;
        var m = MonthDayYear().Match(dateline);
        if (!m.Success) return false;
        int month = MonthNames.Parse(m.Groups["mon"].Value);
        int day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        int year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (month == 0 || !CalendarDate.IsValid(year, month, day)) return false;
        date = new CalendarDate(year, month, day);
        return true;
    }
}
