using Timeline.BrowserTests.Infrastructure;

namespace Timeline.BrowserTests;

/// <summary>Every page, loaded for real: nothing a reader would see fail, and no link that lands nowhere.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CrawlTests(SiteUnderTest site)
{
    [BrowserFact]
    public async Task Crawl_EveryPageLoadsWithoutConsoleErrorsOrFailedRequests()
    {
        var crawl = await site.CrawlAsync();
        crawl.Pages.Count.ShouldBeGreaterThan(2, "the crawl found almost nothing");
        crawl.Problems.ShouldBeEmpty($"crawled {crawl.Pages.Count} pages:\n" + string.Join('\n', crawl.Problems));
    }

    [BrowserFact]
    public async Task Crawl_EveryLinkToAFragmentLandsOnAnElement()
    {
        // A passage link (#s12) or a year link (#y-2022) whose id is missing leaves the reader at
        // the top of the page with nothing highlighted; the browser reports no error for it.
        var crawl = await site.CrawlAsync();
        crawl.BrokenFragments.ShouldBeEmpty(string.Join('\n', crawl.BrokenFragments));
    }

    [BrowserFact]
    public async Task Crawl_EveryScriptIsExternalAndDeferred()
    {
        // The site promises no inline script (so a strict Content-Security-Policy can be set) and
        // a deferred assets/timeline.js (so script never delays the first paint of the timeline).
        var crawl = await site.CrawlAsync();
        crawl.ScriptIssues.ShouldBeEmpty(string.Join('\n', crawl.ScriptIssues));
    }
}
