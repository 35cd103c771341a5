using Timeline.Core.Config;
using Timeline.Core.Sources;
using Timeline.Temporal;

namespace Timeline.Core.Tests.Sources;

/// <summary>One realistic article per format, read through the loader as a build reads it.</summary>
public sealed class FormatTests
{
    private static SourceDocument LoadOne(string name, string content, TimelineConfig? config = null)
    {
        using var folder = new TempFolder();
        folder.Write(name, content);
        var set = SourceLoader.LoadFolder(folder.Root, config ?? new TimelineConfig());
        set.Problems.ShouldBeEmpty();
        return set.Documents.ShouldHaveSingleItem();
    }

    [Fact]
    public void PlainText_HeaderLinesDatelineAndBody()
    {
        var doc = LoadOne("bridge.txt", Articles.PlainText);

        doc.Id.ShouldBe("bridge");
        doc.Title.ShouldBe("Harbour bridge reopens after two years of repairs");
        doc.Url.ShouldBe("https://news.example.org/2024/03/harbour-bridge-reopens");
        doc.Publisher.ShouldBe("Coastal Courier");
        doc.Dateline.ShouldBe("Port Averne [Norland], March 15 :");
        // The relative dates of the text ("on Friday", "last year") resolve against this date.
        doc.Published.ShouldBe(new CalendarDate(2024, 3, 15));
        doc.PublishedBasis.ShouldBe(DateBasis.File);
        doc.PublishedEvidence.ShouldBe("header: date 2024-03-15");
        doc.Text.ShouldStartWith("The Averne harbour bridge reopened to traffic on Friday morning");
        doc.Text.ShouldEndWith("will open by the end of April.");
        doc.SourceMap.ShouldBeNull();
    }

    /// <summary>The value the recognizer gives <paramref name="phrase"/> in the source, anchored on the date the source carries.</summary>
    private static string Resolve(SourceDocument doc, string phrase)
    {
        var mentions = EnglishRecognizer.Instance.Recognize(doc.Text, new RecognitionOptions(doc.Published));
        var mention = mentions.FirstOrDefault(m => m.Text == phrase)
            ?? throw new ShouldAssertException($"'{phrase}' not recognized; found: {string.Join(" | ", mentions.Select(m => m.Text))}");
        return mention.Value.Timex;
    }

    [Fact]
    public void PlainText_DatesResolveAgainstTheHeaderDate()
    {
        var doc = LoadOne("bridge.txt", Articles.PlainText);
        Resolve(doc, "last year").ShouldBe("2023");
        Resolve(doc, "January").ShouldBe("2024-01");
        Resolve(doc, "next month").ShouldBe("2024-04");
    }

    [Fact]
    public void Markdown_DatesResolveAgainstTheFrontMatterDate()
    {
        var doc = LoadOne("orchards.md", Articles.Markdown);
        Resolve(doc, "May 10").ShouldBe("2023-05-10");
        Resolve(doc, "this year").ShouldBe("2023");
    }

    [Fact]
    public void Html_DatesResolveAgainstThePublishedTime()
    {
        var doc = LoadOne("strike.html", Articles.Html);
        Resolve(doc, "November 10").ShouldBe("2022-11-10");
        Resolve(doc, "next year").ShouldBe("2023");
    }

    [Fact]
    public void PlainText_ColonDateHeaderInWords()
    {
        var doc = LoadOne("a.txt", "Date: March 15, 2024\nTitle: Ferry timetable changes\n\nThe ferry will leave at seven from next week.");
        doc.Published.ShouldBe(new CalendarDate(2024, 3, 15));
        doc.Title.ShouldBe("Ferry timetable changes");
        doc.Text.ShouldBe("The ferry will leave at seven from next week.");
    }

    [Fact]
    public void PlainText_DatelineWithYear_GivesTheDate()
    {
        var doc = LoadOne("a.txt", "Port Averne, March 15, 2024 — The bridge reopened on Friday.");
        doc.Published.ShouldBe(new CalendarDate(2024, 3, 15));
        doc.PublishedBasis.ShouldBe(DateBasis.Dateline);
        doc.PublishedEvidence.ShouldBe("dateline: Port Averne, March 15, 2024 —");
    }

    [Fact]
    public void PlainText_DatelineWithoutYear_LeavesTheDateUnknown()
    {
        var doc = LoadOne("a.txt", "Port Averne, March 15 : The bridge reopened on Friday.");
        doc.Dateline.ShouldBe("Port Averne, March 15 :");
        doc.Published.ShouldBeNull();
        doc.PublishedBasis.ShouldBe(DateBasis.Unknown);
    }

