using System.Globalization;

namespace Timeline.Site.Model;

/// <summary>
/// The list of sources: one page (<c>sources.html</c>) while it is short; past that, a page per
/// year of publication (<c>published/2023.html</c>, numbered parts for a crowded year, undated
/// articles last), with <c>sources.html</c> linking to each, because a reader looking for an
/// article usually knows roughly when it came out.
/// </summary>
public static class SourcePaging
{
    /// <summary>Rows on one page: a row is about 400 bytes, so a page stays far under 1 MB and quick to open.</summary>
    public const int MaxSourcesPerPage = 500;

    public const string IndexPath = "sources.html";

    public static IReadOnlyList<SourcesPageView> Pages(IReadOnlyList<SourceView> sources)
    {
        var rows = sources.Select(Row).ToList();
        if (rows.Count <= MaxSourcesPerPage)
            return [new SourcesPageView(IndexPath, "Sources", rows.Count, rows, [], null, null)];

        var units = new List<(string Path, string Label, string Title, List<SourceRow> Rows)>();
        var byYear = rows
            .GroupBy(r => r.PublishedIso is { } iso ? YearOf(iso) : (int?)null)
            .OrderBy(g => g.Key is null)
            .ThenBy(g => g.Key ?? 0);
        foreach (var year in byYear)
        {
            string label = year.Key is { } y ? Core.Events.DateLabel.Year(y) : SiteModelBuilder.UndatedLabel;
            string slug = Core.Sources.Slug.From(label);
            var ordered = year.OrderBy(r => r.PublishedIso, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
            int parts = (ordered.Count + MaxSourcesPerPage - 1) / MaxSourcesPerPage;
            for (int p = 0; p < parts; p++)
            {
                string suffix = p == 0 ? "" : "-" + (p + 1).ToString(CultureInfo.InvariantCulture);
                string part = parts == 1 ? label : $"{label}, part {p + 1} of {parts}";
                string title = year.Key is null ? $"Sources with no known date{part[label.Length..]}" : $"Sources published in {part}";
                units.Add(($"published/{slug}{suffix}.html", part, title, ordered.Skip(p * MaxSourcesPerPage).Take(MaxSourcesPerPage).ToList()));
            }
        }
        var links = units.Select(u => new PageLink(u.Label, u.Path, u.Rows.Count)).ToList();
        var pages = new List<SourcesPageView> { new(IndexPath, "Sources", rows.Count, [], links, null, null) };
        pages.AddRange(units.Select((u, i) => new SourcesPageView(
            u.Path,
            u.Title,
            rows.Count,
            u.Rows,
            links,
            i > 0 ? links[i - 1] : null,
            i + 1 < links.Count ? links[i + 1] : null)));
        return pages;
    }

    private static SourceRow Row(SourceView s) => new(s.Id, s.Title, s.Href, s.Publisher, s.Published, s.PublishedIso, s.EventCount);

    /// <summary>The year of a <c>yyyy-MM-dd</c> date, astronomical for BC (<c>-0479-01-01</c>).</summary>
    private static int YearOf(string iso) =>
        int.Parse(iso.AsSpan(0, iso.IndexOf('-', 1)), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
