using Timeline.BrowserTests.Infrastructure;

namespace Timeline.BrowserTests;

/// <summary>The promise of the site: every event leads to the exact passage that reports it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PassageLinkTests(SiteUnderTest site)
{
    [BrowserFact]
    public async Task PassageLink_ScrollsPassageIntoViewAndHighlightsIt()
    {
        await using var page = await site.OpenAsync("index.html");
        // The armistice passage sits far down its article, so reaching it needs a real scroll.
        var link = page.Page.Locator("li.event:has(time[datetime='1953-07-27']) .event-sources a").First;
        string href = (await link.GetAttributeAsync("href")).ShouldNotBeNull();
        href.ShouldMatch(@"^sources/[^/#]+\.html#s\d+$", "a source link is sources/<id>.html#s<N>");
        string passageId = href[(href.IndexOf('#') + 1)..];

        await link.ClickAsync();
        await page.Page.WaitForURLAsync("**/Timeline/" + href);

        await page.WaitUntilAsync("""
            id => {
                const r = document.getElementById(id)?.getBoundingClientRect();
                return r && r.bottom > 0 && r.top < window.innerHeight;
            }
            """, passageId, $"passage #{passageId} was not scrolled into view");

        var colours = await page.Page.EvaluateAsync<string[]>("""
            id => {
                const target = document.getElementById(id);
                // Compare with a passage of the same kind (dated or not), so the highlight is not just the 'dated' tint.
                const kind = target.classList.contains('dated') ? '.dated' : ':not(.dated)';
                const other = [...document.querySelectorAll('span.passage' + kind)].find(p => p !== target)
                    ?? [...document.querySelectorAll('span.passage')].find(p => p !== target);
                return [target.matches(':target') ? 'target' : 'not-target',
                        getComputedStyle(target).backgroundColor,
                        other ? getComputedStyle(other).backgroundColor : ''];
            }
            """, passageId);

        colours[0].ShouldBe("target", $"#{passageId} is not the :target");
        colours[1].ShouldNotBeOneOf(["rgba(0, 0, 0, 0)", "transparent"], $"#{passageId} has no highlight background");
        colours[2].ShouldNotBeEmpty("the source page has only one passage to compare with");
        colours[1].ShouldNotBe(colours[2], "the targeted passage looks like any other passage");
        page.Problems.ShouldBeEmpty();
    }
}
