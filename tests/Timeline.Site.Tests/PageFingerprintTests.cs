using Scriban;
using Timeline.Site.Model;
using Timeline.Site.Rendering;

namespace Timeline.Site.Tests;

/// <summary>What a page's fingerprint covers: every value its templates can read, and nothing else.</summary>
public sealed class PageFingerprintTests
{
    private static EventView Event(string headline, string listedHref = "index.html#e") =>
        new("e", "events/e.html", "1953", "1953", "1953", "year", "none", null, null, true, headline, "a", "y-1953", [])
        {
            ListedHref = listedHref,
        };

    [Fact]
    public void ViewHash_IsEqualForEqualValues_AndCoversFieldsTimelineJsonLeavesOut()
    {
        ViewHash.Of(Event("Signed")).ShouldBe(ViewHash.Of(Event("Signed")));
        ViewHash.Of(Event("Signed")).ShouldNotBe(ViewHash.Of(Event("Signe")));
        ViewHash.Of(Event("Signed")).ShouldNotBe(ViewHash.Of(Event("Signed", "years/1953.html#e")), "listed_href is read by event pages");
    }

    [Fact]
    public void ViewHash_TellsApartValuesThatWouldPrintTheSame()
    {
        ViewHash.Of(new[] { "ab", "c" }).ShouldNotBe(ViewHash.Of(new[] { "a", "bc" }));
        ViewHash.Of(new object?[] { null }).ShouldNotBe(ViewHash.Of(new[] { "" }));
        ViewHash.Of(1).ShouldNotBe(ViewHash.Of("1"));
        ViewHash.Of(new List<string>()).ShouldNotBe(ViewHash.Of(new List<string> { "" }));
    }

    [Fact]
    public void ViewHash_OfTextRangesHashedInPlace_IsTheHashOfTheTextTheirPropertiesGive()
    {
        const string sentence = "Talks began on March 4, 2019 in Geneva.";
        object[] values =
        [
            new QuoteView(sentence, 15, "March 4, 2019"),
            new QuoteView(sentence, sentence.Length, ""),
            new QuoteView(sentence, 0, "Talks"),
            new SegmentView(sentence, 15, 13, isDate: true, "events/e.html", "2019-03-04"),
            new SegmentView(sentence, 0, sentence.Length, isDate: false, null, null),
            new SegmentView(sentence, 3, 0, isDate: false, null, null),
        ];
        foreach (object value in values) ViewHash.Of(value).ShouldBe(ViewHash.OfProperties(value), value.ToString());
        ViewHash.Of(values[0]).ShouldNotBe(ViewHash.Of(new QuoteView(sentence, 0, "Talks")));
    }

    [Fact]
    public void ViewHash_ThroughAMemo_IsTheHashWithoutIt_AndHashesEachSharedRecordOnce()
    {
        var e = Event("Signed");
        var decade = new DecadeView("1950s", "d-1950s", [new YearView("1953", "y-1953", 1953, [e])]);
        var page = new PageView("years/1953.html", "1953", 1, [decade], null, null);
        var memo = new ViewHash.Memo();

        ViewHash.Of(page, memo).ShouldBe(ViewHash.Of(page));
        memo.TryGet(e, out byte[] known).ShouldBeTrue("the event, shown on its own page too, is hashed once");
        memo.TryGet(decade, out _).ShouldBeTrue("the page's decade is also its listing");
        ViewHash.Of(e, memo).ShouldBe(ViewHash.Of(e));
        ViewHash.Of(new[] { decade }, memo).ShouldBe(ViewHash.Of(new[] { decade }));

        var edited = page with { Decades = [decade with { Years = [new YearView("1953", "y-1953", 1953, [Event("Signe")])] }] };
        ViewHash.Of(edited, memo).ShouldNotBe(ViewHash.Of(page, memo));
        known.Length.ShouldBe(16);
    }

    [Fact]
    public void AFingerprintListOfAnEarlierVersion_IsNotRead()
    {
        using var folder = new Timeline.Tests.Shared.TempFolder();
        var fingerprints = new Dictionary<string, string>(StringComparer.Ordinal) { ["index.html"] = new('a', Output.ContentHash.HexLength) };
        string list = Output.PageFingerprints.Format(fingerprints);
        File.WriteAllText(Path.Combine(folder.Path, Output.PageFingerprints.FileName), list);
        Output.PageFingerprints.Read(folder.Path).ShouldBe(fingerprints);

        File.WriteAllText(Path.Combine(folder.Path, Output.PageFingerprints.FileName), "timeline-pages 1" + list[list.IndexOf('\n')..]);
        Output.PageFingerprints.Read(folder.Path).ShouldBeEmpty("version 1 fingerprints were SHA-256: no page may be carried over by them");
    }

    private static TemplateDependencies Dependencies(Dictionary<string, string> templates) =>
        new(name => Template.Parse(templates[name], name));

    [Fact]
    public void Dependencies_AreTheNamesOfTheTemplateTheLayoutAndWhatTheyInclude()
    {
        var deps = Dependencies(new()
        {
            ["event.sbn"] = "<h1>{{ event.headline }}</h1>{{ event.sources.size }}{{ include \"part.sbn\" }}",
            ["part.sbn"] = "{{ for r in related_list }}{{ r }}{{ end }}",
            ["layout.sbn"] = "<title>{{ site.title }}</title>{{ content }}",
        });

        var names = deps.Of("event.sbn", "layout.sbn");

        names.ShouldNotBeNull();
        names.ShouldContain("event");
        names.ShouldContain("related_list");
        names.ShouldContain("site");
        names.ShouldNotContain("decades");
        names.ShouldNotContain("sources", "a field of event, not the global");
    }

    [Theory]
    [InlineData("{{ include name }}")]
    [InlineData("{{ \"part.sbn\" | include }}")]
    [InlineData("{{ f = include }}{{ f \"part.sbn\" }}")]
    [InlineData("{{ this[\"dec\" + \"ades\"] }}")]
    public void Dependencies_OfAnIncludeOrVariableWhoseNameIsComputed_AreEverything(string body)
    {
        var deps = Dependencies(new()
        {
            ["event.sbn"] = body,
            ["part.sbn"] = "{{ decades }}",
            ["layout.sbn"] = "{{ content }}",
        });

        deps.Of("event.sbn", "layout.sbn").ShouldBeNull();
    }
}
