using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;
using Timeline.Site.Model;
using Timeline.Tests.Shared;

namespace Timeline.Site.Tests;

/// <summary>A timeline too large for one page is split by decade, then by year, and every event stays reachable from the index.</summary>
public sealed class PagingTests
{
    private const int MaxHtmlBytes = 1_000_000;

    /// <summary>3,000 weekly events from 1900 (decades of ~520 events: a page each), then 2,500 daily ones from 2000 (a decade too large: a page per year).</summary>
    private static BuiltSite BuildLarge(TempFolder input)
    {
        var dates = Enumerable.Range(0, 3000).Select(i => new DateOnly(1900, 1, 1).AddDays(i * 7))
            .Concat(Enumerable.Range(0, 2500).Select(i => new DateOnly(2000, 1, 1).AddDays(i)))
            .ToList();
        foreach (var (chunk, n) in dates.Chunk(500).Select((c, n) => (c, n)))
        {
            var text = new StringBuilder($"Title: Chronicle {n + 1}\nDate: 2024-01-01\n\n");
            for (int i = 0; i < chunk.Length; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"A record was set on {chunk[i]:MMMM d, yyyy}.");
                text.Append(i % 10 == 9 ? "\n\n" : " ");
            }
            input.Write($"chronicle-{n + 1:00}.txt", text.ToString());
        }
        return BuiltSite.From(input.Path);
    }

    [Fact]
    public void LargeTimeline_PagesByDecadeAndYear_NoHtmlOverOneMegabyte_EveryEventReachableFromTheIndex()
    {
        using var input = new TempFolder();
        using var site = BuildLarge(input);
        site.Report.Events.ShouldBe(5500);

        foreach (string page in site.HtmlFiles())
            new FileInfo(Path.Combine(site.Output, page)).Length.ShouldBeLessThanOrEqualTo(MaxHtmlBytes, page);
        site.Exists("decades/1900s.html").ShouldBeTrue();
        site.Exists("years/2003.html").ShouldBeTrue();
        site.Exists("decades/2000s.html").ShouldBeFalse();

        var index = site.Page("index.html");
        index.QuerySelectorAll("li.event").Length.ShouldBe(0);
        index.QuerySelector("a[href='decades/1920s.html']").ShouldNotBeNull();
        index.QuerySelector("nav.year-nav a[href='decades/1950s.html#y-1953']").ShouldNotBeNull();
        index.QuerySelector("nav.year-nav a[href='years/2003.html#y-2003']").ShouldNotBeNull();

        var listed = Crawl(site.Output, "index.html");
        var all = Directory.GetFiles(Path.Combine(site.Output, "events")).Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);
        all.Count.ShouldBe(5500);
        all.Except(listed.Keys).ShouldBeEmpty();
        listed.Values.ShouldAllBe(page => page.StartsWith("decades/", StringComparison.Ordinal) || page.StartsWith("years/", StringComparison.Ordinal));

        LinkChecker.Broken(site.Output).ShouldBeEmpty();
    }

    [Fact]
    public void LargeTimeline_DecadePage_HasTheIndexEventMarkup_AndEventPagesLinkBackToIt()
    {
        using var input = new TempFolder();
        using var site = BuildLarge(input);

        var page = site.Page("decades/1950s.html");
        var first = page.QuerySelector("li.event")!;
        first.GetAttribute("tabindex").ShouldBe("-1");
        first.GetAttribute("data-sources").ShouldNotBeNullOrEmpty();
        first.QuerySelector("time[datetime]").ShouldNotBeNull();
        first.QuerySelector(".headline a")!.GetAttribute("href").ShouldBe($"../events/{first.Id}.html");
        first.QuerySelector(".event-sources a")!.GetAttribute("href")!.ShouldStartWith("../sources/");
        page.QuerySelector("li.year#y-1953").ShouldNotBeNull();
        page.QuerySelector("nav.year-nav a[href='#y-1953']").ShouldNotBeNull();
        page.QuerySelector("nav.year-nav a[href='../years/2003.html#y-2003']").ShouldNotBeNull();
        page.QuerySelector("a[rel=prev][href='../decades/1940s.html']").ShouldNotBeNull();
        page.QuerySelector("a[rel=next][href='../years/2000.html']").ShouldNotBeNull();

        var eventPage = site.Page($"events/{first.Id}.html");
        eventPage.QuerySelector("p.back a")!.GetAttribute("href").ShouldBe($"../decades/1950s.html#{first.Id}");
    }

    [Fact]
    public void SeedTimeline_StaysOnePage()
    {
        using var site = BuiltSite.From(RepoPaths.Seeds);
        site.HtmlFiles().ShouldNotContain(p => p.StartsWith("decades/", StringComparison.Ordinal) || p.StartsWith("years/", StringComparison.Ordinal));
        var index = site.Page("index.html");
        index.QuerySelectorAll("li.event").Length.ShouldBe(site.Report.Events);
        index.QuerySelectorAll("nav.year-nav a").ShouldAllBe(a => a.GetAttribute("href")!.StartsWith("#y-", StringComparison.Ordinal));
    }

    [Fact]
    public void OneYearTooLargeForAPage_IsSplitIntoParts_TheYearAnchorOnTheFirst()
    {
        var events = Enumerable.Range(0, 2500).Select(i => Event($"e{i:0000}", 2003)).ToList();
        var year = new YearView("2003", "y-2003", 2003, events);
        var decade = new DecadeView("2000s", "d-2000s", [year]);
        var model = new SiteModel(new SiteInfo("T", null, null, "Timeline"), [decade], [year], events, [], new OverviewView("", "", []));

        var paged = Paging.Apply(model);

        paged.Pages.Select(p => p.Path).ShouldBe(["years/2003.html", "years/2003-2.html", "years/2003-3.html"]);
        paged.Pages.ShouldAllBe(p => p.EventCount <= Paging.MaxEventsPerPage);
        paged.Years.Single().Page.ShouldBe("years/2003.html");
        paged.Pages[1].Decades[0].Years[0].Anchor.ShouldBe("y-2003-2");
        paged.Events[^1].ListedHref.ShouldBe("years/2003-3.html#e2499");
        paged.Decades[0].Pages.Count.ShouldBe(3);
    }

    [Fact]
    public void Estimate_CountsTheEventOnceAndEachReportAndConflictBesideIt()
    {
        var report = new EventSourceView("src", "Title", "sources/src.html#s1", new string('q', 21), "2003", null, null, "date unknown", "s1", new QuoteView(new string('q', 21), 21, ""));
        var e = Event("e1", 2003) with { Sources = [report, report], Conflicts = [new ConflictView("2004", "2004", "Other")] };

        // 400 + ids, headline and dates; 20 + date and sources per conflict; 100 + href, id, title and 11/10 of the quote per report.
        long expected = 400 + 2 * 2 + 18 + 2 * 4 + 1 + (20 + 4 + 5) + 2 * (100 + 19 + 3 + 5 + 23);
        Paging.Estimate(e).ShouldBe(expected);
    }

    private static EventView Event(string id, int year) =>
        new(id, $"events/{id}.html", year.ToString(CultureInfo.InvariantCulture), year.ToString(CultureInfo.InvariantCulture), year.ToString(CultureInfo.InvariantCulture),
            "year", "none", null, null, true, "Something happened", "s", "y-" + year.ToString(CultureInfo.InvariantCulture), []);

    /// <summary>Follows internal links from <paramref name="start"/> through every page reached; returns each listed event id and the page listing it.</summary>
    private static Dictionary<string, string> Crawl(string root, string start)
    {
        var parser = new HtmlParser();
        var listed = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            string page = queue.Dequeue();
            var document = parser.ParseDocument(File.ReadAllText(Path.Combine(root, page)));
            foreach (var e in document.QuerySelectorAll("li.event[id]")) listed.TryAdd(e.Id!, page);
            foreach (var a in document.QuerySelectorAll("a[href]"))
            {
                string href = a.GetAttribute("href")!.Split('#')[0];
                // Only the timeline's own pages: the crawl asks whether the navigation reaches every event, not the permalinks.
                if (href.Length == 0 || href.Contains(':') || href.Contains("events/") || href.Contains("sources") || !href.EndsWith(".html", StringComparison.Ordinal)) continue;
                string target = Path.GetRelativePath(root, Path.GetFullPath(Path.Combine(root, Path.GetDirectoryName(page)!, href))).Replace('\\', '/');
                if (File.Exists(Path.Combine(root, target)) && seen.Add(target)) queue.Enqueue(target);
            }
        }
        return listed;
    }
}
