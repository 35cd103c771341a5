namespace Timeline.Core.Events;

/// <summary>
/// How a timeline differs from the one the last build made, when it was made from it (the event cache's stored events, reused
/// or merged again around a change): every event of this timeline whose index is not in <see cref="Events"/> is an event of
/// that timeline, the same in every field (id, date, headline, mentions, conflicts, related links), and cites no source of
/// <see cref="Sources"/>. What is shown of an unlisted event can therefore be taken from what the last build recorded of it.
/// </summary>
/// <param name="Since">
/// The <see cref="TimelineData.EventsKey"/> of the timeline these changes are from: they hold against a record made of that
/// timeline only, so a record is used with them only when it names this key.
/// </param>
/// <param name="Sources">
/// The ids of the sources whose document (face, text, statements) may differ from that timeline's, with those it had and this
/// one has not, in ordinal order.
/// </param>
/// <param name="Events">The indexes into <see cref="TimelineData.Events"/> of the events that may differ, ascending.</param>
/// <param name="Dropped">The ids of that timeline's events that are not carried into this one unchanged (gone, or made again), in ordinal order.</param>
public sealed record TimelineChanges(string Since, IReadOnlyList<string> Sources, IReadOnlyList<int> Events, IReadOnlyList<string> Dropped)
{
    /// <summary>
    /// The changes from <paramref name="last"/> to <paramref name="events"/>, whose unchanged events are <paramref name="last"/>'s very
    /// objects: an event is carried when it is one of them and cites none of <paramref name="sources"/>.
    /// </summary>
    public static TimelineChanges Between(string since, IReadOnlyList<TimelineEvent> last, IReadOnlyList<TimelineEvent> events, IReadOnlyList<string> sources)
    {
        var before = new HashSet<TimelineEvent>(last, ReferenceEqualityComparer.Instance);
        var changed = Cited(sources);
        var carried = new HashSet<TimelineEvent>(events.Count, ReferenceEqualityComparer.Instance);
        var touched = new List<int>();
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (before.Contains(e) && !changed(e)) carried.Add(e);
            else touched.Add(i);
        }
        var dropped = new List<string>();
        foreach (var e in last)
            if (!carried.Contains(e)) dropped.Add(e.Id);
        dropped.Sort(StringComparer.Ordinal);
        return new TimelineChanges(since, sources, touched, dropped);
    }

    /// <summary>
    /// The same changes as <see cref="Between"/>, from what a merge around a few sources knows: <paramref name="oldOf"/> gives, for each
    /// of <paramref name="events"/>, the index of the event of <paramref name="last"/> it is the very object of, or -1. No event is
    /// looked up among the last build's, and none is asked its mentions for <paramref name="mergedAgain"/> (sources of
    /// <paramref name="sources"/> whose old statements the merge made every event of again, so no carried event cites them): a
    /// dated edit asks none at all. <paramref name="events"/> may be <paramref name="last"/> itself (events reused: index i is i).
    /// </summary>
    public static TimelineChanges AfterMerge(
        string since, IReadOnlyList<TimelineEvent> last, IReadOnlyList<TimelineEvent> events, IReadOnlyList<int>? oldOf,
        IReadOnlyList<string> sources, IReadOnlyList<string> mergedAgain)
    {
        var others = mergedAgain.Count == 0 ? sources : [.. sources.Except(mergedAgain, StringComparer.Ordinal)];
        var changed = Cited(others);
        var kept = new bool[last.Count];
        var touched = new List<int>();
        for (int i = 0; i < events.Count; i++)
        {
            int k = oldOf is null ? i : oldOf[i];
            if (k >= 0 && !changed(events[i])) kept[k] = true;
            else touched.Add(i);
        }
        var dropped = new List<string>();
        for (int k = 0; k < last.Count; k++)
            if (!kept[k]) dropped.Add(last[k].Id);
        dropped.Sort(StringComparer.Ordinal);
        return new TimelineChanges(since, sources, touched, dropped);
    }

    // Whether an event cites one of the sources: every mention of every event is asked, and an edit changes one source or a few,
    // which are compared with each id (most fail on the length or first characters) rather than hashed (a tenth of the events stage).
    // Mentions kept as places are told their sources by place, without parsing the statements.
    private static Func<TimelineEvent, bool> Cited(IReadOnlyList<string> sources)
    {
        if (sources.Count == 0) return static _ => false;
        Func<string, bool> cited;
        if (sources.Count > 8)
        {
            var set = new HashSet<string>(sources, StringComparer.Ordinal);
            cited = set.Contains;
        }
        else
        {
            string[] ids = [.. sources];
            cited = sourceId =>
            {
                foreach (string id in ids)
                    if (string.Equals(sourceId, id, StringComparison.Ordinal)) return true;
                return false;
            };
        }
        return e =>
        {
            if (e.Mentions is Incremental.PlacedMentions placed) return placed.Cites(cited);
            foreach (var m in e.Mentions)
                if (cited(m.SourceId)) return true;
            return false;
        };
    }
}
