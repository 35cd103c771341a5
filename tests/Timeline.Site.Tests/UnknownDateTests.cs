using Timeline.Tests.Shared;

namespace Timeline.Site.Tests;

public sealed class UnknownDateTests
{
    [Fact]
    public void SourceWithoutDate_PlacesAbsoluteDatesAndLeavesRelativeOnesUnresolved()
    {
        using var input = new TempFolder();
        input.Write("undated.txt", "The treaty was signed in 1950 after long talks.\n\nThe talks resumed last year in Geneva.\n");
        using var site = BuiltSite.From(input.Path);

        var index = site.Page("index.html");
        var placed = index.QuerySelectorAll("li.event time").Select(t => t.GetAttribute("datetime")).ToList();
        placed.ShouldBe(["1950"]);
        var unresolved = index.QuerySelectorAll("li.event .date.unresolved").ToList();
        unresolved.Count.ShouldBe(1);
        unresolved[0].TextContent.ShouldContain("last year");
        site.Page("sources/undated.html").QuerySelector(".source-meta dd")!.TextContent.ShouldContain("date unknown");
    }
}
