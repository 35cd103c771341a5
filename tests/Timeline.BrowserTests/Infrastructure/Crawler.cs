namespace Timeline.BrowserTests.Infrastructure;

/// <summary>
/// What a crawl saw: the pages it loaded, what went wrong on them, links to fragments that do not
/// exist, and scripts that break the contract (inline, or external without <c>defer</c>).
/// </summary>
public sealed record CrawlResult(IReadOnlyList<string> Pages, IReadOnlyList<string> Problems, IReadOnlyList<string> BrokenFragments, IReadOnlyList<string> ScriptIssues);

/// <summary>
/// Loads every page of the served site in one browser page: every HTML file the build wrote, and
/// every same-site page a link leads to (so a link to a page that was never written shows up as
/// an HTTP 404). Bounded, in case a bug makes links multiply.
/// </summary>
internal static class Crawler
{
    private const int MaxPages = 1_000;

    public static async Task<CrawlResult> CrawlAsync(SiteUnderTest site)
    {
        var files = await site.HtmlPagesAsync();
        await using var page = await site.NewPageAsync();
        string basePath = site.BaseUrl.AbsolutePath;

        var queue = new Queue<string>(files.Select(f => new Uri(site.BaseUrl, f).AbsoluteUri));
        var seen = new HashSet<string>(queue, StringComparer.Ordinal);
        var idsByPage = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var fragmentLinks = new List<(string From, string Page, string Fragment)>();
        var scriptIssues = new List<string>();

        while (queue.TryDequeue(out string? url))
        {
            if (idsByPage.Count >= MaxPages) throw new ShouldAssertException($"more than {MaxPages} pages: runaway links?");
            var response = await page.Page.GotoAsync(url);
            if (response is null || !response.Ok) { idsByPage[url] = []; continue; } // recorded as a problem by the page
            var found = await page.EvaluateJsonAsync<PageLinks>("""
                () => ({
                    ids: [...document.querySelectorAll('[id]')].map(e => e.id),
                    scriptIssues: [
                        ...[...document.scripts].filter(s => !s.src).map(s => 'inline <script>: ' + s.textContent.trim().slice(0, 60)),
                        ...[...document.scripts].filter(s => s.src && !s.defer && s.type !== 'module').map(s => 'script without defer: ' + s.getAttribute('src')),
                        ...[...document.querySelectorAll('*')].flatMap(e => [...e.attributes].filter(a => /^on/i.test(a.name))
                            .map(a => `inline handler ${a.name} on <${e.tagName.toLowerCase()}>`)),
                    ],
                    // getAttribute, not .href: an SVG <a>'s href is an object, not a string.
                    links: [...document.querySelectorAll('a[href], link[href]')]
                        .map(a => new URL(a.getAttribute('href'), document.baseURI).href),
                })
                """);
            idsByPage[url] = [.. found.Ids];
            scriptIssues.AddRange(found.ScriptIssues.Select(issue => $"{url}: {issue}"));
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
        return new CrawlResult([.. idsByPage.Keys], page.Problems, broken, scriptIssues);
    }

    /// <summary>The page a link loads: no fragment, and a folder means its index.html.</summary>
    private static string Canonical(Uri link)
    {
        string path = link.GetLeftPart(UriPartial.Path);
        return path.EndsWith('/') ? path + "index.html" : path;
    }

    public sealed record PageLinks(string[] Ids, string[] Links, string[] ScriptIssues);
}
