using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Timeline.Site.Feeds;
using Timeline.Tests.Shared;

namespace Timeline.Site.Tests;

/// <summary>The data and feed files beside the pages: JSON, TimelineJS, iCalendar, Atom, sitemap, robots.</summary>
public sealed class FeedTests
{
    private const string Articles = "Title: Armistice\nDate: 2023-07-28\nURL: https://example.org/a\n\n" +
        "The war began in 1950. The armistice was signed on July 27, 1953. Russia invaded in February 2022. " +
        "The delegation visited from July 25 to July 27, 2023.\n";

    private static BuiltSite Build(string? yaml = null, string? baseUrl = null)
    {
        using var input = new TempFolder(); // the built site no longer needs its input
        input.Write("a.txt", Articles);
        if (yaml is not null) input.Write("timeline.yml", yaml);
        return BuiltSite.From(input.Path, baseUrl: baseUrl);
    }

    private static string Text(BuiltSite site, string file) => File.ReadAllText(Path.Combine(site.Output, file));

    [Fact]
    public void TimelineJson_HoldsEveryEventAndSourceTheIndexShows()
    {
        using var site = Build();
        using var json = JsonDocument.Parse(Text(site, "timeline.json"));
        var root = json.RootElement;
        root.GetProperty("schema_version").GetInt32().ShouldBe(3);
        var events = root.GetProperty("events").EnumerateArray().ToList();
        var ids = site.Page("index.html").QuerySelectorAll("li.event").Select(e => e.Id).ToList();
        events.Select(e => e.GetProperty("id").GetString()).ShouldBe(ids);
        var armistice = events.Single(e => e.GetProperty("timex").GetString() == "1953-07-27");
        armistice.GetProperty("date").GetString().ShouldBe("27 July 1953");
        armistice.GetProperty("href").GetString().ShouldBe($"events/{armistice.GetProperty("id").GetString()}.html");
        root.GetProperty("sources")[0].GetProperty("url").GetString().ShouldBe("https://example.org/a");
        root.GetProperty("sources")[0].GetProperty("event_count").GetInt32().ShouldBe(4);
        root.GetProperty("site").GetProperty("updated").GetString().ShouldBe("2023-07-28");
    }

    [Fact]
    public void TimelineJson_NamesEachReportsPassage_AndHoldsEachSentenceOnce()
    {
        using var site = Build();
        string text = Text(site, "timeline.json");
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        var source = root.GetProperty("sources")[0];
        source.GetProperty("paragraphs").ValueKind.ShouldBe(JsonValueKind.Null, "the text is in the source's own file");
        string textFileText = Text(site, source.GetProperty("text_href").GetString()!);
        using var textFile = JsonDocument.Parse(textFileText);
        var sentences = textFile.RootElement.GetProperty("paragraphs").EnumerateArray().SelectMany(p => p.EnumerateArray()).ToList();
        var armistice = root.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("timex").GetString() == "1953-07-27");
        var report = armistice.GetProperty("sources")[0];

