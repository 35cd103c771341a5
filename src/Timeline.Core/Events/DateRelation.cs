using Timeline.Temporal;

namespace Timeline.Core.Events;

/// <summary>How the dates of two statements relate, for merging.</summary>
public static class DateRelation
{
    /// <summary>
    /// The same date, or one that contains the other at a coarser precision (<c>1953</c> and
    /// <c>1953-07-27</c>; <c>this week</c> and <c>25–27 July</c>). Two different days, or a day inside a
    /// range of days, are different dates: a visit of three days is not its second day.
    /// </summary>
    public static bool Compatible(TimeValue a, TimeValue b)
    {
        if (!a.IsResolved || !b.IsResolved) return !a.IsResolved && !b.IsResolved && a.Timex == b.Timex;
        if (a.Start == b.Start && a.End == b.End) return true;
        if (Contains(a, b)) return a.Precision < b.Precision;
        if (Contains(b, a)) return b.Precision < a.Precision;
        return false;
    }

    /// <summary>True when <paramref name="outer"/>'s interval holds <paramref name="inner"/>'s.</summary>
    public static bool Contains(TimeValue outer, TimeValue inner) =>
        outer.IsResolved && inner.IsResolved && outer.Start!.Value <= inner.Start!.Value && inner.End!.Value <= outer.End!.Value;

    /// <summary>
    /// Dates that sources could disagree on for one happening: the same precision, not overlapping,
    /// and no further apart than one of them is long (27 or 28 July; 1950 or 1951).
    /// </summary>
    public static bool Disagree(TimeValue a, TimeValue b)
    {
        if (!a.IsResolved || !b.IsResolved || a.Precision != b.Precision) return false;
        var (first, second) = a.Start!.Value <= b.Start!.Value ? (a, b) : (b, a);
        if (second.Start!.Value < first.End!.Value) return false;
        long gap = second.Start.Value.DayNumber - first.End.Value.DayNumber;
        long length = first.End.Value.DayNumber - first.Start!.Value.DayNumber;
        return gap <= length;
    }

    /// <summary>Length of the interval in days; unresolved values count as longest.</summary>
    public static long Days(TimeValue v) => v.IsResolved ? v.End!.Value.DayNumber - v.Start!.Value.DayNumber : long.MaxValue;
}
