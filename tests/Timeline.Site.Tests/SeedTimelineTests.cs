using AngleSharp.Dom;
using Timeline.Tests.Shared;

namespace Timeline.Site.Tests;

/// <summary>The seed articles' timeline, as a reader sees it on the generated index page.</summary>
public sealed class SeedTimelineTests : IDisposable
{
    private readonly BuiltSite _site = BuiltSite.From(RepoPaths.Seeds);

    public void Dispose() => _site.Dispose();

    private List<IElement> Events() => _site.Page("index.html").QuerySelectorAll("ol.timeline li.event").ToList();

    private static string Datetime(IElement e) => e.QuerySelector("time")?.GetAttribute("datetime") ?? "";

    private static IEnumerable<string> Quotes(IElement e) =>
        e.QuerySelectorAll(".event-sources a").Select(a => a.GetAttribute("title") ?? "");

    private int IndexOf(Func<IElement, bool> match)
    {
        var events = Events();
        int index = events.FindIndex(e => match(e));
        index.ShouldBeGreaterThanOrEqualTo(0);
        return index;
    }

    [Fact]
    public void Index_ShowsTheFourKeyEventsInChronologicalOrder()
    {
        int war = IndexOf(e => Datetime(e) == "1950" && Quotes(e).Any(q => q.Contains("launched in 1950")));
        int armistice = IndexOf(e => Datetime(e) == "1953-07-27" && Quotes(e).Any(q => q.Contains("armistice was signed")));
        int invasion = IndexOf(e => Datetime(e) == "2022-02" && Quotes(e).Any(q => q.Contains("invaded in February 2022")));
        int visit = IndexOf(e => Datetime(e).StartsWith("2023-07-2", StringComparison.Ordinal)
            && Quotes(e).Any(q => q.Contains("delegation", StringComparison.OrdinalIgnoreCase)));

        war.ShouldBeLessThan(armistice);
        armistice.ShouldBeLessThan(invasion);
        invasion.ShouldBeLessThan(visit);
    }

    [Fact]
    public void Index_ShowsEachDateAtItsPrecision()
    {
        var labels = Events().Select(e => e.QuerySelector("time")?.TextContent).ToList();
        labels.ShouldContain("1950");
        labels.ShouldContain("27 July 1953");
        labels.ShouldContain("February 2022");
    }

    [Fact]
    public void EverySourceLink_LandsOnAPassageThatExists()
    {
        var links = Events().SelectMany(e => e.QuerySelectorAll(".event-sources a")).ToList();
        links.ShouldNotBeEmpty();
        foreach (var link in links)
        {
            string href = link.GetAttribute("href")!;
            var parts = href.Split('#');
            parts.Length.ShouldBe(2, href);
            _site.Exists(parts[0]).ShouldBeTrue(href);
            var passage = _site.Page(parts[0]).GetElementById(parts[1]);
            passage.ShouldNotBeNull(href);
            passage.ClassList.ShouldContain("dated");
        }
    }

    [Fact]
    public void SourcePage_HighlightsEveryDateAndLinksItBackToItsEvent()
    {
        var index = _site.Page("index.html");
        foreach (string page in _site.HtmlFiles().Where(f => f.StartsWith("sources/", StringComparison.Ordinal)))
        {
            var dates = _site.Page(page).QuerySelectorAll(".source-text a.date").ToList();
            dates.ShouldNotBeEmpty(page);
            foreach (var date in dates)
            {
                string href = date.GetAttribute("href")!;
                href.ShouldStartWith("../events/");
                string id = Path.GetFileNameWithoutExtension(href);
                index.GetElementById(id).ShouldNotBeNull($"{page}: {date.TextContent}");
                _site.Exists(href[3..]).ShouldBeTrue(href);
            }
        }
    }

    [Theory]
    [InlineData("Hwasong-17")]
    [InlineData("Hwasong-18")]
    [InlineData("RQ-4")]
    [InlineData("MQ-9")]
    [InlineData("COVID-19")]
    [InlineData("G7")]
    [InlineData("180,000")]
    [InlineData("38th parallel")]
    public void NotADate_IsNeverMarkedAsOne(string text)
    {
        foreach (string page in _site.HtmlFiles())
        {
            var marked = _site.Page(page).QuerySelectorAll(".date, time").Select(d => d.TextContent);
            marked.ShouldAllBe(t => !t.Contains(text), page);
        }
    }
}
