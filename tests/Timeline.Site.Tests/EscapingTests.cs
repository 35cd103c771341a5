using Timeline.Tests.Shared;

namespace Timeline.Site.Tests;

/// <summary>Article text is text: markup in an article never becomes markup on a page.</summary>
public sealed class EscapingTests
{
    private const string Hostile = "<script>alert(1)</script>";
    private const string Quoted = "\"quotes\" & <b>tags</b>";

    [Fact]
    public void ArticleMarkup_IsRenderedAsTextOnEveryPage()
    {
        using var input = new TempFolder();
        input.Write("hostile.txt", $"Title: Breaking {Hostile}\nDate: 2023-07-28\n\nIn 1950 the war began {Hostile} and {Quoted} were seen.\n\nLast year {Quoted} happened again.\n");
        input.Write("timeline.yml", "title: 'A <b>bold</b> timeline'\n");
        using var site = BuiltSite.From(input.Path);

        var pages = site.HtmlFiles().ToList();
        pages.Count.ShouldBeGreaterThanOrEqualTo(2);
        foreach (string page in pages)
        {
            var doc = site.Page(page);
            doc.QuerySelectorAll("script").ShouldAllBe(s => s.GetAttribute("src")!.EndsWith("assets/timeline.js") && s.TextContent == "", page);
            doc.QuerySelectorAll("main b, header b, title b").Length.ShouldBe(0, page);
        }
        var source = site.Page("sources/hostile.html");
        source.QuerySelector("h1")!.TextContent.ShouldBe($"Breaking {Hostile}");
        source.QuerySelector(".source-text")!.TextContent.ShouldContain(Hostile);
        source.QuerySelector(".source-text")!.TextContent.ShouldContain(Quoted);
        site.Page("index.html").QuerySelector("h1")!.TextContent.ShouldBe("A <b>bold</b> timeline");
    }

    [Fact]
    public void JavascriptUrl_InAnArticle_NeverBecomesALink()
    {
        using var input = new TempFolder();
        input.Write("trap.txt", "Title: A trap\nDate: 2023-07-28\n\nIn 1950 <a href=\"javascript:alert(2)\">click</a> was posted.\n\nSee javascript:alert(3) from February 2022.\n");
        input.Write("trap-url.txt", "Title: A trap by address\nDate: 2023-07-28\nURL: javascript:alert(1)\n\nThe armistice was signed on July 27, 1953.\n");
        using var site = BuiltSite.From(input.Path);

        foreach (string page in site.HtmlFiles())
        {
            var doc = site.Page(page);
            doc.QuerySelectorAll("[href], [src], [cite]")
                .SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src"), e.GetAttribute("cite") })
                .ShouldAllBe(v => v == null || !v.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), page);
        }
        site.Page("sources/trap.html").QuerySelector(".source-text")!.TextContent.ShouldContain("<a href=\"javascript:alert(2)\">click</a>");
        site.Page("sources/trap.html").QuerySelectorAll(".source-meta a").ShouldBeEmpty();
    }
}
