using Timeline.BrowserTests.Infrastructure;

namespace Timeline.BrowserTests;

/// <summary>axe-core on each type of page, as a reader leaves it after using it, in the light and the dark scheme.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(SiteUnderTest site)
{
    /// <summary>
    /// One page of every type, each in the state a reader leaves it in, which holds everything the
    /// fresh page does and more: the index with an event made current by the keyboard (its focus
    /// and 'current' styling must keep contrast), a source page with a dated passage targeted (the
    /// highlight changes its background, and its text must stay readable).
    /// </summary>
    [BrowserFact(NeedsAxe = true)]
    public async Task EveryPageType_HasNoSeriousAccessibilityViolations()
    {
        var pages = await site.OnePageOfEachTypeAsync();
        var failures = new List<string>();
        foreach (string relative in pages)
        {
            await using var page = await site.OpenAsync(relative, PageSettings.ForAxe);
            string state = await LeaveAsAReaderWouldAsync(page, relative);
            failures.AddRange((await Axe.SeriousViolationsAsync(page)).Select(v => $"{relative}{state}: {v}"));
        }
        failures.ShouldBeEmpty($"checked {string.Join(", ", pages)}:\n" + string.Join('\n', failures));

        // The types the contract promises must be among them, or this test checked too little.
        pages.ShouldContain("index.html");
        pages.ShouldContain(p => p.StartsWith("sources/", StringComparison.Ordinal), "the site has no source page");
        pages.ShouldContain(p => p.StartsWith("events/", StringComparison.Ordinal), "the site has no event page");
    }

    [BrowserFact(NeedsAxe = true)]
    public async Task DarkColourScheme_HasNoSeriousAccessibilityViolations()
    {
        // The stylesheet has a dark palette of its own (prefers-color-scheme: dark): its contrast needs checking too.
        var failures = new List<string>();
        foreach (string relative in new[] { "index.html", await site.PageOfKindAsync("source") })
        {
            await using var page = await site.OpenAsync(relative, PageSettings.ForAxe with { Dark = true });
            string state = await LeaveAsAReaderWouldAsync(page, relative);
            failures.AddRange((await Axe.SeriousViolationsAsync(page)).Select(v => $"{relative}{state} (dark): {v}"));
        }
        failures.ShouldBeEmpty(string.Join('\n', failures));
    }

    /// <summary>Targets the first dated passage, if any; on the index, makes an event current with j. Returns a label for messages.</summary>
    private static async Task<string> LeaveAsAReaderWouldAsync(BrowserPage page, string relative)
    {
        if (relative == "index.html")
        {
            await page.Page.Keyboard.PressAsync("j");
            return " after j";
        }
        return await page.EvaluateJsonAsync<string>("""
            () => {
                const passage = document.querySelector('span.passage.dated');
                if (passage) { location.hash = passage.id; return '#' + passage.id; }
                return '';
            }
            """);
    }
}
