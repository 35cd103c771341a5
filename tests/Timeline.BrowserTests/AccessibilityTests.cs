using Timeline.BrowserTests.Infrastructure;

namespace Timeline.BrowserTests;

/// <summary>axe-core on each kind of page, in the state a reader first meets it and after using it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(SiteUnderTest site)
{
    [BrowserTheory(NeedsAxe = true)]
    [InlineData("index")]
    [InlineData("source")]
    [InlineData("event")]
    public async Task Page_HasNoSeriousAccessibilityViolations(string kind)
    {
        string relative = await site.PageOfKindAsync(kind);
        await using var page = await site.OpenAsync(relative, bypassCsp: true);
        var violations = await Axe.SeriousViolationsAsync(page);
        violations.ShouldBeEmpty($"{relative}:\n" + string.Join('\n', violations));
    }

    [BrowserFact(NeedsAxe = true)]
    public async Task TargetedPassage_HasNoSeriousAccessibilityViolations()
    {
        // The highlight colour changes the passage's background: its text must stay readable.
        string relative = await site.PageOfKindAsync("source");
        await using var page = await site.OpenAsync(relative, bypassCsp: true);
        string id = await page.Page.EvaluateAsync<string>("() => { const p = document.querySelector('span.passage.dated'); location.hash = p.id; return p.id; }");
        var violations = await Axe.SeriousViolationsAsync(page);
        violations.ShouldBeEmpty($"{relative}#{id}:\n" + string.Join('\n', violations));
    }

    [BrowserFact(NeedsAxe = true)]
    public async Task IndexWithCurrentEvent_HasNoSeriousAccessibilityViolations()
    {
        // After keyboard navigation an event carries class 'current' and focus: its styling must keep contrast.
        await using var page = await site.OpenAsync("index.html", bypassCsp: true);
        await page.Page.Keyboard.PressAsync("j");
        var violations = await Axe.SeriousViolationsAsync(page);
        violations.ShouldBeEmpty("index.html after j:\n" + string.Join('\n', violations));
    }
}
