using System.Runtime.CompilerServices;

namespace Timeline.Core.Events;

/// <summary>
/// Chronological order: by interval start, a coarser date before a finer one starting the same day
/// (1953 before 1953-07-27), then by headline and id so that ties never depend on input order.
/// Events that cannot be placed come last.
/// </summary>
public sealed class EventOrder : IComparer<TimelineEvent>
{
    public static EventOrder Instance { get; } = new();

    // Sorting tens of thousands of events runs it a million times: compiled optimized from the first call.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Compare(TimelineEvent? x, TimelineEvent? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        int c = CompareWithoutId(x, y);
        return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
    }

    /// <summary>The order of <see cref="Compare"/> up to the id: 0 for events that only their ids tell apart.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int CompareWithoutId(TimelineEvent x, TimelineEvent y)
    {
        var (a, b) = (x.When, y.When);
        int c = (a.IsResolved, b.IsResolved) switch
        {
            (true, false) => -1,
            (false, true) => 1,
            (true, true) => a.Start!.Value.CompareTo(b.Start!.Value),
            _ => 0,
        };
        // As numbers: Enum.CompareTo takes an object, which boxed both sides on every comparison.
        if (c == 0) c = ((int)a.Precision).CompareTo((int)b.Precision);
        if (c == 0 && a.IsResolved && b.IsResolved) c = b.End!.Value.CompareTo(a.End!.Value);
        if (c == 0) c = string.CompareOrdinal(a.Timex, b.Timex);
        if (c == 0) c = string.CompareOrdinal(x.Headline, y.Headline);
        return c;
    }
}
