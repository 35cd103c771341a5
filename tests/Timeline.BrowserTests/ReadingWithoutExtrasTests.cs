using Microsoft.Playwright;
using Timeline.BrowserTests.Infrastructure;

namespace Timeline.BrowserTests;

/// <summary>
/// The README promises the timeline reads with no server and no JavaScript: opened from the file
/// system, or with scripts off, every event and every passage link must still be there.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReadingWithoutExtrasTests(SiteUnderTest site)
{
    [BrowserFact]
    public async Task Index_WithoutJavaScript_ShowsEveryEvent()
    {
        await using var page = await site.OpenAsync("index.html", PageSettings.Desktop with { JavaScript = false });
        var events = await page.EvaluateJsonAsync<bool[]>(
            "() => [...document.querySelectorAll('li.event')].map(li => li.checkVisibility() && !!li.querySelector('.event-sources a'))");
        events.ShouldNotBeEmpty();
        events.ShouldAllBe(visibleWithLink => visibleWithLink, "without JavaScript an event is hidden or has no source link");
        page.Problems.ShouldBeEmpty();
    }

    [BrowserFact]
    public async Task PassageLink_WorksFromTheFileSystem()
    {
        await using var page = await site.NewPageAsync();
        string index = new Uri(Path.Combine(site.Output, "index.html")).AbsoluteUri;
        await page.Page.GotoAsync(index);

        var link = page.Page.Locator("li.event .event-sources a").First;
        string href = (await link.GetAttributeAsync("href")).ShouldNotBeNull();
        await link.ClickAsync();
        // Only the new document's commit is waited for: a file:// page is an origin of its own, and Playwright at times missed
        // its load event under a loaded machine (a 15 s time-out in CI). What the test is about is polled for below.
        await page.Page.WaitForURLAsync(url => url.StartsWith("file:", StringComparison.Ordinal) && url.EndsWith(href, StringComparison.Ordinal),
            new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });

        string passageId = href[(href.IndexOf('#') + 1)..];
        await page.WaitUntilAsync(
            "id => document.getElementById(id)?.matches(':target')",
            passageId, $"#{passageId} is not the target after following {href} from file://");
        // The stylesheet is linked relatively: from file:// it must still load, or the page reads unstyled.
        // (link.sheet, not cssRules: each file:// page is its own origin, so its rules are unreadable.)
        await page.WaitUntilAsync(
            "() => { const links = [...document.querySelectorAll('link[rel~=stylesheet]')]; return links.length > 0 && links.every(l => l.sheet !== null); }",
            null, "the source page links no stylesheet, or one did not load from file://");
        page.Problems.ShouldBeEmpty();
    }
}
