using Timeline.Core.Events;
using Timeline.Core.Events.Incremental;

namespace Timeline.Core.Caching;

/// <summary>
/// Where statements stand among this build's (<paramref name="now"/>), after a merge around a few sources, told from where they stood
/// among the last build's (<paramref name="last"/>): an unchanged source's statements are this build's very list, in the same order,
/// so a place moves by the difference of the source's starts and no statement is parsed for it. The few made again (a changed
/// source's, or in an event merged again) are found by reference among their source's statements, which are then parsed.
/// </summary>
/// <param name="stored">Which of this build's documents each stored (last) source is.</param>
/// <param name="lastOrder">The last build's canonical order, as places among its statements.</param>
internal sealed class MergedPlaces(StatementSpace last, StatementSpace now, StoredSources stored, int[] lastOrder)
{
    private Dictionary<string, int>? _sourceIndex;

    /// <summary>The place now of the last build's statement at <paramref name="lastPlace"/>; -1 for a changed source's (gone).</summary>
    public int Now(int lastPlace)
    {
        int j = last.SourceAt(lastPlace);
        if (stored.DocumentOf[j] is not (>= 0 and int i) || !ReferenceEquals(last.Of(j), now.Of(i))) return -1;
        return now.Start(i) + lastPlace - last.Start(j);
    }

    /// <summary>The places now of an event's mentions, or null when one is not among this build's statements.</summary>
    public int[]? Mentions(TimelineEvent e)
    {
        var mentions = e.Mentions;
        var places = new int[mentions.Count];
        if (mentions is PlacedMentions placed && (ReferenceEquals(placed.Space, now) || ReferenceEquals(placed.Space, last)))
        {
            if (ReferenceEquals(placed.Space, now)) return placed.Places;
            for (int k = 0; k < places.Length; k++)
                if ((places[k] = Now(placed.Places[k])) < 0) return null;
            return places;
        }
        for (int k = 0; k < places.Length; k++)
            if ((places[k] = Of(mentions[k])) < 0) return null;
        return places;
    }

    /// <summary>The patched canonical order as places among this build's statements, or null when one is not among them.</summary>
    public int[]? Order(CanonicalPatch.Patched patch)
    {
        var places = new int[patch.NewToOld.Length];
        for (int k = 0; k < places.Length; k++)
            if (patch.NewToOld[k] is int o and >= 0 && (places[k] = Now(lastOrder[o])) < 0) return null;
        foreach (int a in patch.Added)
            if ((places[a] = Of(patch.Order[a])) < 0) return null;
        return places;
    }

    // A statement's place now, by reference among its source's statements (parsed: it was read from them); -1 when not there.
    private int Of(EventMention m)
    {
        _sourceIndex ??= Enumerable.Range(0, now.Sources).ToDictionary(now.IdOf, StringComparer.Ordinal);
        if (!_sourceIndex.TryGetValue(m.SourceId, out int i) || !UnparsedStatements.Parsed(now.Of(i))) return -1;
        var statements = now.Of(i);
        for (int k = 0; k < statements.Count; k++)
            if (ReferenceEquals(statements[k], m)) return now.Start(i) + k;
        return -1;
    }
}
