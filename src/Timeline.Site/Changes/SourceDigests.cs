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
    // Every source's links, when _links holds only some (the sources a rebuild's changes reach): gathered if another is asked for.
    private readonly Lazy<Dictionary<string, Link[]>> _all;
    private readonly Lazy<Dictionary<(string, int), string>> _eventOf;

    private SourceDigests(Dictionary<string, Link[]> links, Lazy<Dictionary<string, Link[]>>? all, Dictionary<string, int> eventCounts, Dictionary<string, UInt128> sources, int keyed, int recorded)
    {
        _links = links;
        _all = all ?? new Lazy<Dictionary<string, Link[]>>(links);
        _eventOf = new Lazy<Dictionary<(string, int), string>>(() =>
        {
            var all = new Dictionary<(string, int), string>();
            foreach (var (source, of) in _all.Value)
                foreach (var link in of) all[(source, link.Start)] = link.Event;
            return all;
        });
        EventCounts = eventCounts;
        Sources = sources;
        Keyed = keyed;
        Recorded = recorded;
    }

    /// <summary>Source id and date offset → the id of the event it links to, as <c>SiteModelBuilder.Build</c> finds it (the last event naming it wins).</summary>
    /// <remarks>Made when first read: a rebuild needs the links of the few sources whose full view it makes (<see cref="EventOfSource"/>).</remarks>
    public Dictionary<(string, int), string> EventOf => _eventOf.Value;

    /// <summary>The links of <see cref="EventOf"/> from the dates of one source.</summary>
    public Dictionary<(string, int), string> EventOfSource(string sourceId) =>
        Map(sourceId, _links.TryGetValue(sourceId, out var links) ? links : _all.Value.GetValueOrDefault(sourceId));

    /// <summary>How many dates of each source link to an event, by source id.</summary>
    public Dictionary<string, int> EventCounts { get; }

    /// <summary>Each source's digest, by id.</summary>
    public Dictionary<string, UInt128> Sources { get; }

    /// <summary>How many digests were made from an analysis key rather than from the analysis.</summary>
    public int Keyed { get; }

    /// <summary>How many digests (and event counts) were taken from the last build's records (<see cref="EventRecords"/>).</summary>
    public int Recorded { get; }

    // The sources whose digests were made again when the others were taken from the records; null when all were made.
    private HashSet<string>? _made;

    /// <summary>Whether the digest of the source <paramref name="id"/> is the one the last build recorded, taken without being made again.</summary>
    public bool IsRecorded(string id) => _made is not null && !_made.Contains(id);

    /// <summary>A date of a source (its offset) and the event it links to; <see cref="Order"/> is the mention's place among all the events' mentions.</summary>
    private readonly record struct Link(int Start, int Order, string Event);

    /// <param name="keys">The analysis cache key of each document, by path (<c>PipelineResult.CacheKeys</c>), when known.</param>
    /// <param name="taken">What the last build recorded of its sources, when this timeline's changes are relative to its events: a
    /// source the changes do not reach (<see cref="EventRecords.Taken.Affected"/>) has the digest and event count recorded, and
    /// only the others' links are gathered and digested.</param>
    // Jitted optimized at once, as the helpers below: a one-shot rebuild runs its loops over every mention and source once.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SourceDigests Of(TimelineData timeline, IReadOnlyDictionary<string, string?>? keys, EventRecords.Taken? taken = null)
    {
        // With records, the sources made again: those the changes reach, and any the records cannot stand for (new, or without a key).
        HashSet<string>? made = null;
        // Their links are those of the events that may cite them (Taken.Citing) when they are the sources the changes reach; a source
        // the records cannot stand for may be cited by any event.
        IReadOnlyList<int>? citing = taken?.Citing;
        if (taken is not null)
        {
            made = new HashSet<string>(taken.Affected, StringComparer.Ordinal);
            foreach (var d in timeline.Documents)
            {
                if (keys?.GetValueOrDefault(d.Source.Path) is null || !taken.Sources.ContainsKey(d.Source.Id))
                {
                    if (made.Add(d.Source.Id)) citing = null;
                }
            }
        }
        var links = Gather(timeline, made, citing);
        var counts = new Dictionary<string, int>(timeline.Documents.Count, StringComparer.Ordinal);
        foreach (var (source, of) in links) counts[source] = of.Length;
        int keyed = 0, recorded = 0;
        var digests = new (string Id, UInt128 Digest)[timeline.Documents.Count];
        Parallel.For(0, digests.Length, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (i) =>
        {
            var d = timeline.Documents[i];
            string id = d.Source.Id;
            var key = keys?.GetValueOrDefault(d.Source.Path);
            if (made is not null && !made.Contains(id))
            {
                var record = taken!.Sources[id];
                Interlocked.Increment(ref recorded);
                digests[i] = (id, record.Digest);
                return;
            }
            int count = links.TryGetValue(id, out var of) ? of.Length : 0;
            if (key is not null)
            {
                Interlocked.Increment(ref keyed);
                digests[i] = (id, FromKey(key, id, of, count));
            }
            else
            {
                digests[i] = (id, Analysed(d, Map(id, of), count));
            }
        });
        var sources = new Dictionary<string, UInt128>(digests.Length, StringComparer.Ordinal);
        foreach (var (id, digest) in digests) sources.Add(id, digest);
        if (taken is null) return new SourceDigests(links, null, counts, sources, keyed, 0);
        // A source taken from the records links as it did: its count is the recorded one; the others' were counted above.
        foreach (var d in timeline.Documents)
        {
            string id = d.Source.Id;
            if (!made!.Contains(id) && taken.Sources[id].Events is > 0 and var count) counts[id] = count;
        }
        return new SourceDigests(links, new Lazy<Dictionary<string, Link[]>>(() => Gather(timeline, null, null)), counts, sources, keyed, recorded) { _made = made };
    }

    /// <summary>
    /// Each source's links (of <paramref name="only"/> these sources, when given), gathered in the events' order, then put in the order
    /// of their offsets, the last event naming a date kept (as a map filled in the events' order keeps it): one list per source rather
    /// than a map of every mention.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    /// <param name="citing">The indexes of the only events that may cite a source of <paramref name="only"/>, ascending; null for every event.</param>
    private static Dictionary<string, Link[]> Gather(TimelineData timeline, HashSet<string>? only, IReadOnlyList<int>? citing)
    {
        var gathered = new Dictionary<string, List<Link>>(only?.Count ?? timeline.Documents.Count, StringComparer.Ordinal);
        int order = 0;
        string? lastSource = null;
        List<Link>? lastLinks = null;
        var events = timeline.Events;
        int count = citing?.Count ?? events.Count;
        for (int n = 0; n < count; n++)
        {
            var e = events[citing is null ? n : citing[n]];
            int mentions = e.Mentions.Count;
            for (int i = 0; i < mentions; i++)
            {
                // The source asked first: a mention of a source not gathered is not read (its statements, left unparsed, stay so).
                string source = e.SourceOf(i);
                if (!ReferenceEquals(source, lastSource))
                {
                    lastSource = source;
                    if (only is not null && !only.Contains(lastSource)) lastLinks = null;
                    else if (!gathered.TryGetValue(lastSource, out lastLinks)) gathered[lastSource] = lastLinks = [];
                }
                lastLinks?.Add(new Link(e.MentionAt(i).DateStart, order, e.Id));
                order++;
            }
        }
        // On this thread: all 10,000 sources' 215,000 links of a cold 10k build sort in some 40 ms of CPU, while a parallel
        // query's workers queued behind the pages rendered meanwhile, and the gather waited 1.3 s for them.
        var links = new Dictionary<string, Link[]>(gathered.Count, StringComparer.Ordinal);
        foreach (var (source, of) in gathered) links[source] = Sorted(of);
        return links;
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
