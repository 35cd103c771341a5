using Timeline.Core.Events;
using Timeline.Core.Events.Incremental;

namespace Timeline.Core.Caching;

/// <summary>
/// Which stored source (<see cref="StatementStore.Sources"/>) each document is, and back: -1 where there is none. Both lists are by
/// id in ordinal order (the store keeps the last build's order), so they are walked side by side rather than hashed; a store
/// whose ids are not in that order (another build's, or damaged past its checksum) is matched through a dictionary.
/// </summary>
internal sealed record StoredSources(int[] Of, int[] DocumentOf)
{
    /// <param name="sources">The stored sources (<see cref="StatementStore.Sources"/>).</param>
    /// <param name="documents">The documents by id, in ordinal order, each id once.</param>
    public static StoredSources Match(IReadOnlyList<StatementStore.Entry> sources, IReadOnlyList<DocumentAnalysis> documents)
    {
        var of = new int[documents.Count];
        var documentOf = new int[sources.Count];
        Array.Fill(of, -1);
        Array.Fill(documentOf, -1);
        if (Ascending(sources))
        {
            for (int i = 0, j = 0; i < documents.Count; i++)
            {
                string id = documents[i].Source.Id;
                int c = -1;
                while (j < sources.Count && (c = string.CompareOrdinal(sources[j].Id, id)) < 0) j++;
                if (j < sources.Count && c == 0) (of[i], documentOf[j]) = (j, i);
            }
            return new StoredSources(of, documentOf);
        }
        var index = new Dictionary<string, int>(sources.Count, StringComparer.Ordinal);
        for (int j = 0; j < sources.Count; j++) index[sources[j].Id] = j;
        for (int i = 0; i < documents.Count; i++)
            if (index.TryGetValue(documents[i].Source.Id, out int j)) (of[i], documentOf[j]) = (j, i);
        return new StoredSources(of, documentOf);
    }

    private static bool Ascending(IReadOnlyList<StatementStore.Entry> sources)
    {
        for (int j = 1; j < sources.Count; j++)
            if (string.CompareOrdinal(sources[j - 1].Id, sources[j].Id) >= 0) return false;
        return true;
    }
}
