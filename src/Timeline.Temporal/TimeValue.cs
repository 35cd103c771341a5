namespace Timeline.Temporal;

/// <summary>
/// What a date expression means. <see cref="Start"/> is inclusive and <see cref="End"/> exclusive;
/// both are null when the value cannot be placed (a relative expression with no anchor, or
/// <c>XXXX-07-25</c>), and then only <see cref="Timex"/> says what is known.
/// Use the factory methods: they keep interval, precision and TIMEX in agreement.
/// </summary>
public sealed record TimeValue
{
    private TimeValue(string timex, TimePrecision precision, TimeModifier modifier, CalendarDate? start, CalendarDate? end)
    {
        ArgumentException.ThrowIfNullOrEmpty(timex);
        if (start.HasValue != end.HasValue) throw new ArgumentException("Start and end are both known or both unknown.");
        if (start is { } s && end is { } e && e <= s) throw new ArgumentException($"End {e} must follow start {s}.");
        Timex = timex;
        Precision = precision;
        Modifier = modifier;
        Start = start;
        End = end;
    }

    public string Timex { get; }
    public TimePrecision Precision { get; }
    public TimeModifier Modifier { get; }
    public CalendarDate? Start { get; }
    public CalendarDate? End { get; }

    public bool IsResolved => Start.HasValue;

    /// <summary>True for a range of two values (<c>A/B</c>), false for one calendar unit.</summary>
    public bool IsRange => Timex.Contains('/', StringComparison.Ordinal);

    public static TimeValue Day(CalendarDate day, TimeModifier modifier = TimeModifier.None) =>
        new(day.ToString(), TimePrecision.Day, modifier, day, day.AddDays(1));

    public static TimeValue Day(int year, int month, int day, TimeModifier modifier = TimeModifier.None) =>
        Day(new CalendarDate(year, month, day), modifier);

    public static TimeValue Month(int year, int month, TimeModifier modifier = TimeModifier.None)
    {
        var start = new CalendarDate(year, month, 1);
        return new($"{CalendarDate.FormatYear(year)}-{month:D2}", TimePrecision.Month, modifier, start, start.AddMonths(1));
    }

    public static TimeValue Year(int year, TimeModifier modifier = TimeModifier.None)
    {
        var start = new CalendarDate(year, 1, 1);
        return new(CalendarDate.FormatYear(year), TimePrecision.Year, modifier, start, start.AddYears(1));
    }

    /// <summary>The decade starting at <paramref name="firstYear"/> (a multiple of ten): TIMEX <c>195X</c>.</summary>
    public static TimeValue Decade(int firstYear, TimeModifier modifier = TimeModifier.None)
    {
        if (firstYear % 10 != 0) throw new ArgumentException("A decade starts on a multiple of ten.", nameof(firstYear));
        var start = new CalendarDate(firstYear, 1, 1);
        string year = CalendarDate.FormatYear(firstYear);
        return new(year[..^1] + "X", TimePrecision.Decade, modifier, start, start.AddYears(10));
    }

    /// <summary>The century whose years start with <paramref name="hundreds"/> (19 for the 1900s, "the 20th century"): TIMEX <c>19XX</c>.</summary>
    public static TimeValue Century(int hundreds, TimeModifier modifier = TimeModifier.None)
    {
        var start = new CalendarDate(hundreds * 100, 1, 1);
        string year = CalendarDate.FormatYear(hundreds * 100);
        return new(year[..^2] + "XX", TimePrecision.Century, modifier, start, start.AddYears(100));
    }

    /// <summary>ISO week <paramref name="week"/> of ISO year <paramref name="isoYear"/>: TIMEX <c>2023-W30</c>.</summary>
    public static TimeValue Week(int isoYear, int week, TimeModifier modifier = TimeModifier.None)
    {
        // ISO week 1 holds the year's first Thursday; weeks start on Monday.
        var jan4 = new CalendarDate(isoYear, 1, 4);
        int offset = ((int)jan4.DayOfWeek + 6) % 7;
        var start = jan4.AddDays(-offset + (week - 1) * 7L);
        return new($"{CalendarDate.FormatYear(isoYear)}-W{week:D2}", TimePrecision.Week, modifier, start, start.AddDays(7));
    }

