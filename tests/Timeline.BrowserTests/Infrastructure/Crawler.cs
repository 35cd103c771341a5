namespace Timeline.BrowserTests.Infrastructure;

/// <summary>
/// What a crawl saw: the pages it loaded, what went wrong on them, links to fragments that do not
/// exist, scripts that break the contract (inline, or external without <c>defer</c>), and pages
/// wider than the phone's screen.
/// </summary>
public sealed record CrawlResult(
    IReadOnlyList<string> Pages,
    IReadOnlyList<string> Problems,
    IReadOnlyList<string> BrokenFragments,
    IReadOnlyList<string> ScriptIssues,
    IReadOnlyList<string> Overflows);

/// <summary>
/// Loads every page of the served site once, in one browser page at phone width (390 px; the
/// other checks do not depend on width, and one pass keeps the run short): every HTML file the
/// build wrote, and every same-site page a link leads to, so a link to a page that was never
/// written shows up as an HTTP 404. Bounded, in case a bug makes links multiply.
/// </summary>
internal static class Crawler
{
    private const int MaxPages = 1_000;

    /// <summary>What one page holds: its ids, its links, its script problems, and how wide it lays out.</summary>
    private const string Inspect = """
        () => {
            const width = document.documentElement.clientWidth;
            return {
                ids: [...document.querySelectorAll('[id]')].map(e => e.id),
                // getAttribute, not .href: an SVG <a>'s href is an object, not a string.
                links: [...document.querySelectorAll('a[href], link[href]')]
                    .map(a => new URL(a.getAttribute('href'), document.baseURI).href),
                scriptIssues: [
                    ...[...document.scripts].filter(s => !s.src).map(s => 'inline <script>: ' + s.textContent.trim().slice(0, 60)),
                    ...[...document.scripts].filter(s => s.src && !s.defer && s.type !== 'module').map(s => 'script without defer: ' + s.getAttribute('src')),
                    ...[...document.querySelectorAll('*')].flatMap(e => [...e.attributes].filter(a => /^on/i.test(a.name))
                        .map(a => `inline handler ${a.name} on <${e.tagName.toLowerCase()}>`)),
                ],
                scrollWidth: document.documentElement.scrollWidth,
                clientWidth: width,
                // The last (innermost) elements past the right edge, so a failure says what to fix.
                wide: [...document.body.querySelectorAll('*')]
                    .filter(e => e.getBoundingClientRect().right > width + 1 && e.checkVisibility())
                    .slice(-3)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + [...e.classList].map(c => '.' + c).join('')
                              + ' right=' + Math.round(e.getBoundingClientRect().right)),
            };
        }
        """;

    public static async Task<CrawlResult> CrawlAsync(SiteUnderTest site)
    {
        var files = await site.HtmlPagesAsync();
        await using var page = await site.NewPageAsync(PageSettings.Phone);
        string basePath = site.BaseUrl.AbsolutePath;

        var queue = new Queue<string>(files.Select(f => new Uri(site.BaseUrl, f).AbsoluteUri));
        var seen = new HashSet<string>(queue, StringComparer.Ordinal);
        var idsByPage = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var fragmentLinks = new List<(string From, string Page, string Fragment)>();
        var scriptIssues = new List<string>();
        var overflows = new List<string>();

        while (queue.TryDequeue(out string? url))
        {
            if (idsByPage.Count >= MaxPages) throw new ShouldAssertException($"more than {MaxPages} pages: runaway links?");
            var response = await page.Page.GotoAsync(url);
            if (response is null || !response.Ok) { idsByPage[url] = []; continue; } // recorded as a problem by the page
            var found = await page.EvaluateJsonAsync<PageFacts>(Inspect);

            idsByPage[url] = [.. found.Ids];
            scriptIssues.AddRange(found.ScriptIssues.Select(issue => $"{url}: {issue}"));
            if (found.ScrollWidth > found.ClientWidth)
                overflows.Add($"{url}: {found.ScrollWidth}px wide in a {found.ClientWidth}px window; e.g. {string.Join(", ", found.Wide)}");
            foreach (string href in found.Links)
            {
                if (!Uri.TryCreate(href, UriKind.Absolute, out var link)) continue;
                if (link.Authority != site.BaseUrl.Authority || !link.AbsolutePath.StartsWith(basePath, StringComparison.Ordinal)) continue;
                string target = Canonical(link);
                if (link.Fragment.Length > 1) fragmentLinks.Add((url, target, Uri.UnescapeDataString(link.Fragment[1..])));
                if (target.EndsWith(".html", StringComparison.Ordinal) && seen.Add(target)) queue.Enqueue(target);
            }
        }

        var broken = fragmentLinks
            .Where(l => idsByPage.TryGetValue(l.Page, out var ids) && !ids.Contains(l.Fragment))
            .Select(l => $"{l.From} links to #{l.Fragment} on {l.Page}, which has no such id")
            .Distinct()
            .ToList();
        return new CrawlResult([.. idsByPage.Keys], page.Problems, broken, scriptIssues, overflows);
    }

    /// <summary>The page a link loads: no fragment, and a folder means its index.html.</summary>
    private static string Canonical(Uri link)
    {
        string path = link.GetLeftPart(UriPartial.Path);
        return path.EndsWith('/') ? path + "index.html" : path;
    }

    private sealed record PageFacts(string[] Ids, string[] Links, string[] ScriptIssues, int ScrollWidth, int ClientWidth, string[] Wide);
}
