using Timeline.Tests.Shared;

namespace Timeline.Site.Tests;

/// <summary>What the merged events carry beyond a date and sources: disagreements, related events, editors' additions.</summary>
public sealed class EventDetailTests
{
    [Fact]
    public void SourcesThatDisagreeOnTheDate_AreShownOnTheIndexAndTheEventPage()
    {
        using var input = new TempFolder();
        input.Write("a.txt", "Title: A\nDate: 2023-07-28\n\nThe armistice at Panmunjom was signed on July 27, 1953.\n");
        input.Write("b.txt", "Title: B\nDate: 2023-07-28\n\nThe armistice at Panmunjom was signed on July 28, 1953, ending the fighting.\n");
        using var site = BuiltSite.From(input.Path);

        var e = site.Page("index.html").QuerySelectorAll("li.event").ShouldHaveSingleItem();
        e.GetAttribute("data-sources").ShouldBe("a b");
        e.QuerySelector(".conflict")!.TextContent.ShouldContain("July 1953");
        var page = site.Page($"events/{e.Id}.html");
        page.QuerySelectorAll(".conflict li time").Select(t => t.GetAttribute("datetime")).ShouldHaveSingleItem().ShouldBeOneOf("1953-07-27", "1953-07-28");
        page.QuerySelectorAll(".quote").Length.ShouldBe(2);
    }

    [Fact]
    public void EditorsAddedEvent_IsMarked_AndLinksItsSourceWithoutAFakeHighlight()
    {
        using var input = new TempFolder();
        input.Write("a.txt", "Title: A\nDate: 2023-07-28\n\nThe armistice was signed on July 27, 1953.\n");
        input.Write("timeline.yml", "overrides:\n  - add:\n      date: 1950-06-25\n      headline: Troops cross the 38th parallel\n" +
            "      url: https://example.org/korea\n      quote: At dawn troops crossed the parallel.\n");
        using var site = BuiltSite.From(input.Path);

        var added = site.Page("index.html").QuerySelectorAll("li.event").First(e => e.QuerySelector(".badge") is not null);
        added.QuerySelector("time")!.GetAttribute("datetime").ShouldBe("1950-06-25");
        var page = site.Page($"events/{added.Id}.html");
        page.QuerySelector("blockquote")!.TextContent.ShouldBe("At dawn troops crossed the parallel.");
        page.QuerySelector("blockquote mark").ShouldBeNull();
        page.QuerySelectorAll(".quote-source a").Select(a => a.GetAttribute("href")).ShouldContain("https://example.org/korea");
        LinkChecker.Broken(site.Output).ShouldBeEmpty();
    }

    [Fact]
    public void RelatedEvents_LinkToEachOther()
    {
        using var site = BuiltSite.From(RepoPaths.Seeds);
        var withRelated = site.HtmlFiles().Where(f => f.StartsWith("events/", StringComparison.Ordinal))
            .Select(f => (f, links: site.Page(f).QuerySelectorAll(".related a").Select(a => a.GetAttribute("href")!).ToList()))
            .Where(p => p.links.Count > 0)
            .ToList();
        foreach (var (page, links) in withRelated)
            foreach (string link in links)
                site.Page(link[3..]).QuerySelectorAll(".related a").Select(a => a.GetAttribute("href")).ShouldContain("../" + page);
    }
}
