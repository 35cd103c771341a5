using System.Globalization;
using System.Text;
using System.Text.Json;
using Timeline.Site.Building;
using Timeline.Site.Changes;
using Timeline.Temporal;

namespace Timeline.Site.Tests;

/// <summary>
/// A rebuild after an edit that changes the events carries the pages whose digests (<see cref="ContentDigests"/>) did not
/// change over without fingerprinting them, and still leaves byte for byte the site a cold build of the same articles makes.
/// </summary>
public sealed class PageDigestTests : IDisposable
{
    private readonly RebuildCorpus _corpus = new(article: 15);

    public void Dispose() => _corpus.Dispose();

    private string Warm => _corpus.Warm;

    private string Config => Path.Combine(_corpus.Input, "timeline.yml");

    private BuildReport Build(string? output = null, bool cache = true, string? templates = null, string? baseUrl = null, int? interruptAfter = null) =>
        _corpus.Build(output, cache, baseUrl, templates, interruptAfter);

    /// <summary>How many pages the last build carried over on their digests, from its log.</summary>
    private int CarriedOnDigests()
    {
        string line = _corpus.Lines.Single(l => l.StartsWith("pages: ", StringComparison.Ordinal) && l.Contains(" carried over on their digests", StringComparison.Ordinal));
        return int.Parse(line.Split(' ')[1], CultureInfo.InvariantCulture);
    }

    /// <summary>How many sources' text files the last build carried over on their digests, from its log.</summary>
    private int TextsCarried()
    {
        string line = _corpus.Lines.Single(l => l.StartsWith("pages: ", StringComparison.Ordinal) && l.Contains(" carried over on their digests", StringComparison.Ordinal));
        return int.Parse(line.Split("; ")[1].Split(' ')[0], CultureInfo.InvariantCulture);
    }

    /// <summary>How many events and sources of the data files the last build copied from the last files, from its log.</summary>
    private int ItemsCopied()
    {
        string line = _corpus.Lines.Single(l => l.StartsWith("pages: ", StringComparison.Ordinal) && l.Contains(" carried over on their digests", StringComparison.Ordinal));
        return int.Parse(line.Split("; ")[2].Split(' ')[0], CultureInfo.InvariantCulture);
    }

    private void ShouldBeTheColdBuild(string? templates = null, string? baseUrl = null)
    {
        string cold = _corpus.Temp.Combine($"cold-{Guid.NewGuid():N}");
        Build(cold, cache: false, templates: templates, baseUrl: baseUrl);
        SiteFiles.ShouldBeSame(Warm, cold, "differs from a cold build");
        // A commit that deletes files must not leave their folders behind, empty, where a cold build has none.
        string[] Folders(string root) => Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Select(d => Path.GetRelativePath(root, d)).Order(StringComparer.Ordinal).ToArray();
        Folders(Warm).ShouldBe(Folders(cold));
        Directory.Delete(cold, recursive: true);
    }

    /// <summary>How the last build committed its output, from its log: <c>journaled</c> or <c>swapped</c>, or null when it did not say.</summary>
    private string? CommittedAs() =>
        _corpus.Lines.LastOrDefault(l => l.StartsWith("output: ", StringComparison.Ordinal) && l.Contains("; committed ", StringComparison.Ordinal))?.Split("; committed ")[1];

    /// <summary>How many sources' full views the last build made, and of how many sources, from its log; null when the model was made whole.</summary>
    private (int Made, int Of, int Keyed)? SourceViews()
    {
        if (_corpus.Lines.SingleOrDefault(l => l.StartsWith("sources: ", StringComparison.Ordinal)) is not { } line) return null;
        var numbers = System.Text.RegularExpressions.Regex.Matches(line, "[0-9]+").Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToArray();
        return (numbers[0], numbers[1], numbers[2]);
    }

    private void Append(string path, string text) => File.WriteAllText(path, File.ReadAllText(path).TrimEnd() + text + "\n");