        report.GetProperty("source_id").GetString().ShouldBe(source.GetProperty("id").GetString());
        report.GetProperty("quote").ValueKind.ShouldBe(JsonValueKind.Null, "the quote is the passage's sentence");
        report.GetProperty("original_url").ValueKind.ShouldBe(JsonValueKind.Null, "the source's url");
        var sentence = sentences.Single(s => s.GetProperty("anchor").GetString() == report.GetProperty("passage").GetString());
        string sentenceText = sentence.GetProperty("text").GetString()!;
        sentenceText.ShouldBe("The armistice was signed on July 27, 1953.");
        sentenceText.Substring(report.GetProperty("date_at").GetInt32(), "July 27, 1953".Length).ShouldBe("July 27, 1953");
        var date = sentence.GetProperty("dates").EnumerateArray().Single();
        sentenceText.Substring(date.GetProperty("start").GetInt32(), date.GetProperty("length").GetInt32()).ShouldBe("July 27, 1953");
        date.GetProperty("event").GetString().ShouldBe(armistice.GetProperty("id").GetString());
        (text + textFileText).Split("was signed on July 27, 1953").Length.ShouldBe(2, "the sentence is written once");
        text.Split('\n').Length.ShouldBeGreaterThan(4 + 1, "one event per line");
    }

    [Fact]
    public void TimelineJs_HasTheShapeTimelineJsLoads()
    {
        using var site = Build();
        using var json = JsonDocument.Parse(Text(site, "timelinejs.json"));
        var events = json.RootElement.GetProperty("events").EnumerateArray().ToList();
        events.Count.ShouldBe(4);
        json.RootElement.GetProperty("title").GetProperty("text").GetProperty("headline").GetString().ShouldNotBeNull();
        events.Select(e => e.GetProperty("unique_id").GetString()).Distinct().Count().ShouldBe(4);
        var month = events.Single(e => e.GetProperty("display_date").GetString() == "February 2022").GetProperty("start_date");
        month.GetProperty("year").GetInt32().ShouldBe(2022);
        month.GetProperty("month").GetInt32().ShouldBe(2);
        month.TryGetProperty("day", out _).ShouldBeFalse();
        var range = events.Single(e => e.TryGetProperty("end_date", out _));
        range.GetProperty("end_date").GetProperty("day").GetInt32().ShouldBe(27);
        events.ShouldAllBe(e => e.GetProperty("text").GetProperty("headline").GetString()!.Length > 0);
    }

    [Fact]
    public void Calendar_HasAnAllDayEventPerPlacedEvent_AndSpansMonthsAndYears()
    {
        using var site = Build();
        string ics = Text(site, "events.ics");
        ics.ShouldStartWith("BEGIN:VCALENDAR\r\n");
        ics.Replace("\r\n", "").ShouldNotContain("\n");
        ics.Split("\r\n").ShouldAllBe(line => Encoding.UTF8.GetByteCount(line) <= 75);
        string unfolded = ics.Replace("\r\n ", "");
        unfolded.Split("BEGIN:VEVENT").Length.ShouldBe(5);
        unfolded.ShouldContain("DTSTART;VALUE=DATE:19530727\r\nDTEND;VALUE=DATE:19530728");
        unfolded.ShouldContain("DTSTART;VALUE=DATE:20220201\r\nDTEND;VALUE=DATE:20220301");
        unfolded.ShouldContain("DTSTART;VALUE=DATE:19500101\r\nDTEND;VALUE=DATE:19510101");
        unfolded.ShouldContain("DTSTART;VALUE=DATE:20230725\r\nDTEND;VALUE=DATE:20230728");
        unfolded.ShouldContain("COMMENT:Known only to the month");
        unfolded.ShouldContain("DTSTAMP:20230728T000000Z");
    }

    [Fact]
    public void AtomFeed_HasAnEntryPerEvent_DatedFromTheData()
    {
        using var site = Build();
        var feed = XDocument.Parse(Text(site, "feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        feed.Root!.Name.ShouldBe(atom + "feed");
        feed.Root.Element(atom + "updated")!.Value.ShouldBe("2023-07-28T00:00:00Z");
        var entries = feed.Root.Elements(atom + "entry").ToList();
        entries.Count.ShouldBe(4);
        entries.ShouldAllBe(e => e.Element(atom + "id") != null && e.Element(atom + "updated") != null && e.Element(atom + "title") != null);
    }

    [Fact]
    public void AtomFeed_ListsTheLatestDatesFirst_AndOfOneDateTheLaterEventFirst_UpToItsSize()
    {
        // Each event's date by its rank among the dates: events 1 and 3 share the latest, 0 and 4 the earliest.
        AtomFeed.Newest([0, 2, 1, 2, 0], 5).ShouldBe([3, 1, 2, 4, 0]);
        AtomFeed.Newest([0, 2, 1, 2, 0], 2).ShouldBe([3, 1]);
        AtomFeed.Newest([], 200).ShouldBeEmpty();
    }

    [Fact]
    public void BaseUrl_MakesFeedsSitemapAndCanonicalLinksAbsolute()
    {
        using var site = Build(baseUrl: "https://example.github.io/repo");
        site.Page("index.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href").ShouldBe("https://example.github.io/repo/");
        site.Page("sources.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href").ShouldBe("https://example.github.io/repo/sources.html");
        var sitemap = XDocument.Parse(Text(site, "sitemap.xml"));
        var locs = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
        locs.ShouldContain("https://example.github.io/repo/");
        locs.ShouldAllBe(l => l.StartsWith("https://example.github.io/repo/"));
        locs.Count.ShouldBe(2 + 1 + 4);
        Text(site, "robots.txt").ShouldContain("Sitemap: https://example.github.io/repo/sitemap.xml");
        Text(site, "feed.xml").ShouldContain("<id>https://example.github.io/repo/events/");
        site.Page("404.html").QuerySelector("link[rel=stylesheet]")!.GetAttribute("href").ShouldBe("https://example.github.io/repo/assets/style.css");
    }

    [Fact]
    public void WithoutBaseUrl_NoSitemapNorCanonical_ButRobotsAndNoJekyll()
    {
        using var site = Build();
        site.Exists("sitemap.xml").ShouldBeFalse();
        site.Page("index.html").QuerySelector("link[rel=canonical]").ShouldBeNull();
        site.Exists("robots.txt").ShouldBeTrue();
        site.Exists(".nojekyll").ShouldBeTrue();
        site.Exists("CNAME").ShouldBeFalse();
    }

    [Fact]
    public void Cname_IsWrittenWhenConfigured()
    {
        using var site = Build("cname: timeline.example.org\n");
        Text(site, "CNAME").ShouldBe("timeline.example.org\n");
    }

    [Fact]
    public void BaseUrl_ThatIsNotAnAbsoluteHttpUrl_FailsTheBuild()
    {
        Should.Throw<Building.BuildFailedException>(() => Build(baseUrl: "javascript:alert(1)")).Message.ShouldContain("base URL");
    }
}
