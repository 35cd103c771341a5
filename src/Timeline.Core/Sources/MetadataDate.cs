using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Temporal;

namespace Timeline.Core.Sources;

/// <summary>
/// Reads a publication date as metadata writes it: ISO (<c>2023-07-28</c>, or a timestamp
/// <c>2023-07-28T09:30:00+09:00</c> whose date is taken as written, i.e. the publisher's local
/// day), <c>July 28, 2023</c>, <c>28 July 2023</c>, and RFC 1123 (<c>Fri, 28 Jul 2023 …</c>).
/// </summary>
public static partial class MetadataDate
{
    // Compiled to code by the source generator, not built as NonBacktracking automata at run time: the first such automaton
    // a process builds costs it 40-50 ms (the engine's generic code is compiled at its first use), on the critical path of
    // a rebuild's first read. The text is refused above 64 characters before any is matched, and no quantifier nests, so
    // backtracking stays within a few thousand steps whatever the text.
    [GeneratedRegex(@"^(?<y>\d{4})[-/](?<m>\d{1,2})[-/](?<d>\d{1,2})([T ].*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"^([A-Za-z]+,? )?(?<mon>[A-Za-z]{3,9})\.? (?<d>\d{1,2})(st|nd|rd|th)?,? (?<y>\d{4})([ ,T].*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"^([A-Za-z]+,? )?(?<d>\d{1,2}) (?<mon>[A-Za-z]{3,9})\.? (?<y>\d{4})([ ,T].*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    /// <summary>The date, or a one-line reason why <paramref name="text"/> is not one.</summary>
    public static bool TryParse(string text, out CalendarDate date, out string? error)
    {
        date = default;
        error = null;
        string value = text.Trim();
        if (value.Length > 64)
        {
            error = $"'{value[..40]}…' is not a date (expected YYYY-MM-DD)";
            return false;
        }
        var m = Iso().Match(value);
        if (!m.Success) m = MonthDayYear().Match(value);
        if (!m.Success) m = DayMonthYear().Match(value);
        int month = 0;
        if (m.Success)
        {
            month = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : MonthNames.Parse(m.Groups["mon"].Value);
        }
        if (!m.Success || month == 0)
        {
            error = $"'{value}' is not a date (expected YYYY-MM-DD)";
            return false;
        }
        int year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        int day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (!CalendarDate.IsValid(year, month, day))
        {
            error = $"'{value}' is not a date that exists";
            return false;
        }
        date = new CalendarDate(year, month, day);
        return true;
    }
}
