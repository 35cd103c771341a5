using System.Runtime.CompilerServices;
using Timeline.Core.Events.Terms;
using Timeline.Temporal;

namespace Timeline.Core.Events;

/// <summary>
/// What merging asks of each statement millions of times, worked out once: its profile, its source
/// and sentence as numbers, and its date as one of the build's distinct dates (compared by
/// <see cref="DateRelation"/> once per pair of distinct dates, not once per pair of statements).
/// </summary>
internal sealed class MergeFacts
{
    private Date[] _dates = [];
    private int _dateCount;
    private readonly Dictionary<(bool, long, long, TimePrecision, string?), int> _dateIds = [];

    public MergeFacts(List<EventMention> items)
    {
        Items = items;
        int n = items.Count;
        Profiles = new StatementProfile[n];
        // Profiles are worked out from each quote on first use; the quotes are independent.
        Parallel.For(0, n, i => Profiles[i] = items[i].Profile);
        Source = new int[n];
        Sentence = new int[n];
        DateKey = new int[n];
        // Sources and sentences, and dates, are numbered in order of first appearance, each in one pass; the two passes side by side.
        Parallel.Invoke(
            () =>
            {
                var sources = new Dictionary<string, int>(StringComparer.Ordinal);
                var sentences = new Dictionary<(int, int), int>();
                for (int i = 0; i < n; i++)
                {
                    var m = items[i];
                    if (!sources.TryGetValue(m.SourceId, out int source)) sources[m.SourceId] = source = sources.Count;
                    Source[i] = source;
                    if (!sentences.TryGetValue((source, m.QuoteStart), out int sentence)) sentences[(source, m.QuoteStart)] = sentence = sentences.Count;
                    Sentence[i] = sentence;
                }
            },
            () =>
            {
                for (int i = 0; i < n; i++) DateKey[i] = DateId(items[i].Value);
            });
        (_lengthOf, _lengths, _extentRank) = ExtentRanks(_dates.AsSpan(0, _dateCount));
        ExtentRankCount = _extentRank is null || _extentRank.Length == 0 ? 0 : _extentRank.Max() + 1;
    }

    public List<EventMention> Items { get; }

    public StatementProfile[] Profiles { get; }

    public int[] Source { get; }

    /// <summary>The sentence of each statement (its source and the quote's offset) as a number.</summary>
    public int[] Sentence { get; }

    /// <summary>The date of each statement as the number of a distinct date: what compatibility depends on.</summary>
    public int[] DateKey { get; }

    /// <summary>What the scan over neighbours reads of one statement, in one place.</summary>
    public readonly record struct Facts(int Item, int Source, int Sentence, int Date, bool Weak, ulong Happening, ulong Kind, ulong Name, ulong Content);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Facts Slot(int i) => new(i, Source[i], Sentence[i], DateKey[i], Items[i].IsWeak, Profiles[i].HappeningMask, Profiles[i].KindMask, Profiles[i].NameMask, Profiles[i].ContentMask);

    public bool SameSentence(int a, int b) => Sentence[a] == Sentence[b];

    public bool Compatible(int a, int b) => CompatibleDates(DateKey[a], DateKey[b]);

    public bool Disagree(int a, int b) => DisagreeingDates(DateKey[a], DateKey[b]);

    /// <summary><see cref="DateRelation.Compatible"/> of two distinct dates.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool CompatibleDates(int x, int y)
    {
        if (x == y) return true;
        ref readonly var a = ref _dates[x];
        ref readonly var b = ref _dates[y];
        if (!a.Resolved || !b.Resolved) return false;
        if (a.Start == b.Start && a.End == b.End) return true;
        if (a.Start <= b.Start && b.End <= a.End) return a.Precision < b.Precision;
        if (b.Start <= a.Start && a.End <= b.End) return b.Precision < a.Precision;
        return false;
    }

    /// <summary><see cref="DateRelation.Disagree"/> of two distinct dates.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool DisagreeingDates(int x, int y)
    {
        var (a, b) = (_dates[x], _dates[y]);
        if (!a.Resolved || !b.Resolved || a.Precision != b.Precision) return false;
        var (first, second) = a.Start <= b.Start ? (a, b) : (b, a);
        if (second.Start < first.End) return false;
        return second.Start - first.End <= first.End - first.Start;
    }

    /// <summary>How alike two dates are in length: a week and three days (0.43) before a week and one day (0.14).</summary>
    public double Extent(int a, int b)
    {
        double x = Days(_dates[DateKey[a]]), y = Days(_dates[DateKey[b]]);
        return x == 0 || y == 0 ? 0 : Math.Min(x, y) / Math.Max(x, y);
    }

    /// <summary>
    /// The place of <see cref="Extent"/> of two statements among every extent the build can have,
    /// largest first; null when there are too many distinct lengths of dates to tabulate.
    /// </summary>
    public int? ExtentRank(int a, int b) =>
        _extentRank is { } ranks ? ranks[_lengthOf[DateKey[a]] * _lengths + _lengthOf[DateKey[b]]] : null;

    /// <summary>How many distinct extents <see cref="ExtentRank"/> ranks; 0 when it does not.</summary>
    public int ExtentRankCount { get; }

    private readonly int[] _lengthOf;
    private readonly int _lengths;
    private readonly int[]? _extentRank;

    // Extents depend only on the two dates' lengths in days, and a build has few distinct lengths
    // (a day, a week, months, years, some ranges): every ratio of two is worked out and ranked once.
    private static (int[] LengthOf, int Lengths, int[]? Ranks) ExtentRanks(ReadOnlySpan<Date> dates)
    {
        var ids = new Dictionary<long, int>();
        var lengths = new List<long>();
        var lengthOf = new int[dates.Length];
        for (int d = 0; d < dates.Length; d++)
        {
            long days = Days(dates[d]);
            if (!ids.TryGetValue(days, out int id))
            {
                ids[days] = id = lengths.Count;
                lengths.Add(days);
            }
            lengthOf[d] = id;
        }
        int n = lengths.Count;
        if (n > 1024) return (lengthOf, n, null);
        var extents = new double[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
            {
                double x = lengths[i], y = lengths[j];
                extents[i * n + j] = x == 0 || y == 0 ? 0 : Math.Min(x, y) / Math.Max(x, y);
            }
        var rankOf = extents.Distinct().OrderDescending().Select((e, r) => (e, r)).ToDictionary(x => x.e, x => x.r);
        return (lengthOf, n, [.. extents.Select(e => rankOf[e])]);
    }

    private static long Days(Date d) => d.Resolved ? d.End - d.Start : long.MaxValue;

    private int DateId(TimeValue v)
    {
        // Everything compatibility looks at: the interval and precision, or the TIMEX of a value that cannot be placed.
        var key = v.IsResolved
            ? (true, v.Start!.Value.DayNumber, v.End!.Value.DayNumber, v.Precision, (string?)null)
            : (false, 0L, 0L, default(TimePrecision), v.Timex);
        if (_dateIds.TryGetValue(key, out int id)) return id;
        _dateIds[key] = id = _dateCount++;
        if (id == _dates.Length) Array.Resize(ref _dates, Math.Max(16, 2 * id));
        _dates[id] = new Date(key.Item1, key.Item2, key.Item3, key.Item4);
        return id;
    }

    private readonly record struct Date(bool Resolved, long Start, long End, TimePrecision Precision);
}
