using System.Runtime.CompilerServices;
using Timeline.Core.Events.Terms;

namespace Timeline.Core.Events;

/// <summary>
/// Groups statements into happenings. Two statements are one event when their dates are compatible
/// and they say the same thing (<see cref="Similarity.IsSameEvent"/>); the best-supported pairs are
/// joined first, and a group never holds two dates that are not compatible, nor two dates from one
/// sentence. Then sources that disagree on the date of a clearly identical happening are joined,
/// and vague back-references (<c>seven decades ago</c>) join the event they match or are dropped.
/// </summary>
/// <remarks>
/// Only pairs that can join are kept (of the millions of date neighbours in a large corpus, those
/// that say the same thing), and they are taken in their order one score at a time, leaving out
/// the pairs already in one group by then: a join with its own group does nothing, and groups
/// never split, so the joins are those of sorting every pair and trying each in turn.
/// </remarks>
internal static class EventMerger
{
    public static List<List<EventMention>> Merge(IReadOnlyList<EventMention> statements)
    {
        // A stable order independent of file names: by what the statement says, then where.
        var items = CanonicalOrder(statements);
        // The facts and the date neighbours each read the items only: worked out side by side.
        MergeFacts facts = null!;
        DateNeighbours neighbours = null!;
        Parallel.Invoke(() => facts = new MergeFacts(items), () => neighbours = DateNeighbours.Of(items, m => m.Value));
        var (joins, disagreements, weakPairs) = CandidatePairs(facts, neighbours);
        return Join(facts, joins, disagreements, weakPairs);
    }

    /// <summary>
    /// The groups of <paramref name="items"/>, already in canonical order, given their date neighbours as pairs of
    /// indices: what <see cref="Merge"/> does after finding the neighbours, for a part of the statements whose
    /// neighbours were found among all of them (<see cref="Incremental.IncrementalMerge"/>).
    /// </summary>
    internal static List<List<EventMention>> MergeOrdered(List<EventMention> items, IEnumerable<(int A, int B)> neighbourPairs)
    {
        var facts = new MergeFacts(items);
        var (joins, disagreements, weak) = (new MergeQueue(facts), new MergeQueue(facts), new List<(int, int)>());
        foreach (var (a, b) in neighbourPairs) Consider(facts, facts.Slot(a), facts.Slot(b), joins, disagreements, weak);
        return Join(facts, joins, disagreements, weak);
    }

    /// <summary>True when merging can join the neighbours <paramref name="a"/> and <paramref name="b"/>: a pair it queues, or a weak statement and a firm one it may join.</summary>
    internal static bool MayJoin(MergeFacts facts, int a, int b)
    {
        var (joins, disagreements, weak) = (new MergeQueue(facts), new MergeQueue(facts), new List<(int, int)>(1));
        Consider(facts, facts.Slot(a), facts.Slot(b), joins, disagreements, weak);
        if (weak.Count > 0) return facts.Items[a].IsWeak ? WeakMayJoin(facts, a, b) : WeakMayJoin(facts, b, a);
        return !joins.IsEmpty || !disagreements.IsEmpty;
    }

    private static bool WeakMayJoin(MergeFacts facts, int w, int s) =>
        !facts.SameSentence(w, s) && DateRelation.Compatible(facts.Items[w].Value, facts.Items[s].Value) && Similarity.Of(facts.Items[w].Profile, facts.Items[s].Profile).IsSameEvent;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<List<EventMention>> Join(MergeFacts facts, MergeQueue joins, MergeQueue disagreements, List<(int, int)> weakPairs)
    {
        var items = facts.Items;
        var groups = new Groups(facts);
        foreach (var (a, b) in joins.Drain(groups.Together))
            groups.TryJoin(a, b, allowDisagreement: false);
        foreach (var (a, b) in disagreements.Drain(groups.Together))
            groups.TryJoin(a, b, allowDisagreement: true);

        var weakPartners = new Dictionary<int, List<int>>();
        foreach (var (a, b) in weakPairs)
        {
            var (w, other) = items[a].IsWeak ? (a, b) : (b, a);
            if (!weakPartners.TryGetValue(w, out var list)) weakPartners[w] = list = [];
            list.Add(other);
        }
        for (int w = 0; w < items.Count; w++)
        {
            if (!items[w].IsWeak) continue;
            var best = weakPartners.GetValueOrDefault(w, [])
                .Where(s => !facts.SameSentence(w, s) && DateRelation.Compatible(items[w].Value, items[s].Value))
                .Select(s => (s, sim: Similarity.Of(items[w].Profile, items[s].Profile)))
                .Where(x => x.sim.IsSameEvent)
                .OrderByDescending(x => x.sim.Score).ThenBy(x => x.s)
                .Select(x => (int?)x.s)
                .FirstOrDefault(s => groups.TryJoin(w, s.GetValueOrDefault(), allowDisagreement: false));
            if (best is null) groups.Drop(w);
        }
        return groups.Result();
    }

