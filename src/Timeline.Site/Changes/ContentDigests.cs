using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using Timeline.Core.Events;
using Timeline.Core.Sources;
using Timeline.Site.Model;
using Timeline.Site.Rendering;

namespace Timeline.Site.Changes;

/// <summary>
/// What the site shows of each event, source and timeline page, as a digest made from the timeline itself rather
/// than by hashing the views the way a page's fingerprint does (<see cref="PageFingerprinter"/>): the source text is
/// hashed once, an event once however many pages list it. Each digest covers every input of the view it stands for
/// (<see cref="SiteModelBuilder"/>, <see cref="Paging"/>): the same digest means the same view, so a page whose digest
/// and whose shared values are those of the last build renders the same bytes.
/// </summary>
internal sealed class ContentDigests
{
    [ThreadStatic] private static DigestHasher? t_hasher;

    private readonly Dictionary<string, UInt128> _events;
    private readonly Dictionary<string, UInt128> _sources;

    // The same digests by the model's views themselves: the lists of every event (decades, years, pages) hash each event, and a
    // lookup by reference does not hash its id.
    private readonly Dictionary<EventView, UInt128> _byView;

    private ContentDigests(Dictionary<string, UInt128> events, Dictionary<string, UInt128> sources, Dictionary<EventView, UInt128> byView, UInt128[] own)
    {
        OwnDigestsMade = own;
        _events = events;
        _sources = sources;
        _byView = byView;
    }

    /// <summary>Each event's view (<see cref="EventView"/>, its related events and where it is listed included), by id.</summary>
    public IReadOnlyDictionary<string, UInt128> Events => _events;

    /// <summary>Each source's view (<see cref="SourceView"/>: face, text, the events its dates link to), by id.</summary>
    public IReadOnlyDictionary<string, UInt128> Sources => _sources;

    /// <summary>Each event's own digest (<see cref="OwnDigests"/>), in the timeline's order: what the next build may take of an unchanged event (<see cref="EventRecords"/>).</summary>
    public UInt128[] OwnDigestsMade { get; }

    /// <param name="sources">The sources' digests (<see cref="SourceDigests"/>), made before the model when they decide which views it needs.</param>
    /// <param name="own">Each event's own digest, in the timeline's order, when already made (<see cref="OwnDigests"/>).</param>
    public static ContentDigests Of(TimelineData timeline, SiteModel model, SourceDigests sources, UInt128[]? own = null) => Of(timeline, model, sources.Sources, own);

    /// <summary>The events' digests alone, for <see cref="OfTimeline"/> when no page is carried over on digests (no sources' digests are made).</summary>
    public static ContentDigests OfEvents(TimelineData timeline, SiteModel model) => Of(timeline, model, new Dictionary<string, UInt128>(StringComparer.Ordinal));

    private static ContentDigests Of(TimelineData timeline, SiteModel model, Dictionary<string, UInt128> sources, UInt128[]? made = null)
    {
        UInt128[] own;
        if (made is null)
        {
            var digests = new OwnDigests(timeline);
            Parallel.For(0, timeline.Events.Count, digests.Make);
            own = digests.Values;
        }
        else
        {
            own = made;
        }
        var ownById = new Dictionary<string, UInt128>(own.Length, StringComparer.Ordinal);
        for (int i = 0; i < own.Length; i++) ownById[timeline.Events[i].Id] = own[i];
        if (model.Events.Count != own.Length) throw new InvalidOperationException("the site model does not hold the timeline's events");
        var events = Enumerable.Range(0, own.Length).AsParallel().AsOrdered().Select(i =>
        {
            var view = model.Events[i];
            var h = Hasher().Add(own[i]).Add(view.Id).Add(view.ListedHref);
            if (view.Event is { } e)
            {
                // The ids its view's related links are made of (those of this timeline's events), without making the links.
                int related = 0;
                foreach (string id in e.Related)
                    if (ownById.ContainsKey(id)) related++;
                h.Count(related);
                foreach (string id in e.Related)
                    if (ownById.TryGetValue(id, out var digest)) h.Add(id).Add(digest);
                return h.Finish();
            }
            h.Count(view.Related.Count);
            foreach (var r in view.Related) h.Add(r.Id).Add(ownById[r.Id]);
            return h.Finish();
        }).ToArray();
        var eventsById = new Dictionary<string, UInt128>(events.Length, StringComparer.Ordinal);
        var byView = new Dictionary<EventView, UInt128>(events.Length, ReferenceEqualityComparer.Instance);
        for (int i = 0; i < events.Length; i++)
        {
            eventsById[model.Events[i].Id] = events[i];
            byView[model.Events[i]] = events[i];
        }
        return new ContentDigests(eventsById, sources, byView, own);
    }

