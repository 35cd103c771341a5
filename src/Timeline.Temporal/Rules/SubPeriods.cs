using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Rules;

/// <summary>
/// A part of a year or month named by its place: <c>the third month of 2021</c>, <c>the 9th month of next year</c>,
/// <c>the last day of 2021</c>, <c>the 15th day of next month</c>, and the first or last few units of one:
/// <c>the first 2 weeks of 2021</c> (ISO weeks), <c>the last four months of 2021</c>, <c>first ten days of last
/// year</c>. A counted part is a range whose parts are the length and the period, as TimeML annotates them
/// ("the first nine months" a DURATION, "1989" a DATE). Weeks by number are <see cref="WeeksOf"/>'s.
/// </summary>
internal static class SubPeriods
{
    public static Match? Parse(Scan s, int i)
    {
        int first = i;
        int j = s.SkipThe(i);
        if (!s.Has(j)) return null;
        // Cheap test first: an ordinal ("third", "9th") or "last" must open the phrase.
        int place;
        if (s.IsWord(j, "last")) place = -1;
        else if (s.IsClass(j, WordClass.OrdinalWord) || s[j].Kind == TokenKind.Ordinal) place = s[j].Value;
        else return null;
        if (place == 0 || place > 366) return null;

        int k = j + 1;
        int count = 0;
        if (s.IsAnyWord(j, "first", "last") && !s.IsClass(k, WordClass.Unit))
        {
            count = Quantities.Read(s, k, out k);
            if (count <= 0) return null;
        }

        if (!s.IsUnit(k, out var unit, out bool plural) || !s.IsWord(k + 1, "of")) return null;
        if (unit is not (Unit.Day or Unit.Week or Unit.Month) || count > 1 != plural) return null;
        var period = Grammar.Grammar.ParseDate(s, k + 2);
        if (period is null || period.Kind != MentionKind.Date || period.Value.Start is not { } start || period.Value.End is not { } end) return null;
        var precision = period.Value.Precision;
        if (precision is not (TimePrecision.Year or TimePrecision.Month)) return null;

        int firstUnit, lastUnit;
        int units = unit switch
        {
            Unit.Day => (int)(end.DayNumber - start.DayNumber),
            Unit.Month when precision == TimePrecision.Year => 12,
            Unit.Week when precision == TimePrecision.Year && count > 0 => WeeksIn(start.Year),
            _ => 0,
        };
        if (units == 0) return null;
        if (count == 0)
        {
            firstUnit = lastUnit = place < 0 ? units : place;
        }
        else
        {
            if (count > units) return null;
            (firstUnit, lastUnit) = place < 0 ? (units - count + 1, units) : (1, count);
        }

        if (lastUnit > units) return null;
        var a = Nth(unit, start, firstUnit);
        if (count == 0) return Match.Date(first, period.End, a);
        var b = Nth(unit, start, lastUnit);
        var length = new Match(first, k + 1, MentionKind.Duration, TimeValue.Duration(Units.Duration(unit, count)!, Units.Precision(unit)));
        return new Match(first, period.End, MentionKind.DateRange, TimeValue.Range(a, b), [length, period]);
    }

    private static TimeValue Nth(Unit unit, CalendarDate start, int n) => unit switch
    {
        Unit.Day => TimeValue.Day(start.AddDays(n - 1)),
        Unit.Month => TimeValue.Month(start.Year, n),
        _ => TimeValue.Week(start.Year, n),
    };

    /// <summary>ISO weeks in a year: the week number of December 28th, which always lies in the year's last week.</summary>
    private static int WeeksIn(int year)
    {
        string t = TimeValue.WeekOf(new CalendarDate(year, 12, 28)).Timex;
        return (t[^2] - '0') * 10 + (t[^1] - '0');
    }
}