    /// <summary>
    /// The neighbours that the first pass would join (compatible dates, the same happening), those the
    /// second would (a strong match across sources whose dates disagree), and the pairs of one weak
    /// and one firm statement. Worked out in parallel over slices of the neighbours, each slice into
    /// its own queues; the order they are added in does not matter, as the queues sort fully.
    /// </summary>
    private static (MergeQueue Joins, MergeQueue Disagreements, List<(int, int)> Weak) CandidatePairs(MergeFacts facts, DateNeighbours neighbours)
    {
        const int Slice = 2048;
        // The facts of the placed statements in date order, so that a window of neighbours is read from one stretch of memory.
        var slots = Slots(facts, neighbours.Placed);
        int placedSlices = (slots.Length + Slice - 1) / Slice;
        var results = new (MergeQueue Joins, MergeQueue Disagreements, List<(int, int)> Weak)[placedSlices + 1];
        Parallel.For(0, placedSlices + 1, s =>
        {
            var joins = new MergeQueue(facts);
            var disagreements = new MergeQueue(facts);
            var weak = new List<(int, int)>();
            if (s < placedSlices)
            {
                ConsiderWindows(facts, slots, neighbours.Last, s * Slice, Math.Min(slots.Length, (s + 1) * Slice), joins, disagreements, weak);
            }
            else
            {
                foreach (var list in neighbours.Unplaced)
                    for (int x = 0; x < list.Length; x++)
                        for (int y = x + 1; y < list.Length && y - x <= DateNeighbours.MaxPerItem; y++)
                            Consider(facts, facts.Slot(list[x]), facts.Slot(list[y]), joins, disagreements, weak);
            }
            results[s] = (joins, disagreements, weak);
        });
        var (allJoins, allDisagreements) = (new MergeQueue(facts), new MergeQueue(facts));
        foreach (var r in results)
        {
            allJoins.AddRange(r.Joins);
            allDisagreements.AddRange(r.Disagreements);
        }
        return (allJoins, allDisagreements, [.. results.SelectMany(r => r.Weak)]);
    }

