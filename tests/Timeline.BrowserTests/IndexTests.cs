using Timeline.BrowserTests.Infrastructure;

namespace Timeline.BrowserTests;

/// <summary>The timeline page as a reader first sees it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class IndexTests(SiteUnderTest site)
{
    /// <summary>
    /// The story's spine, from the seed articles: the war begins (1950), the armistice
    /// (27 July 1953), the alliance CNN reports (February 2022), the Victory Day visits (July 2023).
    /// A range is dated by its start, so the July 2023 event is any event starting in that month.
    /// </summary>
    private static readonly (string Label, Func<string, bool> Matches)[] KeyEvents =
    [
        ("1950", d => d == "1950"),
        ("27 July 1953", d => d == "1953-07-27"),
        ("February 2022", d => d == "2022-02"),
        ("July 2023", d => d.StartsWith("2023-07", StringComparison.Ordinal)),
    ];

    [BrowserFact]
    public async Task Index_ShowsKeyEventsInOrder()
    {
        await using var page = await site.OpenAsync("index.html");

        // Every event in document order: its datetime and whether a reader can see it.
        var events = await page.EvaluateJsonAsync<EventRow[]>("""
            () => [...document.querySelectorAll('li.event')].map(li => ({
                id: li.id,
                datetime: li.querySelector('time')?.getAttribute('datetime') ?? '',
                headline: li.querySelector('.headline')?.textContent.trim() ?? '',
                visible: li.checkVisibility(),
            }))
            """);

        var positions = new List<int>();
        foreach (var (label, matches) in KeyEvents)
        {
            int index = Array.FindIndex(events, e => matches(e.Datetime));
            index.ShouldBeGreaterThanOrEqualTo(0, $"no event dated {label} on the index");
            var found = events[index];
            found.Visible.ShouldBeTrue($"the {label} event is not visible");
            found.Headline.ShouldNotBeNullOrWhiteSpace($"the {label} event has no headline");
            positions.Add(index);
        }
        positions.ShouldBe(positions.Order().ToList(), "the key events are out of order: " + string.Join(", ", positions));
    }

    [BrowserFact]
    public async Task EventLink_OpensTheEventPage()
    {
        await using var page = await site.OpenAsync("index.html");
        var armistice = page.Page.Locator("li.event:has(time[datetime='1953-07-27'])").First;
        string id = (await armistice.GetAttributeAsync("id")).ShouldNotBeNull();
        string headline = (await armistice.Locator(".headline").TextContentAsync() ?? "").Trim();

        // The contract: each event links to events/<id>.html.
        var link = armistice.Locator($"a[href$='events/{id}.html']");
        (await link.CountAsync()).ShouldBeGreaterThan(0, $"event {id} has no link to events/{id}.html");
        await link.First.ClickAsync();
        await page.Page.WaitForURLAsync($"**/Timeline/events/{id}.html");

        string main = Normalize(await page.Page.Locator("main").InnerTextAsync());
        main.ShouldContain(Normalize(headline), Case.Sensitive, "the event page does not show the event's headline");
        page.Problems.ShouldBeEmpty();
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public sealed record EventRow(string Id, string Datetime, string Headline, bool Visible);
}
