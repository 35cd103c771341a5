using System.Runtime.CompilerServices;
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
    private static readonly Dictionary<(string, int), string> NoLinks = [];
    private readonly Dictionary<string, Link[]> _links;
    private readonly Lazy<Dictionary<(string, int), string>> _eventOf;

    private SourceDigests(Dictionary<string, Link[]> links, Dictionary<string, int> eventCounts, Dictionary<string, UInt128> sources, int keyed)
    {
        _links = links;
        _eventOf = new Lazy<Dictionary<(string, int), string>>(() =>
        {
            var all = new Dictionary<(string, int), string>();
            foreach (var (source, of) in _links)
                foreach (var link in of) all[(source, link.Start)] = link.Event;
            return all;
        });
        EventCounts = eventCounts;
        Sources = sources;
        Keyed = keyed;
    }

    /// <summary>Source id and date offset → the id of the event it links to, as <c>SiteModelBuilder.Build</c> finds it (the last event naming it wins).</summary>
    /// <remarks>Made when first read: a rebuild needs the links of the few sources whose full view it makes (<see cref="EventOfSource"/>).</remarks>
    public Dictionary<(string, int), string> EventOf => _eventOf.Value;

    /// <summary>The links of <see cref="EventOf"/> from the dates of one source.</summary>
    public Dictionary<(string, int), string> EventOfSource(string sourceId) => Map(sourceId, _links.GetValueOrDefault(sourceId));

    /// <summary>How many dates of each source link to an event, by source id.</summary>
    public Dictionary<string, int> EventCounts { get; }

    /// <summary>Each source's digest, by id.</summary>
    public Dictionary<string, UInt128> Sources { get; }

    /// <summary>How many digests were made from an analysis key rather than from the analysis.</summary>
    public int Keyed { get; }

    /// <summary>A date of a source (its offset) and the event it links to; <see cref="Order"/> is the mention's place among all the events' mentions.</summary>
    private readonly record struct Link(int Start, int Order, string Event);

    /// <param name="keys">The analysis cache key of each document, by path (<c>PipelineResult.CacheKeys</c>), when known.</param>
    // Jitted optimized at once, as the helpers below: a one-shot rebuild runs its loops over every mention and source once.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SourceDigests Of(TimelineData timeline, IReadOnlyDictionary<string, string?>? keys)
    {
        // Each source's links, gathered in the events' order, then put in the order of their offsets, the last event naming a date
        // kept (as a map filled in the events' order keeps it): one list per source rather than a map of every mention.
        var gathered = new Dictionary<string, List<Link>>(timeline.Documents.Count, StringComparer.Ordinal);
        int order = 0;
        string? lastSource = null;
        List<Link>? lastLinks = null;
        foreach (var e in timeline.Events)
        {
            var mentions = e.Mentions;
            for (int i = 0; i < mentions.Count; i++)
            {
                var m = mentions[i];
                if (!ReferenceEquals(m.SourceId, lastSource))
                {
                    lastSource = m.SourceId;
                    if (!gathered.TryGetValue(lastSource, out lastLinks)) gathered[lastSource] = lastLinks = [];
                }
                lastLinks!.Add(new Link(m.DateStart, order++, e.Id));
            }
        }
        var sorted = gathered.AsParallel().Select(g => (g.Key, Links: Sorted(g.Value))).ToArray();
        var links = new Dictionary<string, Link[]>(sorted.Length, StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(sorted.Length, StringComparer.Ordinal);
        foreach (var (source, of) in sorted)
        {
            links[source] = of;
            counts[source] = of.Length;
        }
        int keyed = 0;
        var digests = new (string Id, UInt128 Digest)[timeline.Documents.Count];
        Parallel.For(0, digests.Length, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (i) =>
        {
            var d = timeline.Documents[i];
            string id = d.Source.Id;
            int count = counts.GetValueOrDefault(id);
            if (keys?.GetValueOrDefault(d.Source.Path) is { } key)
            {
                Interlocked.Increment(ref keyed);
                digests[i] = (id, FromKey(key, id, links.GetValueOrDefault(id), count));
            }
            else
            {
                digests[i] = (id, Analysed(d, Map(id, links.GetValueOrDefault(id)), count));
            }
        });
        var sources = new Dictionary<string, UInt128>(digests.Length, StringComparer.Ordinal);
        foreach (var (id, digest) in digests) sources.Add(id, digest);
        return new SourceDigests(links, counts, sources, keyed);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Link[] Sorted(List<Link> links)
    {
        links.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Order.CompareTo(b.Order));
        int kept = 0;
        for (int i = 0; i < links.Count; i++)
        {
            if (kept > 0 && links[kept - 1].Start == links[i].Start) kept--; // a later event naming the same date wins
            links[kept++] = links[i];
        }
        return links.GetRange(0, kept).ToArray();
    }

    private static Dictionary<(string, int), string> Map(string sourceId, Link[]? links)
    {
        if (links is null) return NoLinks;
        var of = new Dictionary<(string, int), string>(links.Length);
        foreach (var link in links) of[(sourceId, link.Start)] = link.Event;
        return of;
    }

    /// <summary>A source by its analysis key, and every link of its dates (a superset of those its view shows, so never too few).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static UInt128 FromKey(string key, string id, Link[]? links, int eventCount)
    {
        var h = ContentDigests.Hasher().Add("analysis key").Add(key).Add(id).Add(eventCount);
        if (links is null) return h.Count(0).Finish();
        h.Count(links.Length);
        foreach (var link in links) h.Add(link.Start).Add(link.Event);
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
