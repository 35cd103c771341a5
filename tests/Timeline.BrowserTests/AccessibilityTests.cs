using Timeline.BrowserTests.Infrastructure;

namespace Timeline.BrowserTests;

/// <summary>axe-core on each kind of page, in the state a reader first meets it and after using it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(SiteUnderTest site)
{
    [BrowserFact(NeedsAxe = true)]
    public async Task EveryPageType_HasNoSeriousAccessibilityViolations()
    {
        var pages = await site.OnePageOfEachTypeAsync();
        var failures = new List<string>();
        foreach (string relative in pages)
        {
            await using var page = await site.OpenAsync(relative, PageSettings.ForAxe);
            failures.AddRange((await Axe.SeriousViolationsAsync(page)).Select(v => $"{relative}: {v}"));
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
            failures.AddRange((await Axe.SeriousViolationsAsync(page)).Select(v => $"{relative} (dark): {v}"));
        }
        failures.ShouldBeEmpty(string.Join('\n', failures));
    }

    [BrowserFact(NeedsAxe = true)]
    public async Task TargetedPassage_HasNoSeriousAccessibilityViolations()
    {
        // The highlight colour changes the passage's background: its text must stay readable.
        string relative = await site.PageOfKindAsync("source");
        await using var page = await site.OpenAsync(relative, PageSettings.ForAxe);
        string id = await page.Page.EvaluateAsync<string>("() => { const p = document.querySelector('span.passage.dated'); location.hash = p.id; return p.id; }");
        var violations = await Axe.SeriousViolationsAsync(page);
        violations.ShouldBeEmpty($"{relative}#{id}:\n" + string.Join('\n', violations));
    }

    [BrowserFact(NeedsAxe = true)]
    public async Task IndexWithCurrentEvent_HasNoSeriousAccessibilityViolations()
    {
        // After keyboard navigation an event carries class 'current' and focus: its styling must keep contrast.
        await using var page = await site.OpenAsync("index.html", PageSettings.ForAxe);
        await page.Page.Keyboard.PressAsync("j");
        var violations = await Axe.SeriousViolationsAsync(page);
        violations.ShouldBeEmpty("index.html after j:\n" + string.Join('\n', violations));
    }
}