    /// <summary>The ISO week holding <paramref name="day"/>.</summary>
    public static TimeValue WeekOf(CalendarDate day, TimeModifier modifier = TimeModifier.None)
    {
        var thursday = day.AddDays(3 - ((int)day.DayOfWeek + 6) % 7);
        int week = (int)((thursday.DayNumber - new CalendarDate(thursday.Year, 1, 1).DayNumber) / 7) + 1;
        return Week(thursday.Year, week, modifier);
    }

    /// <summary>The weekend starting on <paramref name="saturday"/>: TIMEX <c>2023-W30-WE</c>, Saturday and Sunday.</summary>
    public static TimeValue Weekend(CalendarDate saturday, TimeModifier modifier = TimeModifier.None)
    {
        if (saturday.DayOfWeek != DayOfWeek.Saturday) throw new ArgumentException("A weekend starts on a Saturday.", nameof(saturday));
        return new(WeekOf(saturday).Timex + "-WE", TimePrecision.Week, modifier, saturday, saturday.AddDays(2));
    }

    /// <summary>Quarter 1–4: TIMEX <c>2022-Q3</c>.</summary>
    public static TimeValue Quarter(int year, int quarter, TimeModifier modifier = TimeModifier.None)
    {
        if (quarter is < 1 or > 4) throw new ArgumentOutOfRangeException(nameof(quarter));
        var start = new CalendarDate(year, (quarter - 1) * 3 + 1, 1);
        return new($"{CalendarDate.FormatYear(year)}-Q{quarter}", TimePrecision.Quarter, modifier, start, start.AddMonths(3));
    }

    /// <summary>Half 1–2: TIMEX <c>2023-H1</c>.</summary>
    public static TimeValue Half(int year, int half, TimeModifier modifier = TimeModifier.None)
    {
        if (half is < 1 or > 2) throw new ArgumentOutOfRangeException(nameof(half));
        var start = new CalendarDate(year, (half - 1) * 6 + 1, 1);
        return new($"{CalendarDate.FormatYear(year)}-H{half}", TimePrecision.Half, modifier, start, start.AddMonths(6));
    }

    /// <summary>A meteorological season of the northern hemisphere: TIMEX <c>2022-SU</c>; winter runs December to February.</summary>
    public static TimeValue Season(int year, Season season, TimeModifier modifier = TimeModifier.None)
    {
        (int month, string code) = season switch
        {
            Temporal.Season.Spring => (3, "SP"),
            Temporal.Season.Summer => (6, "SU"),
            Temporal.Season.Fall => (9, "FA"),
            _ => (12, "WI"),
        };
        var start = new CalendarDate(year, month, 1);
        return new($"{CalendarDate.FormatYear(year)}-{code}", TimePrecision.Season, modifier, start, start.AddMonths(3));
    }

    /// <summary>From the start of <paramref name="first"/> to the end of <paramref name="last"/>: TIMEX <c>A/B</c>.</summary>
    public static TimeValue Range(TimeValue first, TimeValue last, TimeModifier modifier = TimeModifier.None)
    {
        string timex = $"{first.Timex}/{last.Timex}";
        var precision = first.Precision > last.Precision ? first.Precision : last.Precision;
        if (first.Start is { } s && last.End is { } e && e > s) return new(timex, precision, modifier, s, e);
        return new(timex, precision, modifier, null, null);
    }

    /// <summary>A value whose place in time is not known (no anchor, or no year): kept as its TIMEX only.</summary>
    public static TimeValue Unresolved(string timex, TimePrecision precision, TimeModifier modifier = TimeModifier.None) =>
        new(timex, precision, modifier, null, null);

    /// <summary>A length of time (<c>P70Y</c>): it has no place of its own.</summary>
    public static TimeValue Duration(string timex, TimePrecision unit) => new(timex, unit, TimeModifier.None, null, null);

    /// <summary>
    /// Rebuilds a stored value from its parts (a cache reading back what it wrote). The constructor's
    /// checks still apply: parts that disagree throw <see cref="ArgumentException"/>.
    /// </summary>
    public static TimeValue Restore(string timex, TimePrecision precision, TimeModifier modifier, CalendarDate? start, CalendarDate? end) =>
        new(timex, precision, modifier, start, end);

    public TimeValue WithModifier(TimeModifier modifier) => new(Timex, Precision, modifier, Start, End);

    public override string ToString() => Modifier == TimeModifier.None ? Timex : $"{Timex} ({Modifier})";
}
