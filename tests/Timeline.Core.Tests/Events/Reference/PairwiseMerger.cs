using Timeline.Core.Events;
using Timeline.Temporal;

namespace Timeline.Core.Tests.Events.Reference;

/// <summary>
/// Merging as first written: every neighbour pair scored, all pairs sorted, each tried in turn, and a
/// join checked member against member. Slow, and plainly the rule; the indexed merger must give the same groups.
/// </summary>
internal static class PairwiseMerger
{
    public static List<List<EventMention>> Merge(IReadOnlyList<EventMention> statements)
    {
        var items = statements
            .OrderBy(m => m.Quote, StringComparer.Ordinal)
            .ThenBy(m => m.DateStart - m.QuoteStart)
            .ThenBy(m => m.SourceId, StringComparer.Ordinal)
            .ToList();
        var groups = new Groups(items);

        var pairs = new List<(int A, int B, Timeline.Core.Events.Terms.Similarity Sim, bool Cross, double Extent)>();
        foreach (var (a, b) in Pairs(items, m => m.Value))
        {
            if (items[a].IsWeak || items[b].IsWeak || SameSentence(items[a], items[b])) continue;
            if (!DateRelation.Compatible(items[a].Value, items[b].Value) && !DateRelation.Disagree(items[a].Value, items[b].Value)) continue;
            var sim = PairwiseSimilarity.Of(items[a].Profile, items[b].Profile);
            pairs.Add((a, b, sim, items[a].SourceId != items[b].SourceId, ExtentRatio(items[a], items[b])));
        }
        var ordered = pairs
            .OrderByDescending(p => p.Cross).ThenByDescending(p => p.Sim.Score).ThenByDescending(p => p.Extent)
            .ThenBy(p => p.A).ThenBy(p => p.B)
            .ToList();

        foreach (var p in ordered)
        {
            bool sameDay = p.Sim.SameHappening > 0 && SameDay(items[p.A], items[p.B]);
            bool same = sameDay || (p.Cross ? p.Sim.IsSameEvent : p.Sim.IsSameEventInOneArticle);
            if (same && DateRelation.Compatible(items[p.A].Value, items[p.B].Value))
                groups.TryJoin(p.A, p.B, allowDisagreement: false);
        }
        foreach (var p in ordered)
        {
            if (p.Sim.IsStrong && p.Cross && DateRelation.Disagree(items[p.A].Value, items[p.B].Value))
                groups.TryJoin(p.A, p.B, allowDisagreement: true);
        }

        var weakPartners = new Dictionary<int, List<int>>();
        foreach (var (a, b) in Pairs(items, m => m.Value))
        {
            if (items[a].IsWeak == items[b].IsWeak) continue;
            var (w, other) = items[a].IsWeak ? (a, b) : (b, a);
            if (!weakPartners.TryGetValue(w, out var list)) weakPartners[w] = list = [];
            list.Add(other);
        }
        foreach (int w in Enumerable.Range(0, items.Count).Where(i => items[i].IsWeak))
        {
            var best = weakPartners.GetValueOrDefault(w, [])
                .Where(s => !SameSentence(items[w], items[s]) && DateRelation.Compatible(items[w].Value, items[s].Value))
                .Select(s => (s, sim: PairwiseSimilarity.Of(items[w].Profile, items[s].Profile)))
                .Where(x => x.sim.IsSameEvent)
                .OrderByDescending(x => x.sim.Score).ThenBy(x => x.s)
                .Select(x => (int?)x.s)
                .FirstOrDefault(s => groups.TryJoin(w, s.GetValueOrDefault(), allowDisagreement: false));
            if (best is null) groups.Drop(w);
        }
        return groups.Result();
    }

    /// <summary>The date neighbours as first written: a sorted scan, at most 256 partners an item.</summary>
    public static IEnumerable<(int A, int B)> Pairs<T>(IReadOnlyList<T> items, Func<T, TimeValue> when)
    {
        var placed = Enumerable.Range(0, items.Count).Where(i => when(items[i]).IsResolved)
            .OrderBy(i => when(items[i]).Start!.Value).ThenBy(i => i).ToList();
        for (int k = 0; k < placed.Count; k++)
        {
            var a = when(items[placed[k]]);
            long reach = a.End!.Value.DayNumber + (a.End.Value.DayNumber - a.Start!.Value.DayNumber);
            for (int m = k + 1, taken = 0; m < placed.Count && taken < 256; m++, taken++)
            {
                if (when(items[placed[m]]).Start!.Value.DayNumber > reach) break;
                yield return Ordered(placed[k], placed[m]);
            }
        }
        foreach (var bucket in Enumerable.Range(0, items.Count).Where(i => !when(items[i]).IsResolved).GroupBy(i => when(items[i]).Timex, StringComparer.Ordinal))
        {
            var list = bucket.ToList();
            for (int x = 0; x < list.Count; x++)
                for (int y = x + 1; y < list.Count && y - x <= 256; y++)
                    yield return Ordered(list[x], list[y]);
        }
    }

    private static (int, int) Ordered(int a, int b) => a < b ? (a, b) : (b, a);

    private static bool SameDay(EventMention a, EventMention b) =>
        a.Value.Precision == TimePrecision.Day && !a.Value.IsRange && a.Value.Timex == b.Value.Timex && a.Value.IsResolved;

    private static bool SameSentence(EventMention a, EventMention b) => a.SourceId == b.SourceId && a.QuoteStart == b.QuoteStart;

    private static double ExtentRatio(EventMention a, EventMention b)
    {
        double x = DateRelation.Days(a.Value), y = DateRelation.Days(b.Value);
        return x == 0 || y == 0 ? 0 : Math.Min(x, y) / Math.Max(x, y);
    }

    private sealed class Groups(List<EventMention> items)
    {
        private readonly int[] _group = Enumerable.Range(0, items.Count).ToArray();
        private readonly Dictionary<int, List<int>> _members = Enumerable.Range(0, items.Count).ToDictionary(i => i, i => new List<int> { i });
        private readonly bool[] _dropped = new bool[items.Count];

        public bool TryJoin(int a, int b, bool allowDisagreement)
        {
            int ga = _group[a], gb = _group[b];
            if (ga == gb) return true;
            foreach (int x in _members[ga])
                foreach (int y in _members[gb])
                {
                    if (SameSentence(items[x], items[y])) return false;
                    bool ok = DateRelation.Compatible(items[x].Value, items[y].Value)
                        || allowDisagreement && DateRelation.Disagree(items[x].Value, items[y].Value);
                    if (!ok) return false;
                }
            int into = Math.Min(ga, gb), from = Math.Max(ga, gb);
            foreach (int i in _members[from]) _group[i] = into;
            _members[into].AddRange(_members[from]);
            _members.Remove(from);
            return true;
        }

        public void Drop(int i) => _dropped[i] = true;

        public List<List<EventMention>> Result() => Enumerable.Range(0, _group.Length)
            .Where(i => !_dropped[i])
            .GroupBy(i => _group[i])
            .Select(g => g.Select(i => items[i]).ToList())
            .ToList();
    }
}
