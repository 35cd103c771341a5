using Timeline.BrowserTests.Infrastructure;

namespace Timeline.BrowserTests;

/// <summary>On a phone (390 px, an iPhone 12–15 in portrait) a reader scrolls down, never sideways.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MobileLayoutTests(SiteUnderTest site)
{
    [BrowserFact]
    public async Task EveryPage_FitsA390PixelScreenWithoutHorizontalScrolling()
    {
        var failures = new List<string>();
        await using var page = await site.NewPageAsync(PageSettings.Phone);
        foreach (string relative in await site.HtmlPagesAsync())
        {
            await page.Page.GotoAsync(new Uri(site.BaseUrl, relative).ToString());
            var overflow = await page.EvaluateJsonAsync<Overflow>("""
                () => {
                    const width = document.documentElement.clientWidth;
                    // Name the widest culprits, so a failure says what to fix (long URLs, tables, pre).
                    const wide = [...document.body.querySelectorAll('*')]
                        .filter(e => e.getBoundingClientRect().right > width + 1 && e.checkVisibility())
                        .slice(-3)
                        .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + [...e.classList].join('.') : '')
                                  + ' right=' + Math.round(e.getBoundingClientRect().right));
                    return { scrollWidth: document.documentElement.scrollWidth, clientWidth: width, wide };
                }
                """);
            if (overflow.ScrollWidth > overflow.ClientWidth)
                failures.Add($"{relative}: {overflow.ScrollWidth}px wide in a {overflow.ClientWidth}px window; e.g. {string.Join(", ", overflow.Wide)}");
        }
        failures.ShouldBeEmpty(string.Join('\n', failures));
    }

    public sealed record Overflow(int ScrollWidth, int ClientWidth, string[] Wide);
}