    /// <summary>The built-in theme in a folder of its own, with <paramref name="addition"/> at the end of the event page.</summary>
    private string ThemeWithEventPageEnding(string addition)
    {
        string templates = _corpus.Temp.Combine("theme");
        Rendering.ThemeExport.CopyBuiltIn(templates);
        Append(Path.Combine(templates, "event.sbn"), addition);
        return templates;
    }

    private int PageCount() => Directory.EnumerateFiles(Warm, "*.html", SearchOption.AllDirectories).Count();

    [Theory]
    [InlineData(" The talks resumed on March 3, 2011.")]
    [InlineData(" The ministers met again on 4 April 2012, and the talks resumed on March 3, 2011.")]
    [InlineData(" It was signed in 1953.")]
    public void EventAdded_CarriesMostPagesOverOnTheirDigests_AndGivesTheColdBuild(string addition)
    {
        Build();
        Append(_corpus.Article, addition);

        var report = Build();

        int carried = CarriedOnDigests();
        carried.ShouldBeGreaterThan(PageCount() / 2, _corpus.Log);
        carried.ShouldBeGreaterThan(PageCount() / 2);
        report.PagesRendered.ShouldBeLessThan(PageCount() - carried + 1);
        TextsCarried().ShouldBeGreaterThan(report.Sources / 2);
        ItemsCopied().ShouldBeGreaterThan(report.Events / 2);
        ShouldBeTheColdBuild();
    }

    [Fact]
    public void DatedEdit_MakesFullViewsOnlyOfTheSourcesItWrites_AndCommitsOnlyTheChangedFiles()
    {
        Build();
        CommittedAs().ShouldBeNull(); // a first build has no digests to go on: it stages the whole site
        Append(_corpus.Article, " The talks resumed on March 3, 2011.");

        var report = Build();

        SourceViews().ShouldNotBeNull();
        var (made, of, keyed) = SourceViews()!.Value;
        of.ShouldBe(report.Sources);
        made.ShouldBeGreaterThan(0);
        made.ShouldBeLessThan(of);
        // Every source's digest from its analysis key, or taken from the last build's records: no analysis read for it.
        string records = _corpus.Lines.Single(l => l.StartsWith("records: ", StringComparison.Ordinal));
        int recorded = int.Parse(records.Split(" and ")[1].Split(' ')[0], CultureInfo.InvariantCulture);
        (keyed + recorded).ShouldBe(report.Sources);
        CommittedAs().ShouldBe("journaled");
        SiteDigests.Read(_corpus.Cache)!.Spliced.Keys.ShouldContain("timelinejs.json");
        ShouldBeTheColdBuild();

        File.WriteAllText(_corpus.Article, _corpus.Original); // the event goes: its page is deleted by the journal
        Build();
        CommittedAs().ShouldBe("journaled");
        ShouldBeTheColdBuild();
    }