    // Once per build over every placed statement: a loop compiled optimized, not a generic Select at its first tier.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static MergeFacts.Facts[] Slots(MergeFacts facts, int[] placed)
    {
        var slots = new MergeFacts.Facts[placed.Length];
        for (int k = 0; k < slots.Length; k++) slots[k] = facts.Slot(placed[k]);
        return slots;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ConsiderWindows(
        MergeFacts facts, MergeFacts.Facts[] slots, int[] last, int from, int to, MergeQueue joins, MergeQueue disagreements, List<(int, int)> weak)
    {
        for (int k = from; k < to; k++)
            for (int m = k + 1; m <= last[k]; m++)
                Consider(facts, slots[k], slots[m], joins, disagreements, weak);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Consider(MergeFacts facts, in MergeFacts.Facts x, in MergeFacts.Facts y, MergeQueue joins, MergeQueue disagreements, List<(int, int)> weak)
    {
        if (x.Weak != y.Weak) weak.Add(DateNeighbours.Ordered(x.Item, y.Item));
        if (x.Weak || y.Weak || x.Sentence == y.Sentence) return;
        // Dates first: they are cheap to compare and rule out most neighbours.
        bool compatible = facts.CompatibleDates(x.Date, y.Date);
        bool disagree = !compatible && facts.DisagreeingDates(x.Date, y.Date);
        if (!compatible && !disagree) return;
        // The summaries next: pairs that cannot share what a join needs (see Similarity) stop here.
        bool cross = x.Source != y.Source;
        bool happening = (x.Happening & y.Happening) != 0, kind = (x.Kind & y.Kind) != 0;
        bool name = (x.Name & y.Name) != 0, content = (x.Content & y.Content) != 0;
        if (compatible ? !(happening || kind && (name || content) || name && content) : !(cross && happening && name)) return;
        var (a, b) = DateNeighbours.Ordered(x.Item, y.Item);
        var sim = Similarity.Of(facts.Profiles[a], facts.Profiles[b]);
        if (compatible)
        {
            // The very same happening word on the very same day needs nothing more, in one article or two.
            bool sameDay = sim.SameHappening > 0 && SameDay(facts.Items[a], facts.Items[b]);
            if (sameDay || (cross ? sim.IsSameEvent : sim.IsSameEventInOneArticle)) joins.Add(cross, sim.Score, a, b);
        }
        else if (sim.IsStrong && cross)
        {
            disagreements.Add(cross, sim.Score, a, b);
        }
    }

    /// <summary>
    /// By quote, the date's place in it, and source; then input order, as a stable sort would leave it.
    /// Each distinct quote and source id is ranked once in ordinal order (every date of one sentence, and
    /// sentences repeated across articles, share a quote), so that the statements are sorted by numbers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static List<EventMention> CanonicalOrder(IReadOnlyList<EventMention> statements)
    {
        if (statements.Count <= FewStatements) return CanonicalOrderOfFew(statements);
        int[] quote = null!, source = null!;
        Parallel.Invoke(() => quote = OrdinalRanks(statements, m => m.Quote), () => source = OrdinalRanks(statements, m => m.SourceId));
        var keys = new (int Quote, int At, int Source, int Index)[statements.Count];
        for (int i = 0; i < keys.Length; i++)
            keys[i] = (quote[i], statements[i].DateStart - statements[i].QuoteStart, source[i], i);
        Array.Sort(keys);
        return [.. keys.Select(k => statements[k.Index])];
    }

    private const int FewStatements = 32;

    /// <summary>
    /// <see cref="CanonicalOrder"/> of a few statements (a changed source's, in a rebuild): an insertion sort comparing the strings
    /// themselves. The ranks, the sort of value tuples and the parallel ranking cost a rebuild 10-17 ms, mostly of compiling
    /// their generic instantiations, to sort some twenty statements.
    /// </summary>
    private static List<EventMention> CanonicalOrderOfFew(IReadOnlyList<EventMention> statements)
    {
        var order = new int[statements.Count];
        for (int i = 0; i < order.Length; i++)
        {
            int j = i - 1;
            for (; j >= 0 && CanonicalCompare(statements, order[j], i) > 0; j--) order[j + 1] = order[j];
            order[j + 1] = i;
        }
        var sorted = new List<EventMention>(order.Length);
        foreach (int i in order) sorted.Add(statements[i]);
        return sorted;
    }

    private static int CanonicalCompare(IReadOnlyList<EventMention> statements, int a, int b)
    {
        var (x, y) = (statements[a], statements[b]);
        int c = string.CompareOrdinal(x.Quote, y.Quote);
        if (c == 0) c = (x.DateStart - x.QuoteStart).CompareTo(y.DateStart - y.QuoteStart);
        if (c == 0) c = string.CompareOrdinal(x.SourceId, y.SourceId);
        return c != 0 ? c : a.CompareTo(b);
    }

    /// <summary>For each statement, the place of its string among the distinct strings in ordinal order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] OrdinalRanks(IReadOnlyList<EventMention> statements, Func<EventMention, string> of)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var distinct = new List<string>();
        var rankOf = new int[statements.Count];
        string? previous = null;
        int previousId = -1;
        for (int i = 0; i < rankOf.Length; i++)
        {
            string text = of(statements[i]);
            // The dates of one sentence share one quote string, and a source's statements its id: the same string as the
            // statement before is not hashed again.
            if (ReferenceEquals(text, previous))
            {
                rankOf[i] = previousId;
                continue;
            }
            if (!ids.TryGetValue(text, out int id))
            {
                ids[text] = id = distinct.Count;
                distinct.Add(text);
            }
            (previous, previousId, rankOf[i]) = (text, id, id);
        }
        var idsInOrder = SortDistinct(distinct);
        var rank = new int[idsInOrder.Length];
        for (int r = 0; r < idsInOrder.Length; r++) rank[idsInOrder[r]] = r;
        for (int i = 0; i < rankOf.Length; i++) rankOf[i] = rank[rankOf[i]];
        return rankOf;
    }

    /// <summary>
    /// The indices of <paramref name="distinct"/> (no two equal) in ordinal order of their strings. The strings are
    /// distinct, so any correct sort gives this one order: the two halves are sorted side by side, then merged.
    /// </summary>
    private static int[] SortDistinct(List<string> distinct)
    {
        var strings = distinct.ToArray();
        var ids = Enumerable.Range(0, strings.Length).ToArray();
        int half = strings.Length / 2;
        if (half < 4096)
        {
            Array.Sort(strings, ids, StringComparer.Ordinal);
            return ids;
        }
        Parallel.Invoke(
            () => Array.Sort(strings, ids, 0, half, StringComparer.Ordinal),
            () => Array.Sort(strings, ids, half, strings.Length - half, StringComparer.Ordinal));
        var merged = new int[ids.Length];
        int x = 0, y = half, o = 0;
        while (x < half && y < strings.Length)
            merged[o++] = string.CompareOrdinal(strings[x], strings[y]) < 0 ? ids[x++] : ids[y++];
        while (x < half) merged[o++] = ids[x++];
        while (y < strings.Length) merged[o++] = ids[y++];
        return merged;
    }

    private static bool SameDay(EventMention a, EventMention b) =>
        a.Value.Precision == Temporal.TimePrecision.Day && !a.Value.IsRange && a.Value.Timex == b.Value.Timex && a.Value.IsResolved;

    /// <summary>Groups under construction: members, the distinct dates and the sentences of each.</summary>
    private sealed class Groups
    {
        private readonly MergeFacts _facts;
        private readonly int[] _group;
        private readonly List<int>?[] _members;
        private readonly List<int>?[] _dates;
        private readonly HashSet<int>?[] _sentences;
        private readonly bool[] _dropped;

        public Groups(MergeFacts facts)
        {
            _facts = facts;
            int n = facts.Items.Count;
            _group = new int[n];
            _members = new List<int>[n];
            _dates = new List<int>[n];
            _sentences = new HashSet<int>[n];
            _dropped = new bool[n];
            for (int i = 0; i < n; i++)
            {
                _group[i] = i;
                _members[i] = [i];
                _dates[i] = [facts.DateKey[i]];
            }
        }

        public bool Together(int a, int b) => _group[a] == _group[b];

        /// <summary>
        /// Joins the groups of <paramref name="a"/> and <paramref name="b"/> unless that would put two
        /// dates from one sentence, or two dates that are not compatible (nor, when allowed, disagreeing), in one group.
        /// Dates are compared as the distinct values of each group, which is the same as every member with every member.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool TryJoin(int a, int b, bool allowDisagreement)
        {
            int ga = _group[a], gb = _group[b];
            if (ga == gb) return true;
            foreach (int x in _dates[ga]!)
                foreach (int y in _dates[gb]!)
                {
                    bool ok = _facts.CompatibleDates(x, y) || allowDisagreement && _facts.DisagreeingDates(x, y);
                    if (!ok) return false;
                }
            var (small, large) = _members[ga]!.Count <= _members[gb]!.Count ? (ga, gb) : (gb, ga);
            var sentences = SentencesOf(large);
            foreach (int x in _members[small]!)
            {
                if (sentences.Contains(_facts.Sentence[x])) return false;
            }
            foreach (int x in _members[small]!)
            {
                _group[x] = large;
                sentences.Add(_facts.Sentence[x]);
            }
            _members[large]!.AddRange(_members[small]!);
            foreach (int d in _dates[small]!)
            {
                if (!_dates[large]!.Contains(d)) _dates[large]!.Add(d);
            }
            (_members[small], _dates[small], _sentences[small]) = (null, null, null);
            return true;
        }

        private HashSet<int> SentencesOf(int group)
        {
            if (_sentences[group] is { } known) return known;
            var set = new HashSet<int>();
            foreach (int x in _members[group]!) set.Add(_facts.Sentence[x]);
            return _sentences[group] = set;
        }

        public void Drop(int i) => _dropped[i] = true;

        /// <summary>The groups in order of their first member, each in member order.</summary>
        public List<List<EventMention>> Result()
        {
            // A group's number is one of its members' indices: a list per index, not a dictionary.
            var byGroup = new List<EventMention>?[_group.Length];
            var result = new List<List<EventMention>>();
            for (int i = 0; i < _group.Length; i++)
            {
                if (_dropped[i]) continue;
                if (byGroup[_group[i]] is not { } list)
                {
                    byGroup[_group[i]] = list = new List<EventMention>(_members[_group[i]]!.Count);
                    result.Add(list);
                }
                list.Add(_facts.Items[i]);
            }
            return result;
        }
    }
}
