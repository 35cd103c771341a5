namespace Timeline.Temporal.Grammar;

/// <summary>Builds values the rules share, keeping the no-anchor case unresolved instead of guessed.</summary>
internal static class Values
{
    public static TimeValue? DayOrNull(int year, int month, int day) =>
        CalendarDate.IsValid(year, month, day) ? TimeValue.Day(year, month, day) : null;

    /// <summary>A month and day without a year: placed by the anchor and tense, or <c>XXXX-07-25</c>.</summary>
    public static TimeValue? MonthDay(Scan s, int month, int day, int first, int end)
    {
        if (!CalendarDate.IsValid(2000, month, day)) return null;
        if (s.Anchor is not { } anchor) return TimeValue.Unresolved($"XXXX-{month:D2}-{day:D2}", TimePrecision.Day);
        int year = Anchoring.YearOfDay(anchor, month, day, TenseReader.Read(s, first, end));
        return DayOrNull(year, month, day) ?? TimeValue.Unresolved($"XXXX-{month:D2}-{day:D2}", TimePrecision.Day);
    }

    public static TimeValue MonthOnly(Scan s, int month, int first, int end)
    {
        if (s.Anchor is not { } anchor) return TimeValue.Unresolved($"XXXX-{month:D2}", TimePrecision.Month);
        return TimeValue.Month(Anchoring.YearOfMonth(anchor, month, TenseReader.Read(s, first, end)), month);
    }

    public static TimeValue? Year(int year) => year is >= CalendarDate.MinYear and <= CalendarDate.MaxYear - 1 ? TimeValue.Year(year) : null;
}
