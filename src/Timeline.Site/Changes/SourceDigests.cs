using Timeline.Core.Events;

namespace Timeline.Site.Changes;

/// <summary>
/// What each source's page and text file are made of (<c>SiteModelBuilder.ToView</c>), as a digest by source id, and where each
/// date of a source links (the event its statement became). A source whose analysis cache key is known is digested from that
/// key and its links alone: the key names the document as read and the code that analysed it, so the same key means the same
/// analysis, and its analysis is not read. Only a source without a key is digested from its analysis.
/// </summary>
internal sealed class SourceDigests
{
    private SourceDigests(Dictionary<(string, int), string> eventOf, Dictionary<string, int> eventCounts, Dictionary<string, UInt128> sources, int keyed)
    {
        EventOf = eventOf;
        EventCounts = eventCounts;
        Sources = sources;
        Keyed = keyed;
    }

    /// <summary>Source id and date offset → the id of the event it links to, as <c>SiteModelBuilder.Build</c> finds it (the last event naming it wins).</summary>
    public Dictionary<(string, int), string> EventOf { get; }

    /// <summary>How many dates of each source link to an event, by source id.</summary>
    public Dictionary<string, int> EventCounts { get; }

    /// <summary>Each source's digest, by id.</summary>
    public Dictionary<string, UInt128> Sources { get; }

    /// <summary>How many digests were made from an analysis key rather than from the analysis.</summary>
    public int Keyed { get; }

    /// <param name="keys">The analysis cache key of each document, by path (<c>PipelineResult.CacheKeys</c>), when known.</param>
    public static SourceDigests Of(TimelineData timeline, IReadOnlyDictionary<string, string?>? keys)
    {
        var eventOf = new Dictionary<(string, int), string>();
        foreach (var e in timeline.Events)
            foreach (var m in e.Mentions) eventOf[(m.SourceId, m.DateStart)] = e.Id;
        var counts = eventOf.Keys.CountBy(k => k.Item1, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        // Each source's links in the order of their offsets, for the sources digested from their keys.
        var linksOf = new Dictionary<string, List<(int Start, string Event)>>(StringComparer.Ordinal);
        if (keys is not null)
        {
            foreach (var ((source, start), id) in eventOf)
            {
                if (!linksOf.TryGetValue(source, out var links)) linksOf[source] = links = [];
                links.Add((start, id));
            }
        }
        int keyed = 0;
        var sources = timeline.Documents.AsParallel().AsOrdered().Select(d =>
        {
            string id = d.Source.Id;
            int count = counts.GetValueOrDefault(id);
            if (keys?.GetValueOrDefault(d.Source.Path) is { } key)
            {
                Interlocked.Increment(ref keyed);
                return (id, FromKey(key, id, linksOf.GetValueOrDefault(id), count));
            }
            return (id, Analysed(d, eventOf, count));
        }).ToDictionary(s => s.id, s => s.Item2, StringComparer.Ordinal);
        return new SourceDigests(eventOf, counts, sources, keyed);
    }

    /// <summary>A source by its analysis key, and every link of its dates (a superset of those its view shows, so never too few).</summary>
    private static UInt128 FromKey(string key, string id, List<(int Start, string Event)>? links, int eventCount)
    {
        var h = ContentDigests.Hasher().Add("analysis key").Add(key).Add(id).Add(eventCount);
        if (links is null) return h.Count(0).Finish();
        links.Sort((a, b) => a.Start.CompareTo(b.Start));
        h.Count(links.Count);
        foreach (var (start, e) in links) h.Add(start).Add(e);
        return h.Finish();
    }

    /// <summary>Everything of a source its page and text file are made of (<c>SiteModelBuilder.ToView</c>).</summary>
    private static UInt128 Analysed(DocumentAnalysis analysis, Dictionary<(string, int), string> eventOf, int eventCount)
    {
        var source = analysis.Source;
        var h = ContentDigests.Hasher().Add(source.Id).Add(source.Path).Add(source.Title).Add(source.Text).Add(source.Url).Add(source.Publisher)
            .Add(source.Author).Add(source.Dateline).Add(source.Published).Add((long)source.PublishedBasis)
            .Add(source.PublishedEvidence).Add(source.ExcerptsOnly).Add(eventCount).Count(source.Tags.Count);
        foreach (string tag in source.Tags) h.Add(tag);
        h.Count(analysis.Paragraphs.Count);
        foreach (var p in analysis.Paragraphs)
        {
            h.Add(p.Start).Add(p.Length).Count(p.Sentences.Count);
            foreach (var s in p.Sentences) h.Add(s.Index).Add(s.Anchor).Add(s.Start).Add(s.Length);
        }
        h.Count(analysis.Mentions.Count);
        foreach (var m in analysis.Mentions)
        {
            h.Add((long)m.Kind).Add(m.Start).Add(m.Length).Add(m.Text).Add(m.Value);
            h.Add(eventOf.TryGetValue((source.Id, m.Start), out string? id) ? id : null);
        }
        return h.Finish();
    }
}