    [Fact]
    public void Markdown_FrontMatterAndTextWithoutMarkup()
    {
        var doc = LoadOne("orchards.md", Articles.Markdown);

        doc.Title.ShouldBe("Valley orchards count the cost of a late frost");
        doc.Published.ShouldBe(new CalendarDate(2023, 5, 2));
        doc.PublishedBasis.ShouldBe(DateBasis.File);
        doc.PublishedEvidence.ShouldBe("front matter: date 2023-05-02");
        doc.Url.ShouldBe("https://valley.example.net/orchards-late-frost");
        doc.Author.ShouldBe("Marta Oyelaran");
        doc.Publisher.ShouldBe("Valley Ledger");
        doc.Tags.ShouldBe(["agriculture", "weather"]);
        doc.Text.ShouldStartWith("Late frost hits valley orchards\n\nGrowers in the upper valley");
        doc.Text.ShouldContain("on the night of April 27, three weeks after");
        doc.Text.ShouldContain("who has farmed forty hectares near Lindell for three decades.");
        doc.Text.ShouldContain("Insurers have until June 1 to inspect the affected orchards.");
        doc.Text.ShouldNotContain("**");
        doc.Text.ShouldNotContain("---");
        doc.Text.ShouldNotContain("layout");
    }

    [Fact]
    public void Markdown_PassageMapsBackToItsLineAndExactSource()
    {
        string markdown = Articles.Markdown.Replace("\r\n", "\n", StringComparison.Ordinal);
        var doc = LoadOne("orchards.md", Articles.Markdown);
        var map = doc.SourceMap.ShouldNotBeNull();

        string passage = "forty hectares near Lindell";
        int at = doc.Text.IndexOf(passage, StringComparison.Ordinal);
        map.LineOf(at).ShouldBe(15);
        var (start, end) = map.ToSourceRange(at, passage.Length);
        markdown[start..end].ShouldBe(passage);

        // A passage across emphasis maps to the Markdown that carries it, markup included.
        string emphasised = "April 27, three weeks";
        at = doc.Text.IndexOf(emphasised, StringComparison.Ordinal);
        (start, end) = map.ToSourceRange(at, emphasised.Length);
        markdown[start..end].ShouldBe("April 27**, three weeks");
        map.LineOf(at).ShouldBe(12);

        // A passage that spans a soft line break maps across the two lines.
        string wrapped = "farmed forty";
        at = doc.Text.IndexOf(wrapped, StringComparison.Ordinal);
        (start, end) = map.ToSourceRange(at, wrapped.Length);
        markdown[start..end].ShouldBe("farmed\nforty");
    }

    [Fact]
    public void Markdown_EntitiesAndEscapesMapToWhatTheyCameFrom()
    {
        string markdown = "---\ntitle: T\n---\nFish &amp; chips cost \\*four\\* pounds in `1998`.\n";
        var doc = LoadOne("a.md", markdown);
        doc.Text.ShouldBe("Fish & chips cost *four* pounds in 1998.");
        var map = doc.SourceMap.ShouldNotBeNull();
        int amp = doc.Text.IndexOf('&', StringComparison.Ordinal);
        var (start, end) = map.ToSourceRange(amp, 1);
        markdown[start..end].ShouldBe("&amp;");
        int year = doc.Text.IndexOf("1998", StringComparison.Ordinal);
        (start, end) = map.ToSourceRange(year, 4);
        markdown[start..end].ShouldBe("1998");
        map.LineOf(year).ShouldBe(4);
    }

    [Fact]
    public void Markdown_TitleFromFirstHeadingWithoutFrontMatter()
    {
        var doc = LoadOne("notes.md", "# Council approves new budget\n\nThe council voted on Tuesday.\n");
        doc.Title.ShouldBe("Council approves new budget");
        doc.PublishedBasis.ShouldBe(DateBasis.Unknown);
    }

    [Fact]
    public void Markdown_TagsAsOneLine()
    {
        var doc = LoadOne("a.md", "---\ntags: rail, strikes\n---\nText.\n");
        doc.Tags.ShouldBe(["rail", "strikes"]);
    }

    [Fact]
    public void Html_MainTextWithoutNavigationAdsCommentsOrScripts()
    {
        var doc = LoadOne("strike.html", Articles.Html);

        // SmartReader read this one: it leaves out the headline and the byline, which the title already carries.
        doc.Text.ShouldStartWith("Trains will run normally again from Saturday");
        doc.Text.ShouldContain("a plan the unions have promised to fight.");
        foreach (string furniture in (string[])["Politics", "ADVERTISEMENT", "COMMENT:", "SIDEBAR", "FOOTER", "TRACKING", "analytics", "window.tracker", "display: block"])
            doc.Text.ShouldNotContain(furniture);
        // Paragraphs stay paragraphs.
        doc.Text.ShouldContain("since November 10.\n\nThe agreement");
    }

