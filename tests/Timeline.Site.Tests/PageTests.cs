using Timeline.Tests.Shared;

namespace Timeline.Site.Tests;

/// <summary>The event pages, the source pages and the sources page of the seed timeline.</summary>
public sealed class PageTests : IDisposable
{
    private readonly BuiltSite _site = BuiltSite.From(RepoPaths.Seeds);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void EventPage_ExistsForEveryEvent_AndQuotesEverySourceWithTheDateHighlighted()
    {
        var events = _site.Page("index.html").QuerySelectorAll("li.event").ToList();
        foreach (var e in events)
        {
            var page = _site.Page($"events/{e.Id}.html");
            var quotes = page.QuerySelectorAll(".quote").ToList();
            quotes.Count.ShouldBe(e.QuerySelectorAll(".event-sources a").Length, e.Id);
            foreach (var quote in quotes)
            {
                quote.QuerySelector("blockquote mark.date")!.TextContent.ShouldNotBeNullOrWhiteSpace();
                quote.QuerySelector(".quote-source a")!.GetAttribute("href")!.ShouldMatch(@"^\.\./sources/[a-z0-9-]+\.html#s\d+$");
            }
        }
    }

    [Fact]
    public void EventPage_LinksToTheOriginalArticle_WhenItsUrlIsKnown()
    {
        using var input = new TempFolder();
        input.Write("a.txt", "Title: Armistice\nDate: 2023-07-28\nURL: https://example.org/armistice\n\nThe armistice was signed on July 27, 1953, ending the fighting.\n");
        using var site = BuiltSite.From(input.Path);

        var page = site.Page("events/" + site.Page("index.html").QuerySelector("li.event")!.Id + ".html");
        page.QuerySelector("blockquote mark.date")!.TextContent.ShouldBe("July 27, 1953");
        page.QuerySelectorAll(".quote-source a").Select(a => a.GetAttribute("href")).ShouldContain("https://example.org/armistice");
        page.QuerySelector("h1")!.TextContent.ShouldContain("armistice");
    }

    [Fact]
    public void SourcePage_ShowsMetadataAndHowTheDateWasKnown()
    {
        var page = _site.Page("sources/russia-china-delegations-pyongyang-victory-day.html");
        var meta = page.QuerySelector(".source-meta")!;
        meta.QuerySelector("time")!.GetAttribute("datetime").ShouldBe("2023-07-28");
        meta.QuerySelector(".basis")!.TextContent.ShouldNotBeNullOrWhiteSpace();
        page.QuerySelectorAll("span.passage.dated[id^='s']").ShouldNotBeEmpty();
    }

    [Fact]
    public void SourcesPage_ListsEverySourceWithPublisherDateAndEventCount()
    {
        var rows = _site.Page("sources.html").QuerySelectorAll("table.sources tbody tr").ToList();
        rows.Select(r => r.Id).ShouldBe(["dprk-victory-day-what-is-new", "russia-china-delegations-pyongyang-victory-day"]);
        var dprk = rows[0].QuerySelectorAll("td").Select(c => c.TextContent).ToList();
        dprk[1].ShouldBe("TheSocialTalks");
        int.Parse(rows[1].QuerySelectorAll("td")[3].TextContent).ShouldBeGreaterThan(0);
        rows[1].QuerySelector("time")!.GetAttribute("datetime").ShouldBe("2023-07-28");
    }

    [Fact]
    public void NotFoundPage_LinksHome()
    {
        _site.Page("404.html").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ShouldContain("index.html");
    }
}
