using System.Text;
using Timeline.Tests.Shared;

namespace Timeline.Site.Tests;

/// <summary>A timeline far past Scriban's default limits (1 MiB of output, 1,000 loop iterations) renders whole.</summary>
public sealed class LargeTimelineTests
{
    private const int Events = 5000;

    [Fact]
    public void FiveThousandEvents_AllRender_AndNoPageIsCut()
    {
        using var input = new TempFolder();
        var text = new StringBuilder("Title: Chronicle\nDate: 2024-01-01\n\n");
        var day = new DateOnly(1900, 1, 1);
        for (int i = 0; i < Events; i++)
        {
            var d = day.AddDays(i * 7);
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"A record was set on {d:MMMM d, yyyy}.");
            text.Append(i % 10 == 9 ? "\n\n" : " ");
        }
        input.Write("chronicle.txt", text.ToString());
        using var site = BuiltSite.From(input.Path);

        site.Report.Events.ShouldBe(Events);
        foreach (string page in site.HtmlFiles())
        {
            string html = File.ReadAllText(Path.Combine(site.Output, page));
            html.TrimEnd().ShouldEndWith("</html>", customMessage: page);
        }
        // Too many for one index page: every event is listed once, on its decade's or year's page.
        site.HtmlFiles().Where(p => p.StartsWith("decades/", StringComparison.Ordinal) || p.StartsWith("years/", StringComparison.Ordinal))
            .Sum(p => site.Page(p).QuerySelectorAll("li.event").Length).ShouldBe(Events);
        site.Page("index.html").QuerySelector("p.summary")!.TextContent.ShouldBe($"{Events} events from 1 source.");
        site.Page("sources/chronicle.html").QuerySelectorAll("a.date").Length.ShouldBe(Events);
        Directory.GetFiles(Path.Combine(site.Output, "events")).Length.ShouldBe(Events);
        // The feed holds what is new, not the whole timeline; the newest first.
        var feed = System.Xml.Linq.XDocument.Load(Path.Combine(site.Output, "feed.xml"));
        feed.Root!.Elements().Count(e => e.Name.LocalName == "entry").ShouldBe(Feeds.AtomFeed.MaxEntries);
    }
}
