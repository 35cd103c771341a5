using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;
using Timeline.Site.Model;
using Timeline.Tests.Shared;

namespace Timeline.Site.Tests;

/// <summary>A long list of sources is split by year of publication, and every source stays reachable from sources.html.</summary>
public sealed class SourcePagingTests
{
    private static SourceView Source(string id, string? published) =>
        new(id, "Title " + id, $"sources/{id}.html", null, null, published ?? "date unknown", published, "stated by the article", null, null, false, 1, []);

    [Fact]
    public void ShortList_IsOnePage_InIdOrder()
    {
        var pages = SourcePaging.Pages([Source("b", "2020-01-02"), Source("a", null)]);

        var page = pages.ShouldHaveSingleItem();
        page.Path.ShouldBe("sources.html");
        page.Sources.Select(s => s.Id).ShouldBe(["b", "a"]);
        page.Pages.ShouldBeEmpty();
    }

    [Fact]
    public void LongList_HasAPagePerYear_PartsForACrowdedOne_UndatedLast()
    {
        var sources = Enumerable.Range(0, 700).Select(i => Source($"s{i:000}", $"2021-{1 + i % 12:00}-01"))
            .Concat(Enumerable.Range(0, 10).Select(i => Source($"u{i}", null)))
            .Concat([Source("old", "-0479-01-01"), Source("new", "2023-05-06")])
            .ToList();

        var pages = SourcePaging.Pages(sources);

        pages.Select(p => p.Path).ShouldBe(["sources.html", "published/480-bc.html", "published/2021.html", "published/2021-2.html", "published/2023.html", "published/undated.html"]);
        pages[0].Sources.ShouldBeEmpty();
        pages[0].Pages.Select(l => l.Label).ShouldBe(["480 BC", "2021, part 1 of 2", "2021, part 2 of 2", "2023", "Undated"]);
        pages.Skip(1).SelectMany(p => p.Sources).Select(s => s.Id).Order().ShouldBe(sources.Select(s => s.Id).Order());
        pages.ShouldAllBe(p => p.Sources.Count <= SourcePaging.MaxSourcesPerPage);
        pages[2].Sources.Select(s => s.PublishedIso).ShouldBeInOrder(SortDirection.Ascending, StringComparer.Ordinal);
        pages[2].Next!.Href.ShouldBe("published/2021-2.html");
        pages[^1].Title.ShouldBe("Sources with no known date");
    }

    [Fact]
    public void ManySources_EveryOneReachableFromSourcesHtml_NoPageOverOneMegabyte()
    {
        using var input = new TempFolder();
        for (int i = 0; i < SourcePaging.MaxSourcesPerPage + 20; i++)
        {
            var published = new DateOnly(2019 + i % 3, 1 + i % 12, 1 + i % 28);
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"Title: Report {i}\nDate: {published:yyyy-MM-dd}\n\n");
            text.Append(CultureInfo.InvariantCulture, $"The council met on {published.AddDays(-3):MMMM d, yyyy}.\n");
            input.Write($"report-{i:0000}.txt", text.ToString());
        }
        using var site = BuiltSite.From(input.Path);

        foreach (string page in site.HtmlFiles())
            new FileInfo(Path.Combine(site.Output, page)).Length.ShouldBeLessThanOrEqualTo(1_000_000, page);
        var parser = new HtmlParser();
        var index = site.Page("sources.html");
        index.QuerySelectorAll("table.sources tr[id]").ShouldBeEmpty();
        var reached = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in index.QuerySelectorAll("ul.source-years a"))
        {
            var page = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, link.GetAttribute("href")!)));
            foreach (var a in page.QuerySelectorAll("table.sources td a")) reached.Add(a.GetAttribute("href")!);
        }
        var all = Directory.GetFiles(Path.Combine(site.Output, "sources")).Select(f => "../sources/" + Path.GetFileName(f)).ToList();
        all.Count.ShouldBe(SourcePaging.MaxSourcesPerPage + 20);
        all.Except(reached).ShouldBeEmpty();
        LinkChecker.Broken(site.Output).ShouldBeEmpty();
    }
}
