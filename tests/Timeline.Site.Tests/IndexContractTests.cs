using System.Globalization;
using Timeline.Tests.Shared;

namespace Timeline.Site.Tests;

/// <summary>The index markup the browser tests and the script rely on (the contract in the site issue).</summary>
public sealed class IndexContractTests : IDisposable
{
    private readonly BuiltSite _site = BuiltSite.From(RepoPaths.Seeds);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Index_GroupsEventsByDecadeThenYear()
    {
        var index = _site.Page("index.html");
        var decades = index.QuerySelectorAll("ol.timeline > li.decade").ToList();
        decades.Select(d => d.QuerySelector("h2")!.TextContent).ShouldBe(["1950s", "1960s", "1980s", "2020s"]); // the undated seed's dates are inferred now
        decades[0].QuerySelectorAll("li.year > h3").Select(h => h.TextContent).ShouldBe(["1950", "1951", "1953"]);
        index.QuerySelectorAll("li.event").ShouldAllBe(e => e.ParentElement!.ParentElement!.ClassList.Contains("year"));
    }

    [Fact]
    public void EveryEvent_CarriesItsIdSourcesDateHeadlineAndLinks()
    {
        var events = _site.Page("index.html").QuerySelectorAll("li.event").ToList();
        events.ShouldNotBeEmpty();
        foreach (var e in events.Where(e => e.QuerySelector("time") is not null))
        {
            string id = e.Id!;
            e.GetAttribute("tabindex").ShouldBe("-1");
            var sources = e.GetAttribute("data-sources")!.Split(' ');
            sources.ShouldNotBeEmpty();
            e.QuerySelector("time")!.HasAttribute("datetime").ShouldBeTrue();
            e.QuerySelector(".headline")!.TextContent.ShouldNotBeNullOrWhiteSpace();
            e.QuerySelector($"a[href='events/{id}.html']").ShouldNotBeNull(id);
            var links = e.QuerySelectorAll(".event-sources a").ToList();
            links.ShouldNotBeEmpty();
            links.ShouldAllBe(a => a.GetAttribute("href")!.StartsWith("sources/") && a.GetAttribute("href")!.Contains(".html#s"));
            links.Select(a => a.GetAttribute("data-source")).Distinct().Order().ShouldBe(sources.Order());
        }
    }

    [Fact]
    public void YearNavigator_LinksToEveryYear_WithoutScript()
    {
        var index = _site.Page("index.html");
        var links = index.QuerySelectorAll("nav.year-nav a[href^='#y-']").ToList();
        links.Select(a => a.GetAttribute("href")).ShouldBe(index.QuerySelectorAll("li.year").Select(y => "#" + y.Id));
        links.ShouldContain(a => a.GetAttribute("href") == "#y-1953");
    }

    [Fact]
    public void Index_HasNoFilterControlWithoutScript_AndLoadsTheScriptDeferred()
    {
        var index = _site.Page("index.html");
        index.QuerySelector("#source-filter").ShouldBeNull();
        var script = index.QuerySelectorAll("script").Single();
        script.GetAttribute("src").ShouldBe("assets/timeline.js");
        script.HasAttribute("defer").ShouldBeTrue();
        _site.Exists("assets/timeline.js").ShouldBeTrue();
    }

    [Fact]
    public void OverviewStrip_PlacesYearsToScale()
    {
        var bars = _site.Page("index.html").QuerySelectorAll(".overview rect").ToDictionary(
            r => r.GetAttribute("data-target")!,
            r => double.Parse(r.GetAttribute("x")!, CultureInfo.InvariantCulture));
        double perYear = bars["#y-1951"] - bars["#y-1950"];
        perYear.ShouldBeGreaterThan(0);
        (bars["#y-2022"] - bars["#y-1953"]).ShouldBe(69 * perYear, 0.5);
    }

    [Fact]
    public void Index_WithCssAndScript_StaysUnder100KB()
    {
        long size = new[] { "index.html", "assets/style.css", "assets/timeline.js" }.Sum(f => new FileInfo(Path.Combine(_site.Output, f)).Length);
        size.ShouldBeLessThan(100 * 1024);
    }
}
