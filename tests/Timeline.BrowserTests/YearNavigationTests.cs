using Timeline.BrowserTests.Infrastructure;

namespace Timeline.BrowserTests;

/// <summary>The year navigator: a sticky row of years that jumps to each year's events.</summary>
[Collection(BrowserCollection.Name)]
public sealed class YearNavigationTests(SiteUnderTest site)
{
    [BrowserFact]
    public async Task YearLink_JumpsToTheYearAndTheNavigatorStaysInView()
    {
        await using var page = await site.OpenAsync("index.html");
        var nav = page.Page.Locator("nav.year-nav");
        (await nav.CountAsync()).ShouldBe(1, "the index has no nav.year-nav");
        var years = await nav.Locator("a[href^='#y-']").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
        years.ShouldContain("#y-2022");
        foreach (string href in years)
            (await page.Page.Locator($"[id='{href[1..]}']").CountAsync()).ShouldBe(1, $"{href} names no element");

        // 2022 is far enough down that following its link must scroll the page.
        await nav.Locator("a[href='#y-2022']").ClickAsync();
        await page.WaitUntilAsync("""
            () => {
                const r = document.getElementById('y-2022').getBoundingClientRect();
                return location.hash === '#y-2022' && r.top > -2 && r.top < window.innerHeight / 2;
            }
            """, null, "#y-2022 did not come to the top of the window");

        var layout = await page.EvaluateJsonAsync<NavLayout>("""
            () => {
                const nav = document.querySelector('nav.year-nav');
                const n = nav.getBoundingClientRect();
                const year = document.getElementById('y-2022');
                const heading = (year.querySelector('h2, h3') ?? year).getBoundingClientRect();
                return { position: getComputedStyle(nav).position, scrollY: window.scrollY,
                         navTop: n.top, navBottom: n.bottom, headingTop: heading.top, viewport: window.innerHeight };
            }
            """);
        layout.ScrollY.ShouldBeGreaterThan(0, "the page did not scroll");
        layout.Position.ShouldBe("sticky", "nav.year-nav is not position: sticky");
        layout.NavTop.ShouldBeGreaterThanOrEqualTo(-1, "the year navigator scrolled out of view");
        layout.NavBottom.ShouldBeLessThan(layout.Viewport, "the year navigator scrolled out of view");
        // A sticky bar over the target would hide the very heading the reader asked for.
        layout.HeadingTop.ShouldBeGreaterThanOrEqualTo(layout.NavBottom - 1, "the year's heading is hidden under the sticky navigator");
        page.Problems.ShouldBeEmpty();
    }

    public sealed record NavLayout(string Position, double ScrollY, double NavTop, double NavBottom, double HeadingTop, double Viewport);
}
