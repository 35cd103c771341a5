using Timeline.BrowserTests.Infrastructure;

namespace Timeline.BrowserTests;

/// <summary>On a phone (390 px, an iPhone 12–15 in portrait) a reader scrolls down, never sideways.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MobileLayoutTests(SiteUnderTest site)
{
    [BrowserFact]
    public async Task EveryPage_FitsA390PixelScreenWithoutHorizontalScrolling()
    {
        // The crawl loads every page at 390 px and measures it (see Crawler).
        var crawl = await site.CrawlAsync();
        crawl.Pages.Count.ShouldBeGreaterThan(2, "the crawl found almost nothing");
        crawl.Overflows.ShouldBeEmpty(string.Join('\n', crawl.Overflows));
    }
}
