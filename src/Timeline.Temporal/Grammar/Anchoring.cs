namespace Timeline.Temporal.Grammar;

/// <summary>
/// Places year-less and relative expressions against the anchor (the article date). Past tense
/// looks back, future tense looks ahead, and with no tense the nearest reading wins.
/// </summary>
internal static class Anchoring
{
    /// <summary>The year of a month named without one (<c>in March</c>).</summary>
    public static int YearOfMonth(CalendarDate anchor, int month, Tense tense)
    {
        int diff = month - anchor.Month;
        return tense switch
        {
            Tense.Past => diff > 0 ? anchor.Year - 1 : anchor.Year,
            Tense.Future => diff < 0 ? anchor.Year + 1 : anchor.Year,
            // As for days: news reports more of the past, so a month well behind the anchor stays this year's.
            _ => diff > 6 ? anchor.Year - 1 : diff < -8 ? anchor.Year + 1 : anchor.Year,
        };
    }

    /// <summary>The year of a day named without one (<c>July 28</c>): within half a year of the anchor, bent by tense.</summary>
    public static int YearOfDay(CalendarDate anchor, int month, int day, Tense tense)
    {
        if (!CalendarDate.IsValid(anchor.Year, month, day)) return anchor.Year;
        long delta = new CalendarDate(anchor.Year, month, day).DayNumber - anchor.DayNumber;
        // News reports more of the past than of the future: a day months ahead without a future verb
        // is last year's, while one a few weeks ahead is usually coming ("testify on Feb. 10").
        if (tense == Tense.Future) return delta < -30 ? anchor.Year + 1 : anchor.Year;
        if (delta > (tense == Tense.Past ? 90 : 120)) return anchor.Year - 1;
        if (tense != Tense.Past && delta < -240) return anchor.Year + 1;
        return anchor.Year;
    }

    /// <summary>A weekday: the most recent on or before the anchor, or the next on or after it when future.</summary>
    public static CalendarDate Weekday(CalendarDate anchor, DayOfWeek day, Tense tense)
    {
        int back = ((int)anchor.DayOfWeek - (int)day + 7) % 7;
        if (tense != Tense.Future) return anchor.AddDays(-back);
        int ahead = ((int)day - (int)anchor.DayOfWeek + 7) % 7;
        return anchor.AddDays(ahead);
    }

    public static Season SeasonOf(CalendarDate day, out int seasonYear)
    {
        seasonYear = day.Month <= 2 ? day.Year - 1 : day.Year;
        return day.Month switch
        {
            3 or 4 or 5 => Season.Spring,
            6 or 7 or 8 => Season.Summer,
            9 or 10 or 11 => Season.Fall,
            _ => Season.Winter,
        };
    }

    /// <summary>The season <paramref name="season"/> that is current (0), last (-1) or next (+1) from the anchor.</summary>
    public static int YearOfSeason(CalendarDate anchor, Season season, int direction, Tense tense)
    {
        var current = SeasonOf(anchor, out int year);
        int cur = (int)current;
        int want = (int)season;
        if (direction < 0) return want < cur ? year : year - 1;
        if (direction > 0) return want > cur ? year : year + 1;
        if (want == cur) return year;
        if (tense == Tense.Unknown) return season == Season.Winter && anchor.Month <= 2 ? anchor.Year - 1 : anchor.Year;
        return tense == Tense.Future ? (want > cur ? year : year + 1) : (want < cur ? year : year - 1);
    }

    public static int YearOfPart(CalendarDate anchor, int part, int partsPerYear, Tense tense)
    {
        int current = (anchor.Month - 1) * partsPerYear / 12 + 1;
        // A part that has just ended is still reported on in the future tense ("third-quarter results will show").
        if (tense == Tense.Future) return part < current - 1 ? anchor.Year + 1 : anchor.Year;
        return part > current ? anchor.Year - 1 : anchor.Year;
    }
}
