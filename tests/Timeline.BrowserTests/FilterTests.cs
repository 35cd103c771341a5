using Timeline.BrowserTests.Infrastructure;

namespace Timeline.BrowserTests;

/// <summary>The source filter: a reader narrows the timeline to what one article reports.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FilterTests(SiteUnderTest site)
{
    private const string HiddenBySource = """
        () => [...document.querySelectorAll('li.event')].map(li => ({
            sources: (li.dataset.sources ?? '').split(/\s+/).filter(Boolean),
            hidden: li.hidden,
            visible: li.checkVisibility(),
        }))
        """;

    [BrowserFact]
    public async Task SourceFilter_HidesEventsTheChosenSourceDoesNotReport()
    {
        await using var page = await site.OpenAsync("index.html");
        var filter = page.Page.Locator("select#source-filter");
        (await filter.CountAsync()).ShouldBe(1, "the index has no select#source-filter");
        var options = await filter.Locator("option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)");
        options.Length.ShouldBeGreaterThan(2, "expected 'all' and one option per source");
        options[0].ShouldBe("", "the first option shows every source");

        foreach (string source in options.Skip(1))
        {
            await filter.SelectOptionAsync(source);
            var events = await page.EvaluateJsonAsync<EventState[]>(HiddenBySource);
            foreach (var e in events)
            {
                bool reports = e.Sources.Contains(source);
                e.Hidden.ShouldBe(!reports, $"with source '{source}' chosen, an event from [{string.Join(' ', e.Sources)}] has hidden={e.Hidden}");
                e.Visible.ShouldBe(reports, "the hidden attribute must actually hide the event");
            }
            events.ShouldContain(e => !e.Hidden, $"source '{source}' reports no event");
        }

        await filter.SelectOptionAsync("");
        var all = await page.EvaluateJsonAsync<EventState[]>(HiddenBySource);
        all.ShouldAllBe(e => !e.Hidden && e.Visible, "choosing 'all' again shows every event");
        page.Problems.ShouldBeEmpty();
    }

    [BrowserFact]
    public async Task EventSources_AreTheSourcesItLinksTo()
    {
        // The filter reads data-sources; if it disagreed with the links a reader sees, choosing a
        // source would hide events that visibly cite it.
        await using var page = await site.OpenAsync("index.html");
        var events = await page.EvaluateJsonAsync<EventLinks[]>("""
            () => [...document.querySelectorAll('li.event')].map(li => ({
                id: li.id,
                declared: (li.dataset.sources ?? '').split(/\s+/).filter(Boolean).sort(),
                linked: [...new Set([...li.querySelectorAll('.event-sources a')]
                    .map(a => new URL(a.href).pathname.split('/').pop().replace(/\.html$/, '')))].sort(),
            }))
            """);
        events.ShouldNotBeEmpty();
        foreach (var e in events)
        {
            e.Declared.ShouldNotBeEmpty($"event {e.Id} has no data-sources");
            e.Declared.ShouldBe(e.Linked, $"event {e.Id}: data-sources differs from its source links");
        }
    }

    public sealed record EventLinks(string Id, string[] Declared, string[] Linked);

    public sealed record EventState(string[] Sources, bool Hidden, bool Visible);
}
