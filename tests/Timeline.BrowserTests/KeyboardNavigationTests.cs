using Timeline.BrowserTests.Infrastructure;

namespace Timeline.BrowserTests;

/// <summary>j/k (and the arrow keys) step through the visible events without a mouse.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardNavigationTests(SiteUnderTest site)
{
    private const string VisibleEventIds = "() => [...document.querySelectorAll('li.event:not([hidden])')].map(li => li.id)";

    /// <summary>The focused element's id, and every element marked current.</summary>
    private const string CurrentState = """
        () => ({
            focused: document.activeElement?.id ?? '',
            focusedTag: document.activeElement?.tagName.toLowerCase() ?? '',
            current: [...document.querySelectorAll('li.event.current')].map(li => li.id),
        })
        """;

    [BrowserFact]
    public async Task JAndK_MoveFocusToTheNextAndPreviousEvent()
    {
        await using var page = await site.OpenAsync("index.html");
        var ids = await page.Page.EvaluateAsync<string[]>(VisibleEventIds);
        ids.Length.ShouldBeGreaterThan(3);

        await PressAndExpectAsync(page, "j", ids[0]);
        await PressAndExpectAsync(page, "j", ids[1]);
        await PressAndExpectAsync(page, "j", ids[2]);
        await PressAndExpectAsync(page, "k", ids[1]);
        page.Problems.ShouldBeEmpty();
    }

    [BrowserFact]
    public async Task J_ScrollsTheCurrentEventIntoView()
    {
        await using var page = await site.OpenAsync("index.html");
        var ids = await page.Page.EvaluateAsync<string[]>(VisibleEventIds);
        // The last event is well below the first screen, so reaching it must scroll.
        for (int i = 0; i < ids.Length; i++) await page.Page.Keyboard.PressAsync("j");
        await ExpectCurrentAsync(page, ids[^1], "j pressed once per event");
        await page.WaitUntilAsync("""
            id => {
                const r = document.getElementById(id).getBoundingClientRect();
                return r.top >= 0 && r.top < window.innerHeight && window.scrollY > 0;
            }
            """, ids[^1], $"the last event {ids[^1]} was not scrolled into view");
    }

    [BrowserFact]
    public async Task ArrowKeys_MoveBetweenEventsOnlyWhenNoFormControlHasFocus()
    {
        await using var page = await site.OpenAsync("index.html");
        var ids = await page.Page.EvaluateAsync<string[]>(VisibleEventIds);

        await PressAndExpectAsync(page, "ArrowDown", ids[0]);
        await PressAndExpectAsync(page, "ArrowDown", ids[1]);
        await PressAndExpectAsync(page, "ArrowUp", ids[0]);

        // In the filter, the arrow keys belong to the select: focus must stay there.
        var filter = page.Page.Locator("select#source-filter");
        (await filter.CountAsync()).ShouldBe(1, "the index has no select#source-filter");
        await filter.FocusAsync();
        await page.Page.Keyboard.PressAsync("ArrowDown");
        var state = await page.EvaluateJsonAsync<State>(CurrentState);
        state.FocusedTag.ShouldBe("select", "ArrowDown in the source filter moved focus away from it");
    }

    [BrowserFact]
    public async Task J_SkipsEventsTheFilterHid()
    {
        await using var page = await site.OpenAsync("index.html");
        var filter = page.Page.Locator("select#source-filter");
        (await filter.CountAsync()).ShouldBe(1, "the index has no select#source-filter");
        string source = await filter.Locator("option").Nth(1).GetAttributeAsync("value") ?? "";
        await filter.SelectOptionAsync(source);
        await page.Page.EvaluateAsync("() => document.activeElement?.blur()");

        var visible = await page.Page.EvaluateAsync<string[]>(VisibleEventIds);
        int all = await page.Page.Locator("li.event").CountAsync();
        visible.Length.ShouldBeLessThan(all, $"filtering on '{source}' hid nothing, so this test proves nothing");
        visible.Length.ShouldBeGreaterThan(1);

        await PressAndExpectAsync(page, "j", visible[0]);
        await PressAndExpectAsync(page, "j", visible[1]);
        await PressAndExpectAsync(page, "k", visible[0]);
    }

    private static async Task PressAndExpectAsync(BrowserPage page, string key, string expectedId)
    {
        await page.Page.Keyboard.PressAsync(key);
        await ExpectCurrentAsync(page, expectedId, $"after {key}");
    }

    private static async Task ExpectCurrentAsync(BrowserPage page, string expectedId, string when)
    {
        var state = await page.EvaluateJsonAsync<State>(CurrentState);
        state.Focused.ShouldBe(expectedId, $"{when}: focus is not on the expected event");
        state.Current.ShouldBe([expectedId], $"{when}: exactly the focused event should have class 'current'");
    }

    public sealed record State(string Focused, string FocusedTag, string[] Current);
}
