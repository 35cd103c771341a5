using System.Runtime.CompilerServices;
using System.Buffers.Binary;
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

    private ContentDigests(Dictionary<string, UInt128> events, Dictionary<string, UInt128> sources)
    {
        _events = events;
        _sources = sources;
    }

    /// <summary>Each event's view (<see cref="EventView"/>, its related events and where it is listed included), by id.</summary>
    public IReadOnlyDictionary<string, UInt128> Events => _events;

    /// <summary>Each source's view (<see cref="SourceView"/>: face, text, the events its dates link to), by id.</summary>
    public IReadOnlyDictionary<string, UInt128> Sources => _sources;

    /// <param name="sources">The sources' digests (<see cref="SourceDigests"/>), made before the model when they decide which views it needs.</param>
    public static ContentDigests Of(TimelineData timeline, SiteModel model, SourceDigests sources)
    {
        // What an event view shows of each source it cites (SiteModelBuilder.Cited).
        var faces = timeline.Documents.ToDictionary(d => d.Source.Id, d => Hasher().Add(d.Source.Title).Add(d.Source.Url).Add(d.Source.Publisher).Add(d.Source.Published).Finish(), StringComparer.Ordinal);
        var own = timeline.Events.AsParallel().AsOrdered().Select(e => Own(e, faces)).ToArray();
        var ownById = new Dictionary<string, UInt128>(own.Length, StringComparer.Ordinal);
        for (int i = 0; i < own.Length; i++) ownById[timeline.Events[i].Id] = own[i];
        if (model.Events.Count != own.Length) throw new InvalidOperationException("the site model does not hold the timeline's events");
        var events = Enumerable.Range(0, own.Length).AsParallel().AsOrdered().Select(i =>
        {
            var view = model.Events[i];
            var h = Hasher().Add(own[i]).Add(view.Id).Add(view.ListedHref).Count(view.Related.Count);
            foreach (var r in view.Related) h.Add(r.Id).Add(ownById[r.Id]);
            return h.Finish();
        }).ToArray();
        var eventsById = new Dictionary<string, UInt128>(events.Length, StringComparer.Ordinal);
        for (int i = 0; i < events.Length; i++) eventsById[model.Events[i].Id] = events[i];
        return new ContentDigests(eventsById, sources.Sources);
    }

    /// <summary>An event as a data file writes it: its view, and the sources it cites (whose text tells whether a quote is a passage).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public UInt128 WithSources(EventView e)
    {
        var h = Hasher().Add(_events[e.Id]).Count(e.Sources.Count);
        foreach (var s in e.Sources) h.Add(s.SourceId).Add(_sources.TryGetValue(s.SourceId, out var source) ? source : UInt128.Zero);
        return h.Finish();
    }

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
    public void EventIn(DigestHasher h, EventView e) => h.Add(e.Id).Add(_events[e.Id]).Add(e.ListedHref).Count(e.Related.Count);

    /// <summary>
    /// The digest of each value every page sees (<c>SiteGenerator.SharedGlobals</c>). The whole-timeline values are made of the
    /// digests above; the small ones are hashed as the fingerprint hashes them.
    /// </summary>
    public Dictionary<string, UInt128> Shared(IReadOnlyDictionary<string, object?> shared, SiteModel model)
    {
        var digests = new Dictionary<string, UInt128>(StringComparer.Ordinal);
        foreach (var (name, value) in shared)
        {
            digests[name] = name switch
            {
                "events" when ReferenceEquals(value, model.Events) => Ordered(model.Events),
                "decades" when ReferenceEquals(value, model.Decades) => Done(h => Listing(h, model.Decades)),
                "years" when ReferenceEquals(value, model.Years) => Done(h => Years(h, model.Years)),
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

    /// <summary>This thread's hasher; finish a digest before starting another on the same thread.</summary>
    internal static DigestHasher Hasher() => t_hasher ??= new DigestHasher();

    /// <summary>Everything of an event its view is made of, and what it shows of each source it cites.</summary>
    private static UInt128 Own(TimelineEvent e, Dictionary<string, UInt128> faces)
    {
        var h = Hasher().Add(e.Id).Add(e.When).Add(e.Headline).Add(e.IsManual).Add(e.IsEdited).Count(e.Mentions.Count);
        foreach (var m in e.Mentions)
        {
            h.Add(m.SourceId).Add(faces.TryGetValue(m.SourceId, out var face) ? face : UInt128.Zero)
                .Add(m.Passage).Add(m.Quote).Add(m.QuoteStart).Add(m.DateText).Add(m.DateStart).Add(m.Value)
                .Add(m.Headline).Add(m.IsWeak).Add(m.IsRelativeClause).Add(m.Url);
        }
        h.Count(e.Conflicts.Count);
        foreach (var c in e.Conflicts) h.Add(c);
        h.Count(e.Related.Count);
        foreach (string r in e.Related) h.Add(r);
        return h.Finish();
    }
}
