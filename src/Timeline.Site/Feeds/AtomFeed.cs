using System.Runtime.CompilerServices;
using System.Xml;
using Timeline.Site.Model;

namespace Timeline.Site.Feeds;

/// <summary>
/// feed.xml, Atom 1.0: an entry for each of the <see cref="MaxEntries"/> most recently reported
/// events (by the latest publication date of their sources), newest first. A feed tells a reader
/// what is new; the whole timeline is in timeline.json and events.ics, and a feed of every event
/// would grow with the site (48 MB at 10,000 articles) and change on every build. Ids are the
/// events' permalinks when the base URL is known, else stable <c>urn:timeline:</c> names; dates
/// come from the sources, never the clock.
/// </summary>
internal static class AtomFeed
{
    private const string Ns = "http://www.w3.org/2005/Atom";
    public const int MaxEntries = 200;

    public const string Path = "feed.xml";

    public static byte[] Write(SiteModel model) => Write(model, out _, out _);

    /// <param name="entries">The indexes of the entries' events, newest first.</param>
    /// <param name="threshold">The date the last entry shows when the feed holds <see cref="MaxEntries"/>, else null.</param>
    public static byte[] Write(SiteModel model, out IReadOnlyList<int> entries, out string? threshold)
    {
        var indexes = new List<int>(MaxEntries);
        string? last = null;
        var content = Write(model, (index, date) =>
        {
            indexes.Add(index);
            last = date;
        });
        entries = indexes;
        threshold = indexes.Count == MaxEntries ? last : null;
        return content;
    }

    /// <summary>The digest of everything the feed shows besides its entries (<see cref="Changes.FeedRecord"/>).</summary>
    public static UInt128 Head(SiteInfo site) => Changes.ContentDigests.Hasher().Add("feed.xml").Add(site.Title).Add(site.Description).Add(site.BaseUrl)
        .Add(site.Generator).Add(Feeds.Updated(site)).Add((long)MaxEntries).Finish();

    /// <summary>
    /// The date an event shows in the feed: its latest source's (by the ordinal order of the sources' own dates, as <see cref="Latest"/>
    /// orders them), or <paramref name="updated"/> when it cites none with a date. Asks only which sources it cites: none is parsed.
    /// </summary>
    /// <param name="published">Each source's own date (<see cref="SourceView.PublishedIso"/>), by id.</param>
    public static string DateOf(Core.Events.TimelineEvent e, IReadOnlyDictionary<string, string?> published, string updated)
    {
        string? latest = null;
        for (int m = 0, count = e.Mentions.Count; m < count; m++)
        {
            if (published[e.SourceOf(m)] is { } date && (latest is null || string.CompareOrdinal(date, latest) > 0)) latest = date;
        }
        return latest is null ? updated : latest + "T00:00:00Z";
    }

    private static byte[] Write(SiteModel model, Action<int, string> entry) => XmlFile.Write(xml =>
    {
        var site = model.Site;
        string updated = Feeds.Updated(site);
        xml.WriteStartElement("feed", Ns);
        xml.WriteElementString("title", Ns, site.Title);
        if (site.Description is not null) xml.WriteElementString("subtitle", Ns, site.Description);
        xml.WriteElementString("id", Ns, site.BaseUrl is null ? "urn:timeline:" + Core.Sources.Slug.From(site.Title) : Feeds.Url(site, "feed.xml"));
        xml.WriteElementString("updated", Ns, updated);
        Link(xml, "alternate", Feeds.Url(site, "index.html"), "text/html");
        if (site.BaseUrl is not null) Link(xml, "self", Feeds.Url(site, "feed.xml"), "application/atom+xml");
        xml.WriteStartElement("author", Ns);
        xml.WriteElementString("name", Ns, site.Title);
        xml.WriteEndElement();
        xml.WriteStartElement("generator", Ns);
        xml.WriteString(site.Generator);
        xml.WriteEndElement();

        var (latest, dates) = Latest(model, updated);
        foreach (int i in Newest(latest, MaxEntries))
        {
            var (e, entryUpdated) = (model.Events[i], dates[latest[i]]);
            entry(i, entryUpdated);
            xml.WriteStartElement("entry", Ns);
            xml.WriteElementString("title", Ns, $"{e.Date}: {e.Headline}");
            xml.WriteElementString("id", Ns, site.BaseUrl is null ? "urn:timeline:event:" + e.Id : Feeds.Url(site, e.Href));
            xml.WriteElementString("updated", Ns, entryUpdated);
            Link(xml, "alternate", Feeds.Url(site, e.Href), "text/html");
            xml.WriteStartElement("summary", Ns);
            xml.WriteAttributeString("type", "text");
            xml.WriteString(string.Join("\n\n", e.Sources.Select(s => $"“{s.Quote}” ({s.SourceTitle})")));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    });

    /// <summary>
    /// Each event's latest source date as the feed shows it (or <paramref name="updated"/>), as its rank among <c>Dates</c>, the
    /// dates in ordinal order: the events are ordered by integers, and no event's date is made as a string. This runs over every
    /// report of every event in every build (0.14–0.16 s at 10,000 articles when each event's date was a string, and sorted).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int[] Latest, string[] Dates) Latest(SiteModel model, string updated)
    {
        // An event's date is its latest source's, by the ordinal order of the sources' own dates; the events are then ordered by
        // the date as shown (with its time). Both orders are ranks here.
        string[] published = [.. model.Sources.Select(s => s.PublishedIso).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        string[] ordered = [.. published.Select(p => p + "T00:00:00Z").Append(updated).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var rankOf = new Dictionary<string, int>(ordered.Length, StringComparer.Ordinal);
        for (int r = 0; r < ordered.Length; r++) rankOf[ordered[r]] = r;
        int[] shown = [.. published.Select(p => rankOf[p + "T00:00:00Z"])];
        var rankOfPublished = new Dictionary<string, int>(published.Length, StringComparer.Ordinal);
        for (int r = 0; r < published.Length; r++) rankOfPublished[published[r]] = r;
        // A source without a date counts as none (-1); an event citing none takes the site's date.
        var rankOfSource = model.Sources.ToDictionary(s => s.Id, s => s.PublishedIso is { } p ? rankOfPublished[p] : -1, StringComparer.Ordinal);
        int none = rankOf[updated];
        var latest = new int[model.Events.Count];
        for (int i = 0; i < latest.Length; i++)
        {
            int last = -1;
            // The cited ids, not the view's sources: a partial model makes an event's sources only when they are read.
            if (model.Events[i].Event is { } e)
            {
                // By source alone: the statements of a source left unparsed stay so.
                for (int m = 0, count = e.Mentions.Count; m < count; m++) last = Math.Max(last, rankOfSource[e.SourceOf(m)]);
            }
            else
            {
                foreach (string id in model.Events[i].CitedIds()) last = Math.Max(last, rankOfSource[id]);
            }
            latest[i] = last < 0 ? none : shown[last];
        }
        return (latest, ordered);
    }

    /// <summary>The <paramref name="count"/> events with the latest dates, newest first; of two on the same date, the later in the timeline first.</summary>
    internal static IEnumerable<int> Newest(int[] latest, int count)
    {
        var keys = new long[latest.Length];
        for (int i = 0; i < keys.Length; i++) keys[i] = ((long)latest[i] << 32) | (uint)i;
        Array.Sort(keys);
        for (int k = keys.Length - 1; k >= 0 && keys.Length - k <= count; k--) yield return (int)(keys[k] & 0xFFFFFFFF);
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