    [Fact]
    public void SiteTitleChanged_ChangesEveryPage_AndTheSiteIsSwappedInWhole()
    {
        Build();
        File.WriteAllText(Config, File.ReadAllText(Config).Replace("title: Benchmark corpus", "title: Retitled corpus", StringComparison.Ordinal));

        var report = Build();

        report.PagesRendered.ShouldBe(PageCount());
        CommittedAs().ShouldBe("swapped"); // the changed files staged, then the rest linked in beside them
        Directory.EnumerateDirectories(_corpus.Temp.Path, ".warm.*").ShouldBeEmpty();
        ShouldBeTheColdBuild();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    public void CrashInTheMiddleOfAJournaledCommit_IsCompletedByTheNextBuild(int movesDone)
    {
        Build();
        Append(_corpus.Article, " The talks resumed on March 3, 2011.");

        Should.Throw<BuildFailedException>(() => Build(interruptAfter: movesDone));
        File.Exists(Output.JournaledCommit.JournalPath(Warm)).ShouldBeTrue();

        Build();
        File.Exists(Output.JournaledCommit.JournalPath(Warm)).ShouldBeFalse();
        Directory.EnumerateDirectories(_corpus.Temp.Path, ".warm.*").ShouldBeEmpty();
        ShouldBeTheColdBuild();
    }

    [Fact]
    public void CrashInTheMiddleOfAJournaledCommit_IsCompletedByABuildWithoutCache()
    {
        Build();
        Append(_corpus.Article, " The talks resumed on March 3, 2011.");
        Should.Throw<BuildFailedException>(() => Build(interruptAfter: 2));

        Build(cache: false);
        File.Exists(Output.JournaledCommit.JournalPath(Warm)).ShouldBeFalse();
        Directory.EnumerateDirectories(_corpus.Temp.Path, ".warm.*").ShouldBeEmpty();
        ShouldBeTheColdBuild();
    }

    [Fact]
    public void FailureBeforeTheJournal_LeavesTheOutputAsItWas()
    {
        // The page of the event the edit adds fails to render (an unknown value), after other changed files were staged.
        string templates = ThemeWithEventPageEnding("{{ if event.headline | string.contains \"talks resumed\" }}{{ no_such_value }}{{ end }}");
        Build(templates: templates);
        Dictionary<string, string> Files() => SiteFiles.Read(Warm).ToDictionary(f => f.Key, f => Convert.ToHexString(f.Value), StringComparer.Ordinal);
        var before = Files();
        Append(_corpus.Article, " The talks resumed on March 3, 2011.");

        Should.Throw<BuildFailedException>(() => Build(templates: templates));

        Files().ShouldBe(before);
        Directory.EnumerateDirectories(_corpus.Temp.Path, ".warm.*").ShouldBeEmpty();
        File.Exists(Output.JournaledCommit.JournalPath(Warm)).ShouldBeFalse();
    }

    [Fact]
    public void TemplateReadingEverySourcesText_GetsTheWholeModel()
    {
        // An event page that shows how long the first source is: every source's full view must be there to read.
        string templates = ThemeWithEventPageEnding("<p class=\"first\">{{ sources[0].paragraphs.size }} paragraphs</p>");
        Build(templates: templates);
        Append(_corpus.Article, " The talks resumed on March 3, 2011.");

        Build(templates: templates);

        SourceViews().ShouldBeNull();
        File.ReadAllText(Directory.EnumerateFiles(Path.Combine(Warm, "events")).First()).ShouldNotContain("<p class=\"first\">0 paragraphs");
        ShouldBeTheColdBuild(templates);
    }

    [Fact]
    public void EventChangedThenRemoved_GivesTheColdBuildEachTime()
    {
        Append(_corpus.Article, " The talks resumed on March 3, 2011.");
        Build();
        File.WriteAllText(_corpus.Article, _corpus.Original.TrimEnd() + " The talks resumed on March 9, 2011.\n");
        Build();
        CarriedOnDigests().ShouldBeGreaterThan(0);
        ShouldBeTheColdBuild();

        File.WriteAllText(_corpus.Article, _corpus.Original);
        Build();
        CarriedOnDigests().ShouldBeGreaterThan(0);
        ShouldBeTheColdBuild();

        // A date of the text changed in place: the statement leaves its event, which other sources may report.
        var dates = EnglishRecognizer.Instance.Recognize(_corpus.Original).Where(m => m.Value.IsResolved && m.Value.Precision == TimePrecision.Day).ToList();
        File.WriteAllText(_corpus.Article, _corpus.Original[..dates[^1].Start] + "1 March 1911" + _corpus.Original[dates[^1].End..]);
        Build();
        CarriedOnDigests().ShouldBeGreaterThan(0);
        ShouldBeTheColdBuild();
    }

    [Fact]
    public void UnchangedFullBuild_CarriesEveryDigestedPageOver()
    {
        Build();
        Build(cache: true);
        // The delta build finished before the pages; a changed timeline.yml that changes nothing shown takes the full path.
        File.AppendAllText(Config, "\n# a comment\n");
        var report = Build();

        report.PagesRendered.ShouldBe(0);
        CarriedOnDigests().ShouldBeGreaterThan(PageCount() - 10);
        ShouldBeTheColdBuild();
    }

    [Fact]
    public void UnchangedFullBuild_CarriesTheListOfSourcesOver_FingerprintingOnlyTheIndexAnd404()
    {
        Build();
        File.AppendAllText(Config, "\n# a comment\n");
        Build();

        CarriedOnDigests().ShouldBe(PageCount() - 2, _corpus.Log);
        ShouldBeTheColdBuild();
    }

    [Fact]
    public void RelatedEventRetitled_RendersThePagesLinkingToIt()
    {
        Build();
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Warm, "timeline.json")));
        var linked = json.RootElement.GetProperty("events").EnumerateArray()
            .First(e => e.TryGetProperty("related", out var r) && r.GetArrayLength() > 0);
        string related = linked.GetProperty("related")[0].GetString()!;
        string linking = linked.GetProperty("id").GetString()!;
        File.AppendAllText(Config, $"\noverrides:\n  - event: {related}\n    headline: A headline set by the editor\n");

        Build();

        File.ReadAllText(Path.Combine(Warm, "events", linking + ".html")).ShouldContain("A headline set by the editor");
        CarriedOnDigests().ShouldBeGreaterThan(0);
        ShouldBeTheColdBuild();
    }

    [Fact]
    public void PagingSplitMoves_RendersThePagesWhoseSplitMoved_AndGivesTheColdBuild()
    {
        // A year too large for one page is listed in parts; an event added at its start moves every part's first event.
        const string header = "Title: Chronicle\nDate: 2024-01-01\n\n";
        var text = new StringBuilder();
        string filler = string.Concat(Enumerable.Repeat(" while the crowd outside cheered and the band played on", 24));
        var day = new DateOnly(1861, 1, 2);
        for (int i = 0; i < 360; i++)
            text.Append(CultureInfo.InvariantCulture, $"A record was set on {day.AddDays(i):MMMM d, yyyy}{filler}.\n\n");
        string chronicle = _corpus.Temp.Combine("in", "chronicle.txt");
        File.WriteAllText(chronicle, header + text);
        Build();
        string[] Parts() => Directory.EnumerateFiles(Path.Combine(Warm, "years"), "1861*").Order(StringComparer.Ordinal).ToArray();
        Parts().Length.ShouldBeGreaterThan(1);

        File.WriteAllText(chronicle, header + "A record was set on January 1, 1861.\n\n" + text);
        Build();

        CarriedOnDigests().ShouldBeGreaterThan(0);
        ShouldBeTheColdBuild();
    }

    [Fact]
    public void CustomTemplateReadingAWholeSiteValue_IsFingerprintedWhenItChanges()
    {
        // An event page that shows how many events the site has: every one changes when an event is added.
        string templates = ThemeWithEventPageEnding("<p class=\"total\">{{ event_count }} events in all</p>");
        Build(templates: templates);
        Append(_corpus.Article, " The talks resumed on March 3, 2011.");

        Build(templates: templates);

        int events = Directory.EnumerateFiles(Path.Combine(Warm, "events")).Count();
        CarriedOnDigests().ShouldBeLessThan(PageCount() - events + 1);
        ShouldBeTheColdBuild(templates);
    }

    [Fact]
    public void BaseUrlChanged_CopiesNoCalendarEntryWithTheOldAddress()
    {
        Build(baseUrl: "https://one.example/");
        Append(_corpus.Article, " The talks resumed on March 3, 2011.");

        Build(baseUrl: "https://two.example/news/");

        File.ReadAllText(Path.Combine(Warm, "events.ics")).ShouldNotContain("one.example");
        ItemsCopied().ShouldBeGreaterThan(0); // timeline.json's, which do not show the address
        ShouldBeTheColdBuild(baseUrl: "https://two.example/news/");
    }

    [Fact]
    public void DamagedDigests_AreNotTrusted_AndGiveTheColdBuild()
    {
        Build();
        string file = _corpus.Temp.Combine("cache", SiteDigests.FileName);
        var bytes = File.ReadAllBytes(file);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(file, bytes);
        Append(_corpus.Article, " The talks resumed on March 3, 2011.");

        Build();

        CarriedOnDigests().ShouldBe(0);
        TextsCarried().ShouldBe(0);
        ItemsCopied().ShouldBe(0);
        SiteDigests.Read(_corpus.Cache).ShouldNotBeNull();
        ShouldBeTheColdBuild();
    }

    [Fact]
    public void DigestsOfAnotherOutput_CarryNothingOverThatChanged()
    {
        // The digests describe the site written last; a page edited since, or written by a build without the cache, is not theirs.
        Build();
        string page = Directory.EnumerateFiles(Path.Combine(Warm, "events")).Order(StringComparer.Ordinal).First();
        File.WriteAllText(page, "edited by hand");
        Append(_corpus.Article, " The talks resumed on March 3, 2011.");

        Build();

        File.ReadAllText(page).ShouldNotBe("edited by hand");
        TextsCarried().ShouldBeGreaterThan(0);
        ShouldBeTheColdBuild();
        string text = Directory.EnumerateFiles(Path.Combine(Warm, "data", "sources")).Order(StringComparer.Ordinal).First();
        File.WriteAllText(text, "{}");
        File.WriteAllText(_corpus.Article, _corpus.Original);

        Build();

        File.ReadAllText(text).ShouldNotBe("{}");
        ShouldBeTheColdBuild();
        // timeline.json changed by hand keeps its length: its items must not be copied from it.
        string json = Path.Combine(Warm, "timeline.json");
        var bytes = File.ReadAllBytes(json);
        int at = Array.LastIndexOf(bytes, (byte)'"', bytes.Length / 2);
        bytes[at - 1] = bytes[at - 1] == (byte)'x' ? (byte)'y' : (byte)'x';
        File.WriteAllBytes(json, bytes);
        Append(_corpus.Article, " The talks resumed on March 3, 2011.");

        var report = Build();

        ItemsCopied().ShouldBeLessThanOrEqualTo(2 * report.Events); // events.ics's and timelinejs.json's at most, none of timeline.json's events and sources
        ShouldBeTheColdBuild();
    }

    /// <summary>
    /// The digests name each field of what they are made of (<see cref="ContentDigests"/>); a field added to one of these types
    /// must be placed there (hashed, or shown not to reach a page), or pages showing it would be carried over stale.
    /// </summary>
    [Theory]
    [InlineData(typeof(Core.Events.TimelineEvent), "Conflicts Headline Id IsEdited IsManual Mentions Related When")]
    [InlineData(typeof(Core.Events.EventMention), "DateStart DateText Headline IsRelativeClause IsWeak Passage Quote QuoteStart SourceId Url Value")]
    [InlineData(typeof(Core.Events.DocumentAnalysis), "Boilerplate InferredDate Mentions Paragraphs Source Statements")]
    [InlineData(typeof(Core.Sources.SourceDocument), "Author Dateline ExcerptsOnly Id Path Published PublishedBasis PublishedEvidence SourceMap Tags Text Title Url Publisher")]
    [InlineData(typeof(TimeValue), "End IsRange IsResolved Modifier Precision Start Timex")]
    [InlineData(typeof(Model.PageView), "Decades EventCount Next Path Previous Title")]
    [InlineData(typeof(Model.DecadeView), "Anchor EventCount Label Pages Years")]
    [InlineData(typeof(Model.YearView), "Anchor Events Label Page Year")]
    [InlineData(typeof(Model.PageLink), "EventCount Href Label")]
    [InlineData(typeof(Model.SourcesPageView), "Next Pages Path Previous Sources Title Total")]
    [InlineData(typeof(Model.SourceRow), "EventCount Href Id Published PublishedIso Publisher Title")]
    public void DigestedTypes_HaveOnlyTheFieldsTheDigestsKnow(Type type, string fields)
    {
        var actual = type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
            .Select(p => p.Name).Where(n => n != "EqualityContract").Order(StringComparer.Ordinal);
        string.Join(' ', actual).ShouldBe(string.Join(' ', fields.Split(' ').Order(StringComparer.Ordinal)));
    }
}
