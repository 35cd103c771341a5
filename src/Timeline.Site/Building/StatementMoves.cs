namespace Timeline.Site.Building;

/// <summary>
/// How the statements of one source moved when text was inserted or removed around them, each still
/// the same statement (same quote, passage, date and its place in the quote). Merging reads a
/// statement's offset only to tell its sentence from others and to order the statements of one
/// source, so a move that keeps both gives the same events; the dates' links follow their statements.
/// </summary>
internal static class StatementMoves
{
    /// <summary>
    /// <paramref name="links"/> (date offset → event) at the statements' new offsets, or null when the move does not keep
    /// which statements stand together and in which order, moves one of <paramref name="fixedStarts"/>, or a link is not at a statement.
    /// </summary>
    /// <param name="fixedStarts">Statements whose offset is part of an event's id (<see cref="Core.Events.EventIds.PositionSuffix"/>).</param>
    /// <param name="before">Where each statement's date stood, in statement order.</param>
    /// <param name="after">Where it stands now, in the same order.</param>
    public static IReadOnlyList<(int DateStart, int Event)>? Remap(IReadOnlyList<int> before, IReadOnlyList<int> after, IReadOnlyList<(int DateStart, int Event)> links, IReadOnlyList<int> fixedStarts)
    {
        if (before.Count != after.Count) return null;
        var map = new Dictionary<int, int>();
        var back = new Dictionary<int, int>();
        for (int i = 0; i < before.Count; i++)
        {
            if (i > 0 && (before[i] < before[i - 1] || after[i] < after[i - 1])) return null;
            if (i > 0 && Math.Sign(before[i].CompareTo(before[i - 1])) != Math.Sign(after[i].CompareTo(after[i - 1]))) return null;
            if ((map.TryGetValue(before[i], out int to) && to != after[i]) || (back.TryGetValue(after[i], out int from) && from != before[i])) return null;
            map[before[i]] = after[i];
            back[after[i]] = before[i];
        }
        foreach (int start in fixedStarts)
            if (!map.TryGetValue(start, out int now) || now != start) return null;
        var moved = new List<(int, int)>(links.Count);
        foreach (var (start, e) in links)
        {
            if (!map.TryGetValue(start, out int now)) return null;
            moved.Add((now, e));
        }
        moved.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return moved;
    }
}
