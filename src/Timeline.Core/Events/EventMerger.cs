using Timeline.Core.Events.Terms;

namespace Timeline.Core.Events;

/// <summary>
/// Groups statements into happenings. Two statements are one event when their dates are compatible
/// and they say the same thing (<see cref="Similarity.IsSameEvent"/>); the best-supported pairs are
/// joined first, and a group never holds two dates that are not compatible, nor two dates from one
/// sentence. Then sources that disagree on the date of a clearly identical happening are joined,
/// and vague back-references (<c>seven decades ago</c>) join the event they match or are dropped.
/// </summary>
internal static class EventMerger
{
    public static List<List<EventMention>> Merge(IReadOnlyList<EventMention> statements)
    {
        // A stable order independent of file names: by what the statement says, then where.
        var items = statements
            .OrderBy(m => m.Quote, StringComparer.Ordinal)
            .ThenBy(m => m.DateStart - m.QuoteStart)
            .ThenBy(m => m.SourceId, StringComparer.Ordinal)
            .ToList();
        var groups = new Groups(items);

        var pairs = new List<(int A, int B, Similarity Sim, bool Cross, double Extent)>();
        foreach (var (a, b) in DateNeighbours.Pairs(items, m => m.Value))
        {
            if (items[a].IsWeak || items[b].IsWeak || SameSentence(items[a], items[b])) continue;
            // Dates first: they are cheap to compare and rule out most neighbours.
            if (!DateRelation.Compatible(items[a].Value, items[b].Value) && !DateRelation.Disagree(items[a].Value, items[b].Value)) continue;
            var sim = Similarity.Of(items[a].Profile!, items[b].Profile!);
            pairs.Add((a, b, sim, items[a].SourceId != items[b].SourceId, ExtentRatio(items[a], items[b])));
        }
        var ordered = pairs
            // The same story told by two articles first: that is what merging is most sure of.
            .OrderByDescending(p => p.Cross).ThenByDescending(p => p.Sim.Score).ThenByDescending(p => p.Extent)
            .ThenBy(p => p.A).ThenBy(p => p.B)
            .ToList();

        foreach (var p in ordered)
        {
            // The very same happening word on the very same day needs nothing more, in one article or two.
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
        foreach (var (a, b) in DateNeighbours.Pairs(items, m => m.Value))
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
                .Select(s => (s, sim: Similarity.Of(items[w].Profile!, items[s].Profile!)))
                .Where(x => x.sim.IsSameEvent)
                .OrderByDescending(x => x.sim.Score).ThenBy(x => x.s)
                .Select(x => (int?)x.s)
                .FirstOrDefault(s => groups.TryJoin(w, s.GetValueOrDefault(), allowDisagreement: false));
            if (best is null) groups.Drop(w);
        }
        return groups.Result();
    }

    private static bool SameDay(EventMention a, EventMention b) =>
        a.Value.Precision == Temporal.TimePrecision.Day && !a.Value.IsRange && a.Value.Timex == b.Value.Timex && a.Value.IsResolved;

    private static bool SameSentence(EventMention a, EventMention b) => a.SourceId == b.SourceId && a.QuoteStart == b.QuoteStart;

    // How alike two dates are in length: a week and three days (0.43) before a week and one day (0.14).
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
            var left = _members[ga];
            var right = _members[gb];
            foreach (int x in left)
                foreach (int y in right)
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
