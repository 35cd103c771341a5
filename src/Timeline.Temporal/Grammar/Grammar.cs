using System.Runtime.CompilerServices;
using Timeline.Temporal.Rules;

namespace Timeline.Temporal.Grammar;

internal delegate Match? Rule(Scan scan, int index);

/// <summary>
/// The rule table. Every rule reads a bounded number of tokens from where it starts, so one pass
/// over the tokens is linear; where several rules match, the longest wins, then the earlier listed.
/// </summary>
internal static class Grammar
{
    /// <summary>Single dates, which ranges and modifiers are built from.</summary>
    private static readonly Rule[] DateRules =
    [
        NumericDates.Parse,
        FullDates.Parse,
        MonthYears.Parse,
        Decades.Parse,
        YearParts.Parse,
        Years.Parse,
        SpelledYears.Parse,
        BareDays.Parse,
        NumericMonthDays.Parse,
        YearFirst.Parse,
        WeekNumbers.Parse,
        Ago.Parse,
        DayWordOffsets.Parse,
        Offsets.Parse,
        PartsOfDay.Parse,
        Holidays.Parse,
        ReportingPeriods.Parse,
        Discourse.Parse,
        Relative.Parse,
        WeekdayOfWeek.Parse,
        NthWeekday.Parse,
        WeeksOf.Parse,
        RestOf.Parse,
        YearEnd.Parse,
        CoordinatedDays.Parse,
        DayForms.Parse,
        PeriodForms.Parse,
    ];

    private static readonly Rule[] TopRules =
    [
        Ranges.Parse,
        SharedYears.MonthSpan,
        NumericDateRanges.Parse,
        Spans.Parse,
        DaysWithin.Parse,
        Modifiers.Parse,
        WeekdayInNamedWeek.Parse,
        ParseDate,
        Durations.Parse,
        Durations.Bare,
        Sets.Parse,
    ];

    /// <summary>How deep date rules may nest (a count from a day from a range): "3 days after Monday 2 weeks from …" repeated must stay linear and off the stack's end.</summary>
    private const int MaxDateDepth = 6;

    /// <summary>The longest single date at <paramref name="i"/>; remembered, since ranges ask again for the same place.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Match? ParseDate(Scan s, int i)
    {
        if (s.CachedDateIndex == i) return s.CachedDate;
        if (s.DateDepth >= MaxDateDepth) return null;
        s.DateDepth++;
        Match? m;
        try
        {
            m = Longest(DateRules, s, i);
        }
        finally
        {
            s.DateDepth--;
        }

        // Remembered even when the depth limit cut it short, which only chains no writer builds reach: asking
        // again would make such chains exponential.
        s.CachedDateIndex = i;
        s.CachedDate = m;
        return m;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Match? ParseAt(Scan s, int i) => Longest(TopRules, s, i);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Match? Longest(Rule[] rules, Scan s, int i)
    {
        if (!s.Has(i)) return null;
        Match? best = null;
        foreach (var rule in rules)
        {
            var m = rule(s, i);
            if (m is not null && m.End > i && (best is null || m.End > best.End)) best = m;
        }

        return best;
    }
}
