using System.Globalization;

namespace Timeline.Temporal;

/// <summary>
/// A day of the proleptic Gregorian calendar with astronomical year numbering
/// (year 0 is 1 BC, year -479 is 480 BC), so that historical dates order and subtract
/// like any other. <see cref="DateOnly"/> stops at year 1, which news about antiquity passes.
/// </summary>
public readonly record struct CalendarDate : IComparable<CalendarDate>
{
    public const int MinYear = -9999;
    public const int MaxYear = 9999;

    public CalendarDate(int year, int month, int day)
    {
        if (year is < MinYear or > MaxYear) throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be between -9999 and 9999.");
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be between 1 and 12.");
        if (day < 1 || day > DaysInMonth(year, month)) throw new ArgumentOutOfRangeException(nameof(day), day, $"Day does not exist in {year:D4}-{month:D2}.");
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }
    public int Month { get; }
    public int Day { get; }

    /// <summary>Days since 1970-01-01 (negative before it); a total order on dates.</summary>
    public long DayNumber => DaysFromCivil(Year, Month, Day);

    public DayOfWeek DayOfWeek => (DayOfWeek)(int)(((DayNumber + 4) % 7 + 7) % 7);

    public static bool IsLeapYear(int year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    public static int DaysInMonth(int year, int month) => month switch
    {
        2 => IsLeapYear(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    public static bool IsValid(int year, int month, int day) =>
        year is >= MinYear and <= MaxYear && month is >= 1 and <= 12 && day >= 1 && day <= DaysInMonth(year, month);

    public static CalendarDate FromDayNumber(long dayNumber)
    {
        // Howard Hinnant's civil_from_days: exact for the whole proleptic Gregorian calendar.
        long z = dayNumber + 719468;
        long era = (z >= 0 ? z : z - 146096) / 146097;
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int)(doy - (153 * mp + 2) / 5 + 1);
        int m = (int)(mp < 10 ? mp + 3 : mp - 9);
        return new CalendarDate((int)(m <= 2 ? y + 1 : y), m, d);
    }

    public static CalendarDate FromDateOnly(DateOnly date) => new(date.Year, date.Month, date.Day);

    public CalendarDate AddDays(long days) => FromDayNumber(DayNumber + days);

    public CalendarDate AddMonths(int months)
    {
        long index = (long)Year * 12 + (Month - 1) + months;
        int year = (int)Math.Floor(index / 12.0);
        int month = (int)(index - (long)year * 12) + 1;
        return new CalendarDate(year, month, Math.Min(Day, DaysInMonth(year, month)));
    }

    public CalendarDate AddYears(int years) => AddMonths(checked(years * 12));

    public int CompareTo(CalendarDate other) => DayNumber.CompareTo(other.DayNumber);

    public static bool operator <(CalendarDate a, CalendarDate b) => a.CompareTo(b) < 0;
    public static bool operator >(CalendarDate a, CalendarDate b) => a.CompareTo(b) > 0;
    public static bool operator <=(CalendarDate a, CalendarDate b) => a.CompareTo(b) <= 0;
    public static bool operator >=(CalendarDate a, CalendarDate b) => a.CompareTo(b) >= 0;

    /// <summary>ISO 8601 / TIMEX3 year: four digits, a leading minus before year 0 (<c>-0479</c> is 480 BC).</summary>
    public static string FormatYear(int year) =>
        year < 0 ? "-" + (-year).ToString("D4", CultureInfo.InvariantCulture) : year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary><c>yyyy-MM-dd</c> in invariant form, whatever the current culture.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{FormatYear(Year)}-{Month:D2}-{Day:D2}");

    public static bool TryParseIso(ReadOnlySpan<char> text, out CalendarDate date)
    {
        date = default;
        text = text.Trim();
        if (text.Length != 10 || text[4] != '-' || text[7] != '-') return false;
        if (!int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out int y)
            || !int.TryParse(text.Slice(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int m)
            || !int.TryParse(text.Slice(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int d)
            || !IsValid(y, m, d)) return false;
        date = new CalendarDate(y, m, d);
        return true;
    }

    private static long DaysFromCivil(int year, int month, int day)
    {
        long y = month <= 2 ? year - 1 : year;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yoe = y - era * 400;
        long doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }
}