    [Fact]
    public void Html_TitleFromOgTitle()
    {
        LoadOne("strike.html", Articles.Html).Title.ShouldBe("Rail strike ends after nine days as unions accept new offer");
    }

    [Fact]
    public void Html_DateFromArticlePublishedTime_AsThePublisherWroteIt()
    {
        var doc = LoadOne("strike.html", Articles.Html);
        // 21:40 at +01:00 is still the 18th where it was published, whatever the time zone here.
        doc.Published.ShouldBe(new CalendarDate(2022, 11, 18));
        doc.PublishedBasis.ShouldBe(DateBasis.File);
        doc.PublishedEvidence.ShouldBe("HTML <meta property=\"article:published_time\" content=\"2022-11-18T21:40:00+01:00\">");
    }

    [Fact]
    public void Html_UrlFromCanonical_PublisherFromOgSiteName_AuthorFromMeta()
    {
        var doc = LoadOne("strike.html", Articles.Html);
        doc.Url.ShouldBe("https://metrodaily.example.com/news/rail-strike-ends");
        doc.Publisher.ShouldBe("Metro Daily");
        doc.Author.ShouldBe("Jonas Weber");
    }

    [Fact]
    public void Html_ShortPage_UsesTheFallbackExtractor()
    {
        var doc = LoadOne("library.htm", Articles.ShortHtml);
        doc.Text.ShouldBe("Library reopens\n\nThe town library reopened on Monday after a summer of rewiring.\n\nOpening hours are unchanged.");
        doc.Title.ShouldBe("Library reopens");
        doc.Published.ShouldBe(new CalendarDate(2021, 9, 6));
        doc.PublishedEvidence.ShouldBe("HTML <meta name=\"date\" content=\"2021-09-06\">");
    }

    [Fact]
    public void Html_VeryLongPage_IsReadByTheHeuristicInFull()
    {
        var html = new System.Text.StringBuilder("<html><head><title>Minutes</title></head><body><nav>Home</nav><article>");
        for (int i = 1; i <= 3500; i++) html.Append(System.Globalization.CultureInfo.InvariantCulture, $"<p>Item {i} was approved on May 5.</p>");
        html.Append("</article></body></html>");
        var doc = LoadOne("minutes.html", html.ToString());
        doc.Text.ShouldStartWith("Item 1 was approved on May 5.\n\nItem 2 ");
        doc.Text.ShouldEndWith("Item 3500 was approved on May 5.");
        doc.Text.ShouldNotContain("Home");
    }

    [Theory]
    [InlineData("<time datetime=\"2020-02-03T10:00:00Z\" itemprop=\"datePublished\">3 Feb</time>", "2020-02-03", "HTML <time datetime=\"2020-02-03T10:00:00Z\">")]
    [InlineData("<script type=\"application/ld+json\">[{\"@graph\":[{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-02-04\"}]}]</script>", "2020-02-04", "HTML JSON-LD datePublished \"2020-02-04\"")]
    [InlineData("<meta name=\"date\" content=\"4 February 2020\">", "2020-02-04", "HTML <meta name=\"date\" content=\"4 February 2020\">")]
    public void Html_DateCandidates(string markup, string expected, string evidence)
    {
        var doc = LoadOne("a.html", $"<html><head><title>T</title></head><body>{markup}<article><p>The mill closed its doors in the spring.</p></article></body></html>");
        doc.Published.ToString().ShouldBe(expected);
        doc.PublishedEvidence.ShouldBe(evidence);
    }

    [Fact]
    public void Html_TitleFromH1ThenTitleElement()
    {
        LoadOne("a.html", "<html><head><title>Page title</title></head><body><h1>Heading</h1><p>Body text.</p></body></html>").Title.ShouldBe("Heading");
        LoadOne("a.html", "<html><head><title>Page title</title></head><body><p>Body text.</p></body></html>").Title.ShouldBe("Page title");
    }

    [Fact]
    public void Html_LineBreaksAndParagraphsAndCollapsedSpace()
    {
        var doc = LoadOne("a.html", "<html><head><meta property=\"og:title\" content=\"  Two\n  lines  \"></head><body><article><p>First   line<br>second\n  line</p><ul><li>One</li><li>Two</li></ul></article></body></html>");
        doc.Title.ShouldBe("Two lines");
        doc.Text.ShouldBe("First line\nsecond line\n\nOne\n\nTwo");
    }

    [Fact]
    public void Html_RelativeCanonical_FallsBackToOgUrl()
    {
        var doc = LoadOne("a.html", "<html><head><link rel=canonical href=\"/news/a\"><meta property=\"og:url\" content=\"https://x.example/a\"></head><body><p>Text.</p></body></html>");
        doc.Url.ShouldBe("https://x.example/a");
    }
}