    /// <summary>An event as a data file writes it: its view, and the sources it cites (whose text tells whether a quote is a passage).</summary>
    /// <remarks>The sources are read from the timeline's event when the view has it: the view's own list of its sources is made only when read.</remarks>
    // The loops over every event (and the data files' items) are jitted optimized at once: a one-shot rebuild ran most of them
    // as tier-0 code before the optimized code was ready.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public UInt128 WithSources(EventView e)
    {
        var h = Hasher().Add(_events[e.Id]);
        if (e.Event is { } made)
        {
            // By source alone: the statements of a source left unparsed stay so.
            int count = made.Mentions.Count;
            h.Count(count);
            for (int i = 0; i < count; i++) Cited(h, made.SourceOf(i));
        }
        else
        {
            h.Count(e.Sources.Count);
            foreach (var s in e.Sources) Cited(h, s.SourceId);
        }
        return h.Finish();
    }

    private void Cited(DigestHasher h, string sourceId) => h.Add(sourceId).Add(_sources.TryGetValue(sourceId, out var source) ? source : UInt128.Zero);

    /// <summary>A page of the timeline: its links, and what it lists (each event by its digest).</summary>
    public UInt128 Page(PageView page)
    {
        var h = Hasher().Add(page.Path).Add(page.Title).Add(page.EventCount);
        Link(h, page.Previous);
        Link(h, page.Next);
        Listing(h, page.Decades);
        return h.Finish();
    }

