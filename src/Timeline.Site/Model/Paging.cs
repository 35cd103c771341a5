using System.Globalization;

namespace Timeline.Site.Model;

/// <summary>
/// Splits a timeline too large for one index page into a page per decade, or per year where a
/// decade alone is too large, or into numbered parts where even a year is. The index then keeps the
/// overview and the navigator, and links each event's and year's anchor to the page it is on.
/// </summary>
/// <remarks>Sizes are estimated from the text each event writes, so the decision needs no render.</remarks>
public static class Paging
{
    /// <summary>Estimated bytes of listed events above which a page is split (well under the 1 MB a page may have).</summary>
    public const int PageBudget = 600_000;

    /// <summary>At most this many events on one page, whatever their size, so a browser stays quick.</summary>
    public const int MaxEventsPerPage = 1000;

    public static SiteModel Apply(SiteModel model) => Apply(model, inPlace: false);

    /// <param name="inPlace">The model's views are its own, held by no one else (the model's builder has just made them): each is
    /// given where it is listed (<see cref="EventView.ListAt"/>) rather than copied with it, and the lists of them are kept.</param>
    // Once per build, over every event: jitted optimized at once rather than run as tier-0 code.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static SiteModel Apply(SiteModel model, bool inPlace)
    {
        bool Fits(IReadOnlyList<EventView> events)
        {
            if (events.Count > MaxEventsPerPage) return false;
            long size = 0;
            for (int i = 0; i < events.Count; i++) size += SizeOf(events[i]);
            return size <= PageBudget;
        }

        if (Fits(model.Events))
        {
            if (inPlace)
            {
                foreach (var e in model.Events) e.ListAt("index.html#" + e.Id);
                return Rebuild(model, model.Events, [], [], inPlace: true);
            }
            var listed = model.Events.Select(e => e with { ListedHref = "index.html#" + e.Id }).ToList();
            return Rebuild(model, listed, [], []);
        }

        // Each unit: a page's path and title, and the (possibly partial) years it lists, per decade.
        var units = new List<(string Path, string Title, DecadeView Decade)>();
        foreach (var decade in model.Decades)
        {
            string decadeSlug = decade.Anchor["d-".Length..];
            if (Fits(decade.Years.SelectMany(y => y.Events).ToList()))
            {
                units.Add(($"decades/{decadeSlug}.html", decade.Label, decade));
                continue;
            }
            foreach (var year in decade.Years)
            {
                string yearSlug = year.Anchor["y-".Length..];
                var parts = Split(year.Events);
                for (int p = 0; p < parts.Count; p++)
                {
                    string suffix = p == 0 ? "" : "-" + (p + 1).ToString(CultureInfo.InvariantCulture);
                    var part = p == 0
                        ? year with { Events = parts[p] }
                        : year with { Label = $"{year.Label}, part {p + 1}", Anchor = year.Anchor + suffix, Events = parts[p] };
                    string title = parts.Count == 1 ? year.Label : $"{year.Label}, part {p + 1} of {parts.Count}";
                    units.Add(($"years/{yearSlug}{suffix}.html", title, decade with { Years = [part] }));
                }
            }
        }

        var pageOfYear = new Dictionary<string, string>(StringComparer.Ordinal);
        IReadOnlyList<EventView> events;
        Dictionary<string, EventView>? byId = null;
        if (inPlace)
        {
            foreach (var (path, _, decade) in units)
            {
                foreach (var year in decade.Years)
                {
                    pageOfYear.TryAdd(year.Anchor, path);
                    foreach (var e in year.Events) e.ListAt($"{path}#{e.Id}");
                }
            }
            events = model.Events;
        }
        else
        {
            var pageOfEvent = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (path, _, decade) in units)
            {
                foreach (var year in decade.Years)
                {
                    pageOfYear.TryAdd(year.Anchor, path);
                    foreach (var e in year.Events) pageOfEvent[e.Id] = path;
                }
            }
            events = model.Events.Select(e => e with { ListedHref = $"{pageOfEvent[e.Id]}#{e.Id}" }).ToList();
            byId = events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        }

        var links = units.Select(u => new PageLink(u.Title, u.Path, u.Decade.EventCount)).ToList();
        var pages = units.Select((u, i) => new PageView(
            u.Path,
            u.Title,
            u.Decade.EventCount,
            [Relist(u.Decade, byId, pageOfYear)],
            i > 0 ? links[i - 1] : null,
            i + 1 < links.Count ? links[i + 1] : null)).ToList();
        var linksOf = units.Select((u, i) => (u.Decade.Anchor, Link: links[i]))
            .GroupBy(x => x.Anchor, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<PageLink>)g.Select(x => x.Link).ToList(), StringComparer.Ordinal);
        return Rebuild(model, events, pageOfYear, pages, linksOf, inPlace);
    }

    /// <summary>The estimate of an event: made from the timeline's event by the model's builder, which need not make what its view lists.</summary>
    private static long SizeOf(EventView e) => e.EstimatedSize ?? Estimate(e);

    /// <summary>A rough size in bytes of an event as the index lists it; article text counts once more for escaping and its title attribute.</summary>
    /// <remarks>The model's builder estimates each event from the timeline's event instead (<c>SiteModelBuilder.Estimate</c>), to the
    /// same number, without making the views of its reports.</remarks>
    internal static long Estimate(EventView e)
    {
        long size = 400 + 2 * e.Id.Length + e.Headline.Length + 2 * e.Date.Length + e.SourceIds.Length;
        var conflicts = e.Conflicts;
        for (int i = 0; i < conflicts.Count; i++) size += 20 + conflicts[i].Date.Length + conflicts[i].Sources.Length;
        var sources = e.Sources;
        for (int i = 0; i < sources.Count; i++)
        {
            var s = sources[i];
            size += 100 + s.Href.Length + s.SourceId.Length + s.SourceTitle.Length + s.Quote.Length * 11 / 10;
        }
        return size;
    }

    private static List<List<EventView>> Split(IReadOnlyList<EventView> events)
    {
        var parts = new List<List<EventView>> { new() };
        long size = 0;
        foreach (var e in events)
        {
            var current = parts[^1];
            if (current.Count > 0 && (current.Count >= MaxEventsPerPage || size + SizeOf(e) > PageBudget))
            {
                parts.Add(current = []);
                size = 0;
            }
            current.Add(e);
            size += SizeOf(e);
        }
        return parts;
    }

    /// <param name="byId">The views to list in place of the decade's, by id; null when its views are the ones to list (paged in place).</param>
    private static DecadeView Relist(DecadeView decade, Dictionary<string, EventView>? byId, Dictionary<string, string> pageOfYear) =>
        decade with
        {
            Years = decade.Years.Select(y => y with
            {
                Events = byId is null ? y.Events : y.Events.Select(e => byId[e.Id]).ToList(),
                Page = pageOfYear.GetValueOrDefault(y.Anchor, "index.html"),
            }).ToList(),
        };

    private static SiteModel Rebuild(SiteModel model, IReadOnlyList<EventView> events, Dictionary<string, string> pageOfYear, List<PageView> pages, Dictionary<string, IReadOnlyList<PageLink>>? linksOf = null,
        bool inPlace = false)
    {
        var byId = inPlace ? null : events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var decades = model.Decades.Select(d => Relist(d, byId, pageOfYear) with
        {
            Pages = linksOf?.GetValueOrDefault(d.Anchor) ?? [],
        }).ToList();
        var years = decades.SelectMany(d => d.Years).ToList();
        return new SiteModel(model.Site, decades, years, events, model.Sources, Overview.Build(years)) { Pages = pages };
    }
}