    /// <summary>A list of decades, their years and their events, as <c>listing</c> and <c>decades</c> hold them.</summary>
    public void Listing(DigestHasher h, IReadOnlyList<DecadeView> decades)
    {
        h.Count(decades.Count);
        foreach (var d in decades)
        {
            h.Add(d.Label).Add(d.Anchor).Add(d.EventCount).Count(d.Pages.Count);
            foreach (var link in d.Pages) Link(h, link);
            Years(h, d.Years);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Years(DigestHasher h, IReadOnlyList<YearView> years)
    {
        h.Count(years.Count);
        foreach (var y in years)
        {
            h.Add(y.Label).Add(y.Anchor).Add(y.Year ?? long.MinValue).Add(y.Year.HasValue).Add(y.Page).Count(y.Events.Count);
            foreach (var e in y.Events) EventIn(h, e);
        }
    }

    /// <summary>An event as a list holds it: its digest, and the fields a copy of its view may set differently.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void EventIn(DigestHasher h, EventView e) =>
        h.Add(e.Id).Add(_byView.TryGetValue(e, out var digest) ? digest : _events[e.Id]).Add(e.ListedHref).Count(e.Related.Count);

    /// <summary>
    /// The digest of each value every page sees (<c>SiteGenerator.SharedGlobals</c>). The whole-timeline values are made of the
    /// digests above; the small ones are hashed as the fingerprint hashes them.
    /// </summary>
    public Dictionary<string, UInt128> Shared(IReadOnlyDictionary<string, object?> shared, SiteModel model)
    {
        var digests = new Dictionary<string, UInt128>(StringComparer.Ordinal);
        foreach (var (name, value) in shared)
        {
            digests[name] = OfTimeline(name, value, model) ?? name switch
            {
                "pages" when ReferenceEquals(value, model.Pages) => Done(h =>
                {
                    h.Count(model.Pages.Count);
                    foreach (var p in model.Pages) h.Add(Page(p));
                }),
                "sources" when ReferenceEquals(value, model.Sources) => Done(h =>
                {
                    h.Count(model.Sources.Count);
                    foreach (var s in model.Sources) h.Add(s.Id).Add(_sources[s.Id]);
                }),
                _ => BinaryPrimitives.ReadUInt128LittleEndian(ViewHash.Of(value)),
            };
        }
        return digests;
    }

    /// <summary>
    /// The digest of a shared value that lists the whole timeline's events (<c>events</c>, <c>decades</c>, <c>years</c>), from the events'
    /// digests; null for any other. A page reading one is fingerprinted with it (<see cref="PageFingerprinter"/>) rather than with a hash
    /// of every event's view, which would make every view.
    /// </summary>
    /// <summary>Whether <see cref="OfTimeline"/> may know the shared value of this name.</summary>
    public static bool ListsEvents(string name) => name is "events" or "decades" or "years";

    public UInt128? OfTimeline(string name, object? value, SiteModel model) => name switch
    {
        "events" when ReferenceEquals(value, model.Events) => Ordered(model.Events),
        "decades" when ReferenceEquals(value, model.Decades) => Done(h => Listing(h, model.Decades)),
        "years" when ReferenceEquals(value, model.Years) => Done(h => Years(h, model.Years)),
        _ => null,
    };

    private UInt128 Ordered(IReadOnlyList<EventView> events) => Done(h =>
    {
        h.Count(events.Count);
        foreach (var e in events) EventIn(h, e);
    });

    private static UInt128 Done(Action<DigestHasher> write)
    {
        var h = new DigestHasher();
        write(h);
        return h.Finish();
    }

    private static void Link(DigestHasher h, PageLink? link)
    {
        if (link is null) h.Add((string?)null);
        else h.Add(link.Label).Add(link.Href).Add(link.EventCount);
    }

    /// <summary>
    /// Each event's own digest (everything of it its view is made of), made one event at a time: the model's builder makes each beside
    /// the event's view and estimate, while the event's reports are in the cache (reading them twice, from memory, cost about 0.1 s at
    /// 46,000 events).
    /// </summary>
    internal sealed class OwnDigests(TimelineData timeline, UInt128[]? recorded = null)
    {
        // What an event view shows of each source it cites (SiteModelBuilder.Cited): made when first needed (a rebuild that takes
        // most events' digests from the records makes a few).
        private readonly Lazy<Dictionary<string, UInt128>> _faces = new(() => timeline.Documents.ToDictionary(
            d => d.Source.Id, d => Hasher().Add(d.Source.Title).Add(d.Source.Url).Add(d.Source.Publisher).Add(d.Source.Published).Finish(), StringComparer.Ordinal));

        /// <summary>The digests, in the timeline's order (those taken from the last build's records at first); those not yet made are zero.</summary>
        public UInt128[] Values { get; } = recorded ?? new UInt128[timeline.Events.Count];

        /// <summary>Makes the digest of the event at <paramref name="index"/>; from any thread, each index once.</summary>
        public void Make(int index) => Values[index] = Own(timeline.Events[index], _faces.Value);
    }

    /// <summary>This thread's hasher; finish a digest before starting another on the same thread.</summary>
    internal static DigestHasher Hasher() => t_hasher ??= new DigestHasher();

    /// <summary>Everything of an event its view is made of, and what it shows of each source it cites.</summary>
    /// <remarks>
    /// Only what the view reads: the date's place in the quote rather than the two offsets in the article (a word added before the
    /// sentence moves both and changes no view), and not the report's own headline or weights, which made the event's. The index's
    /// fingerprint is made of these digests (<see cref="OfTimeline"/>), so a delta build, which keeps the index while no view
    /// changes, must leave the digests a cold build makes.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static UInt128 Own(TimelineEvent e, Dictionary<string, UInt128> faces)
    {
        var h = Hasher().Add(e.Id).Add(e.When).Add(e.Headline).Add(e.IsManual).Add(e.IsEdited).Count(e.Mentions.Count);
        var mentions = e.Mentions;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            h.Add(m.SourceId).Add(faces.TryGetValue(m.SourceId, out var face) ? face : UInt128.Zero)
                .Add(m.Passage).Add(m.Quote).Add(m.DateStart - m.QuoteStart).Add(m.DateText).Add(m.Value).Add(m.Url);
        }
        h.Count(e.Conflicts.Count);
        foreach (var c in e.Conflicts) h.Add(c);
        h.Count(e.Related.Count);
        foreach (string r in e.Related) h.Add(r);
        return h.Finish();
    }
}
