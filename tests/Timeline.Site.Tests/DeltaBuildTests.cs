using System.Text;
using Timeline.Core.Corpus;
using Timeline.Core.Sources;
using Timeline.Site.Building;
using Timeline.Site.Output;
using Timeline.Temporal;
using Timeline.Tests.Shared;

namespace Timeline.Site.Tests;

/// <summary>
/// A rebuild driven by the last build's state (<see cref="DeltaBuild"/>) leaves byte for byte the site
/// a cold build of the same articles makes, whichever kind of change it met, and takes the full path
/// for anything but an edit that leaves an article's statements and metadata as they were.
/// </summary>
public sealed class DeltaBuildTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _article;
    private readonly string _original;

    public DeltaBuildTests()
    {
        new CorpusGenerator(11).WriteTo(_temp.Combine("in"), 30);
        _article = Articles().ElementAt(15);
        _original = File.ReadAllText(_article);
    }

    public void Dispose() => _temp.Dispose();

    private IEnumerable<string> Articles() => Directory.EnumerateFiles(_temp.Combine("in"), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    private string Warm => _temp.Combine("warm");

    private string StateFile => _temp.Combine("cache", BuildState.FileName);

    private readonly List<string> _log = [];

    private BuildReport Build(string? output = null, bool cache = true, int? interruptAfter = null, string? templates = null) =>
        new SiteBuild(EnglishRecognizer.Instance).Run(new BuildSettings
        {
            Input = _temp.Combine("in"),
            Output = output ?? Warm,
            UseCache = cache,
            CacheFolder = cache ? _temp.Combine("cache") : null,
            InterruptCommitAfter = interruptAfter,
            Templates = templates,
        }, new Progress(_log, _onReport));

    /// <summary>Runs inside a build at each line it reports, as something else changing the input meanwhile would.</summary>
    private Action<string>? _onReport;

    private sealed class Progress(List<string> log, Action<string>? onReport) : IProgress<string>
    {
        public void Report(string value)
        {
            lock (log) log.Add(value);
            onReport?.Invoke(value);
        }
    }

    /// <summary>A full build, then one that finds the state (and re-reads the files written too close to the first).</summary>
    private void BuildTwice()
    {
        Build().Delta.ShouldBeFalse();
        Build().Delta.ShouldBeTrue();
    }

    private void ShouldBeTheColdBuild(string? templates = null)
    {
        Build(_temp.Combine("cold"), cache: false, templates: templates);
        SiteFiles.ShouldBeSame(Warm, _temp.Combine("cold"), "differs from a cold build");
    }

    private void Append(string text) => File.WriteAllText(_article, _original.TrimEnd() + text + "\n");

    /// <summary>Appends <paramref name="first"/>, builds, then <paramref name="second"/> instead, leaving the length and time of the first.</summary>
    private void AppendTwiceWithinOneTick(string first, string second, bool firstIsDelta)
    {
        Append(first);
        // Stamped no earlier than the build that reads it (however slow the machine): its time proves nothing yet, and the state records none.
        var time = DateTime.UtcNow.AddSeconds(1);
        File.SetLastWriteTimeUtc(_article, time);
        Build().Delta.ShouldBe(firstIsDelta);
        Append(second);
        File.SetLastWriteTimeUtc(_article, time); // as a second write within one tick of the file system's clock leaves it
    }

    [Fact]
    public void UnchangedRebuild_RendersAndWritesNothing()
    {
        BuildTwice();
        var report = Build();

        report.Delta.ShouldBeTrue();
        (report.Analysed, report.PagesRendered, report.FilesChanged).ShouldBe((0, 0, 0));
        report.Sources.ShouldBe(30);
        ShouldBeTheColdBuild();
    }

    [Fact]
    public void AppendedSentenceWithoutDate_RendersOnlyThatSourcesPageAndText()
    {
        BuildTwice();
        Append(" Officials declined to comment further.");
        var report = Build();

        report.Delta.ShouldBeTrue();
        report.Analysed.ShouldBe(1);
        report.PagesRendered.ShouldBe(1);
        report.FilesChanged.ShouldBe(2);
        ShouldBeTheColdBuild();
    }

    [Fact]
    public void AFileTouchedButUnchanged_IsReadAndFoundTheSame()
    {
        BuildTwice();
        File.WriteAllText(_article, _original);
        File.SetLastWriteTimeUtc(_article, DateTime.UtcNow.AddMinutes(1));
        var report = Build();

        report.Delta.ShouldBeTrue();
        (report.Analysed, report.FilesChanged).ShouldBe((0, 0));
        Build().Delta.ShouldBeTrue();
        ShouldBeTheColdBuild();
    }

    [Fact]
    public void WordInsertedInAnUndatedSentence_MovesTheStatementsAfterIt_AndIsADeltaBuild()
    {
        BuildTwice();
        // The first sentence of the last paragraph that opens without a number, with a date after it: no date of its own,
        // statements after it (the ones before could be the first report of an event whose id is told apart by its position).
        var paragraphs = _original.Split("\n\n");
        int paragraph = Enumerable.Range(2, paragraphs.Length - 3).Reverse()
            .First(i => !paragraphs[i].Split(". ")[0].Any(char.IsAsciiDigit) && paragraphs[(i + 1)..].Any(p => p.Any(char.IsAsciiDigit)));
        int at = paragraphs.Take(paragraph).Sum(p => p.Length + 2) + paragraphs[paragraph].IndexOf(' ');
        File.WriteAllText(_article, _original[..at] + " reportedly" + _original[at..]);

        var before = StatementStarts();
        var report = Build();
        report.Delta.ShouldBeTrue(string.Join("\n", _log.Where(l => l.StartsWith("full build", StringComparison.Ordinal))));
        report.FilesChanged.ShouldBe(2);
        StatementStarts().ShouldNotBe(before); // the statements after the word did move
        StatementStarts().Count.ShouldBe(before.Count);
        ShouldBeTheColdBuild();
    }

    private List<int> StatementStarts()
    {
        string path = Path.GetRelativePath(_temp.Combine("in"), _article).Replace('\\', '/');
        return [.. BuildState.Read(_temp.Combine("cache"))!.Inputs.Single(i => i.Path == path).Source!.Starts];
    }

    [Fact]
    public void StatementMoves_FollowAShift_ButNotAReorderingOrAMoveOfAnIdsPosition()
    {
        StatementMoves.Remap([10, 20, 20, 40], [15, 25, 25, 45], [(10, 0), (20, 1), (40, 2)], [])!.ShouldBe([(15, 0), (25, 1), (45, 2)]);
        StatementMoves.Remap([10, 20, 40], [10, 25, 45], [(40, 2)], [10])!.ShouldBe([(45, 2)]);
        StatementMoves.Remap([10, 20, 40], [10, 25, 45], [], [20]).ShouldBeNull();
        StatementMoves.Remap([10, 20, 20], [15, 25, 26], [], []).ShouldBeNull(); // one sentence's dates apart
        StatementMoves.Remap([10, 20, 30], [15, 25, 25], [], []).ShouldBeNull(); // two dates now one
        StatementMoves.Remap([10, 20], [10, 20, 30], [], []).ShouldBeNull();
        StatementMoves.Remap([10, 20], [10, 25], [(12, 0)], []).ShouldBeNull(); // a link that is no statement's
    }

    [Fact]
    public void WordInsertedInADatedSentence_ChangesAStatement_AndTakesTheFullBuild()
    {
        BuildTwice();
        var year = System.Text.RegularExpressions.Regex.Match(_original, @"\b(19|20)\d\d\b");
        int at = _original.LastIndexOf(' ', year.Index - 1);
        File.WriteAllText(_article, _original[..at] + " reportedly" + _original[at..]);

        Build().Delta.ShouldBeFalse();
        ShouldBeTheColdBuild();
    }

    [Fact]
    public void FileRewrittenRightAfterABuild_ToTheSameLengthAndTime_IsStillRead()
    {
        BuildTwice();
        AppendTwiceWithinOneTick(" Officials declined to comment further.", " Officials declined to comment furthes.", firstIsDelta: true);

        var report = Build();
        report.Delta.ShouldBeTrue();
        report.FilesChanged.ShouldBe(2);
        ShouldBeTheColdBuild();
    }

    /// <summary>Every article written long before the builds, so that no time is too close to a build to be recorded.</summary>
    private void Backdate()
    {
        foreach (string article in Articles()) File.SetLastWriteTimeUtc(article, DateTime.UtcNow.AddHours(-1));
    }

    private const string Keyed = "sources hashed for their key";

    [Fact]
    public void NewDatedStatement_TheFullBuildHashesOnlyTheEditedSource_TakingTheOthersKeysFromTheState()
    {
        Backdate();
        BuildTwice();
        Append(" The talks resumed on March 3, 2011.");
        _log.Clear();

        Build().Delta.ShouldBeFalse();

        _log.ShouldContain($"cache: 1 of 30 {Keyed}; the others' files are as the last build recorded them");
        _log.ShouldContain(line => line.StartsWith("events: merged again only around the statements of ", StringComparison.Ordinal));
        ShouldBeTheColdBuild();
    }

    [Fact]
    public void NewDatedStatement_TheFullBuildReadsOnlyTheEditedFile_TakingTheOthersFromTheCache()
    {
        Backdate();
        BuildTwice();
        Append(" The talks resumed on March 3, 2011.");
        _log.Clear();

        Build().Delta.ShouldBeFalse();

        _log.ShouldContain("read: 1 of 30 files read; the others are as the last build read them (from the cache)");
        ShouldBeTheColdBuild();
    }

    [Fact]
    public void FilesRewrittenAfterTheirDocumentsWereTakenFromTheCache_FailTheBuild_LeavingTheOutputAsItWas()
    {
        Backdate();
        BuildTwice();
        Append(" The talks resumed on March 3, 2011.");
        var before = SiteFiles.Read(Warm);
        var others = Articles().Where(a => a != _article).ToList();
        // Once every document is taken and the pages are being made: a text asked for now is not the one the cache vouched for.
        _onReport = line =>
        {
            if (!line.StartsWith("rendering ", StringComparison.Ordinal)) return;
            foreach (string other in others) File.AppendAllText(other, " It was signed in 1953.\n");
        };

        Should.Throw<BuildFailedException>(() => Build()).Message.ShouldContain("changed while the site was being built");

        _onReport = null;
        var after = SiteFiles.Read(Warm);
        after.Keys.ShouldBe(before.Keys);
        after.ShouldAllBe(f => f.Value.SequenceEqual(before[f.Key]));
    }

    [Fact]
    public void FileRewrittenAfterTheWalk_BeforeTheFullBuildReadsIt_IsHashedAsRead()
    {
        Backdate();
        BuildTwice();
        Append(" The talks resumed on March 3, 2011.");
        string other = Articles().ElementAt(3);
        // Between the walk that found it unchanged and the read: its time then proves nothing about what was read.
        _onReport = line =>
        {
            if (line.StartsWith("full build: ", StringComparison.Ordinal)) File.AppendAllText(other, " It was signed in 1953.\n");
        };
        _log.Clear();

        Build().Delta.ShouldBeFalse();

        _onReport = null;
        _log.ShouldContain($"cache: 2 of 30 {Keyed}; the others' files are as the last build recorded them");
        ShouldBeTheColdBuild();
    }

    [Fact]
    public void FileRewrittenRightAfterAFullBuild_ToTheSameLengthAndTime_IsHashedByTheNextFullBuild()
    {
        Backdate();
        BuildTwice();
        AppendTwiceWithinOneTick(" The talks resumed on March 3, 2011.", " The talks resumed on March 4, 2011.", firstIsDelta: false);
        _log.Clear();

        Build().Delta.ShouldBeFalse();

        _log.ShouldContain($"cache: 1 of 30 {Keyed}; the others' files are as the last build recorded them");
        ShouldBeTheColdBuild();
    }

    [Fact]
    public void StateOfOtherSettings_GivesNoKeys()
    {
        Backdate();
        BuildTwice();
        string config = _temp.Combine("in", "timeline.yml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("description: ", "description: Another. "));
        _log.Clear();

        Build().Delta.ShouldBeFalse();

        _log.ShouldNotContain(line => line.Contains(Keyed, StringComparison.Ordinal));
        ShouldBeTheColdBuild();
    }

    [Theory]
    [InlineData(" The talks resumed on March 3, 2011.")]
    [InlineData(" The talks resumed on March 3, 2011, and again on 4 April 2012.")]
    public void NewDatedStatement_TakesTheFullBuild(string addition)
    {
        BuildTwice();
        Append(addition);

        Build().Delta.ShouldBeFalse();
        ShouldBeTheColdBuild();
    }

    [Fact]
    public void NewDatedStatement_TakesTheFullBuild_WithoutCheckingTheOutputFirst_WhichStillRewritesAPageEditedByHand()
    {
        BuildTwice();
        string page = Directory.EnumerateFiles(Path.Combine(Warm, "sources"), "*.html").Order(StringComparer.Ordinal).First();
        File.AppendAllText(page, "<!-- edited -->");
        Append(" The talks resumed on March 3, 2011.");

        var report = Build();

        report.Delta.ShouldBeFalse();
        // Only a delta build that may finish needs every file of the output checked; the full build checks those it carries over.
        report.Stages.Select(s => s.Name).ShouldNotContain("output check");
        ShouldBeTheColdBuild();
    }

    [Theory]
    [InlineData(" The talks resumed on March 3, 2011.")]
    [InlineData(" The ministers met again on 4 April 2012, and the talks resumed on March 3, 2011.")]
    [InlineData(" It was signed in 1953.")]
    public void NewDatedStatement_MergesAgainOnlyAroundThatSource_AndGivesTheColdBuild(string addition)
    {
        BuildTwice();
        Append(addition);

        Build();

        _log.ShouldContain(line => line.StartsWith("events: merged again only around the statements of ", StringComparison.Ordinal));
        ShouldBeTheColdBuild();
    }

    [Fact]
    public void DatedSentenceChangedThenRemoved_MergesAgainEachTime_AndGivesTheColdBuild()
    {
        Append(" The talks resumed on March 3, 2011.");
        BuildTwice();
        Append(" The talks resumed on March 9, 2011.");
        Build();
        ShouldBeTheColdBuild();
        File.WriteAllText(_article, _original);
        Build();
        ShouldBeTheColdBuild();
        // A date of the text (the first ones may be the metadata's), changed in place: the statement leaves its event.
        var dates = EnglishRecognizer.Instance.Recognize(_original).Where(m => m.Value.IsResolved && m.Value.Precision == TimePrecision.Day).ToList();
        dates.ShouldNotBeEmpty();
        File.WriteAllText(_article, _original[..dates[^1].Start] + "1 March 1911" + _original[dates[^1].End..]);
        Build();
        ShouldBeTheColdBuild();

        _log.Count(line => line.StartsWith("events: merged again only around the statements of ", StringComparison.Ordinal))
            .ShouldBe(3, string.Join("\n", _log));
    }

    [Fact]
    public void DatedEdits_AfterADeltaBuildThatLeftTheStoredKeysBehind_MergeAgainAndGiveTheColdBuild()
    {
        // The delta build of an undated edit writes no statement store, so the store names the article's old analysis key:
        // the next builds must not take that article's digests from it, and must take every other article's.
        BuildTwice();
        Append(" Officials declined to comment further.");
        Build().Delta.ShouldBeTrue();
        string other = Articles().ElementAt(3);
        string otherOriginal = File.ReadAllText(other);
        File.WriteAllText(other, otherOriginal.TrimEnd() + " The talks resumed on March 3, 2011.\n");
        Build();
        ShouldBeTheColdBuild();
        Append(" Officials declined to comment further. It was signed in 1953.");
        Build();
        ShouldBeTheColdBuild();
        File.WriteAllText(other, otherOriginal);
        Build();
        ShouldBeTheColdBuild();

        _log.Count(line => line.StartsWith("events: merged again only around the statements of ", StringComparison.Ordinal))
            .ShouldBe(3, string.Join("\n", _log));
    }

    [Fact]
    public void StoredStatementsDamaged_MergeInFull_AndGiveTheColdBuild()
    {
        BuildTwice();
        string stored = _temp.Combine("cache", "statements.bin");
        var bytes = File.ReadAllBytes(stored);
        bytes[300] ^= 0xFF; // in the header, which lists the sources
        File.WriteAllBytes(stored, bytes);
        Append(" The talks resumed on March 3, 2011.");

        Build();

        _log.ShouldNotContain(line => line.StartsWith("events: merged again only around", StringComparison.Ordinal));
        ShouldBeTheColdBuild();
    }

    [Fact]
    public void StoredStatementsThatCannotBeWritten_AreReportedWithTheFileName_AndTheSiteIsTheColdBuilds()
    {
        // A folder where the index of the stored statements must go: writing it (beside the site stages) fails.
        string stored = _temp.Combine("cache", "statements.bin");
        Directory.CreateDirectory(stored);

        Build();

        _log.ShouldContain(line => line.StartsWith("cache: the statements could not be stored in ", StringComparison.Ordinal) && line.Contains(stored));
        ShouldBeTheColdBuild();
    }

    [Fact]
    public void NewFile_TakesTheFullBuild()
    {
        BuildTwice();
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(_article)!, "zz-new.txt"), "Title: A new report\nDate: 2020-05-01\n\nThe ministry said on April 30, 2020 that the talks would resume.\n");

        Build().Delta.ShouldBeFalse();
        ShouldBeTheColdBuild();
    }

    [Fact]
    public void DeletedFile_TakesTheFullBuild()
    {
        BuildTwice();
        File.Delete(_article);

        Build().Delta.ShouldBeFalse();
        ShouldBeTheColdBuild();
    }

    [Fact]
    public void RenamedFile_TakesTheFullBuild()
    {
        BuildTwice();
        File.Move(_article, Path.Combine(Path.GetDirectoryName(_article)!, "renamed-article.txt"));

        Build().Delta.ShouldBeFalse();
        ShouldBeTheColdBuild();
    }

    [Fact]
    public void ConfigChange_TakesTheFullBuild()
    {
        BuildTwice();
        string config = _temp.Combine("in", "timeline.yml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("description: ", "description: Another. "));

        Build().Delta.ShouldBeFalse();
        ShouldBeTheColdBuild();
    }

    [Fact]
    public void ConfigRewrittenAfterTheDeltaBuildReadIt_IsNotReadAgain_TheBuildIsOfTheConfigItsStateRecords()
    {
        BuildTwice();
        Append(" The talks resumed on March 3, 2011.");
        string config = _temp.Combine("in", "timeline.yml");
        string before = File.ReadAllText(config);
        string after = before.Replace("description: ", "description: Another. ");
        // After the delta build read (and hashed) it, before the full build would have read it again.
        _onReport = line =>
        {
            if (line.StartsWith("full build: ", StringComparison.Ordinal)) File.WriteAllText(config, after);
        };

        Build().Delta.ShouldBeFalse();

        _onReport = null;
        File.WriteAllText(config, before);
        ShouldBeTheColdBuild();
        File.WriteAllText(config, after);
        _log.Clear();
        Build().Delta.ShouldBeFalse();
        _log.ShouldContain("full build: the code, settings, timeline.yml or templates changed");
        ShouldBeTheColdBuild();
    }

    [Fact]
    public void StateLinks_AreEachDateOffsetsLastClaim_InOffsetOrder()
    {
        (int, int)[] claims = [(40, 0), (7, 1), (40, 2), (19, 3), (7, 4), (7, 5)];
        var expected = new SortedDictionary<int, int>();
        foreach (var (start, e) in claims) expected[start] = e;

        StateLinks.OwnLinks([.. claims]).ShouldBe([.. expected.Select(kv => (kv.Key, kv.Value))]);
    }

    [Fact]
    public void EveryIdWithAPositionSuffix_MayHoldASuffix_AndAPlainSlugDoesNot()
    {
        string suffix = Core.Events.EventIds.PositionSuffix("001-some-article", 1234);
        DeltaBuild.MayHoldASuffix("2011-03-03-the-talks-resumed" + suffix).ShouldBeTrue();
        DeltaBuild.MayHoldASuffix("2011-03-03-the-talks-resumed" + suffix + "-2").ShouldBeTrue();
        DeltaBuild.MayHoldASuffix("2011-03-03-the-talks-resumed").ShouldBeFalse();
        DeltaBuild.MayHoldASuffix("2011-03-03-the-talks-resumed-2").ShouldBeFalse();
    }

    [Fact]
    public void TemplateChange_TakesTheFullBuild()
    {
        string theme = _temp.Combine("theme");
        Directory.CreateDirectory(theme);
        File.WriteAllText(Path.Combine(theme, "404.sbn"), "<p>Nothing here.</p>\n");
        Build(templates: theme).Delta.ShouldBeFalse();
        Build(templates: theme).Delta.ShouldBeTrue();

        File.WriteAllText(Path.Combine(theme, "404.sbn"), "<p>Nothing here at all.</p>\n");
        Build(templates: theme).Delta.ShouldBeFalse();
        ShouldBeTheColdBuild(templates: theme);
    }

    [Fact]
    public void CorruptState_TakesTheFullBuild()
    {
        BuildTwice();
        byte[] state = File.ReadAllBytes(StateFile);
        state[state.Length / 2] ^= 0x20;
        File.WriteAllBytes(StateFile, state);
        Append(" Officials declined to comment further.");

        Build().Delta.ShouldBeFalse();
        ShouldBeTheColdBuild();
    }

    [Fact]
    public void StaleState_OfAnEarlierOutput_TakesTheFullBuild()
    {
        BuildTwice();
        byte[] earlier = File.ReadAllBytes(StateFile);
        Append(" Officials declined to comment further.");
        Build().Delta.ShouldBeTrue();
        File.WriteAllBytes(StateFile, earlier); // describes the article before the edit, and the output before it
        File.WriteAllText(_article, _original);

        Build().Delta.ShouldBeFalse();
        ShouldBeTheColdBuild();
    }

    [Fact]
    public void PageEditedByHand_TakesTheFullBuild_WhichRewritesIt()
    {
        BuildTwice();
        string page = Directory.EnumerateFiles(Path.Combine(Warm, "sources"), "*.html").Order(StringComparer.Ordinal).First();
        File.AppendAllText(page, "<!-- edited -->");

        Build().Delta.ShouldBeFalse();
        ShouldBeTheColdBuild();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void CrashInTheMiddleOfTheCommit_IsCompletedByTheNextBuild(int movesDone)
    {
        BuildTwice();
        Append(" Officials declined to comment further.");

        Should.Throw<BuildFailedException>(() => Build(interruptAfter: movesDone));
        File.Exists(JournaledCommit.JournalPath(Warm)).ShouldBeTrue();

        Build();
        File.Exists(JournaledCommit.JournalPath(Warm)).ShouldBeFalse();
        Directory.EnumerateDirectories(_temp.Path, ".warm.delta-*").ShouldBeEmpty();
        ShouldBeTheColdBuild();
    }

    [Fact]
    public void CrashInTheMiddleOfTheCommit_IsCompletedByAFullBuildWithoutCache()
    {
        BuildTwice();
        Append(" Officials declined to comment further.");
        Should.Throw<BuildFailedException>(() => Build(interruptAfter: 1));

        Build(cache: false);
        File.Exists(JournaledCommit.JournalPath(Warm)).ShouldBeFalse();
        ShouldBeTheColdBuild();
    }

    [Fact]
    public void DeltaBuilds_InARow_StayTheColdBuild()
    {
        BuildTwice();
        Append(" Officials declined to comment further.");
        Build().Delta.ShouldBeTrue();
        Append(" Officials declined to comment further. A spokesman said nothing.");
        Build().Delta.ShouldBeTrue();
        File.WriteAllText(_article, _original);
        Build().Delta.ShouldBeTrue();
        ShouldBeTheColdBuild();
    }

    [Fact]
    public void SourceFace_HashesEveryFieldOfADocument_ButItsTextAndSourceMap()
    {
        var fields = typeof(SourceDocument).GetProperties().Where(p => p.DeclaringType == typeof(SourceDocument)).Select(p => p.Name);
        fields.Except(SourceFace.LeftOut).Order(StringComparer.Ordinal).ShouldBe(SourceFace.Hashed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ListLinesReplaced_GiveWhatFormattingTheWholeListGives_AndNothingForAPathNotListed()
    {
        var records = new Dictionary<string, OutputRecord>(StringComparer.Ordinal)
        {
            ["a b/sources/x.html"] = new(new string('1', ContentHash.HexLength), 10),
            ["sources/x.html"] = new(new string('2', ContentHash.HexLength), 20),
            ["z.html"] = new(new string('3', ContentHash.HexLength), 30),
        };
        var list = ListOf(OutputRecord.Format(records), OutputRecord.Header, OutputList.AfterRecord);
        records["sources/x.html"] = new(new string('4', ContentHash.HexLength), 25);
        var patched = list.Replace([("sources/x.html", $"{new string('4', ContentHash.HexLength)} 25 sources/x.html")]);
        Encoding.UTF8.GetString(patched.ShouldNotBeNull()).ShouldBe(OutputRecord.Format(records));
        list.Replace([("sources/y.html", "x")]).ShouldBeNull();

        var fingerprints = new Dictionary<string, string>(StringComparer.Ordinal) { ["index.html"] = new string('a', ContentHash.HexLength), ["sources/x.html"] = new string('b', ContentHash.HexLength) };
        var pages = ListOf(PageFingerprints.Format(fingerprints), PageFingerprints.Header, OutputList.AfterFingerprint);
        fingerprints["sources/x.html"] = new string('c', ContentHash.HexLength);
        Encoding.UTF8.GetString(pages.Replace([("sources/x.html", $"{new string('c', ContentHash.HexLength)} sources/x.html")]).ShouldNotBeNull()).ShouldBe(PageFingerprints.Format(fingerprints));
    }

    private static OutputList ListOf(string formatted, string header, Func<ReadOnlySpan<byte>, int> prefix) =>
        OutputList.Of(Encoding.UTF8.GetBytes(formatted), header, prefix, () => throw new InvalidOperationException("the list is as formatted"));

    [Fact]
    public void BuildState_ReadsBackWhole_AndNotAtAllOnceDamaged()
    {
        var state = new BuildState
        {
            Basis = "b", ListsDigest = "l", Updated = "2020-01-02", EventsKey = "k", EventCount = 3, FileCount = 4, EventIds = ["e1"],
            Problems = [new SourceProblem("x.txt", "bad")],
            Inputs = [new InputEntry("a.txt", 10, 20, true, new SourceEntry("a", "k", new byte[32], [5, 9], [9], new byte[32], [(5, 0)])), new InputEntry("b.txt", 1, -1, false, null)],
        };
        byte[] bytes = state.Serialize();
        var back = BuildState.Parse(bytes)!;
        back.Serialize().ShouldBe(bytes);
        back.EventsKey.ShouldBe("k");
        // Serialized before the commit decides the output's lists and files (beside the site), and finished with them after.
        BuildState.Serialize((state with { ListsDigest = "", FileCount = 0 }).Body(), "l", 4).ShouldBe(bytes);
        back.Inputs[0].Source!.Links.ShouldBe([(5, 0)]);
        back.Inputs[0].Source!.Starts.ShouldBe([5, 9]);
        back.Inputs[0].Source!.PositionStarts.ShouldBe([9]);

        for (int i = 0; i < bytes.Length; i += 7)
        {
            byte[] damaged = (byte[])bytes.Clone();
            damaged[i] ^= 1;
            BuildState.Parse(damaged).ShouldBeNull();
        }
        BuildState.Parse(bytes[..^1]).ShouldBeNull();
    }

    [Fact]
    public void StateRecordedAfterADatedEdit_IsTheStateAFullBuildWithoutAnEarlierStateRecords()
    {
        Backdate();
        BuildTwice();
        Append(" The talks resumed on March 3, 2011.");
        // Long enough before either build for its time to be recorded by both.
        File.SetLastWriteTimeUtc(_article, DateTime.UtcNow.AddMinutes(-30));
        Build().Delta.ShouldBeFalse();
        byte[] recorded = File.ReadAllBytes(StateFile);

        File.Delete(StateFile);
        Build().Delta.ShouldBeFalse();

        File.ReadAllBytes(StateFile).ShouldBe(recorded);
    }

    [Fact]
    public void StateAfterADatedEdit_WorksOutTheLinksOfTheSourcesTheChangesReach_AndTakesTheOthersFromTheLastState()
    {
        Backdate();
        BuildTwice();
        Append(" The talks resumed on March 3, 2011.");
        _log.Clear();
        Build().Delta.ShouldBeFalse();

        string line = _log.Where(l => l.StartsWith("build state: the links of ", StringComparison.Ordinal)).ShouldHaveSingleItem();
        string[] words = line.Split(' ');
        int made = int.Parse(words[5], System.Globalization.CultureInfo.InvariantCulture), of = int.Parse(words[7], System.Globalization.CultureInfo.InvariantCulture);
        of.ShouldBe(Articles().Count());
        // The edited source, and those cited with it by the events merged again; not every source.
        made.ShouldBeInRange(1, of - 1);
    }

    [Fact]
    public void StateAfterADatedEditAndItsUndo_IsEachTimeTheStateAFullBuildWithoutAnEarlierStateRecords()
    {
        Backdate();
        BuildTwice();
        foreach (string text in new[] { " The talks resumed on March 3, 2011.", "", " Talks on March 3, 2011 and on April 9, 2011 were called off." })
        {
            Append(text);
            File.SetLastWriteTimeUtc(_article, DateTime.UtcNow.AddMinutes(-30));
            _log.Clear();
            Build().Delta.ShouldBeFalse();
            _log.ShouldContain(l => l.StartsWith("build state: the links of ", StringComparison.Ordinal));
            byte[] recorded = File.ReadAllBytes(StateFile);
            byte[] events = File.ReadAllBytes(_temp.Combine("cache", Core.Caching.EventCache.FileName));

            File.Delete(StateFile);
            Build().Delta.ShouldBeFalse();
            File.ReadAllBytes(StateFile).ShouldBe(recorded);
            // The second build reused the events: the next edit's changes are from them, as from the first build's.
            File.ReadAllBytes(_temp.Combine("cache", Core.Caching.EventCache.FileName)).ShouldBe(events);
        }
    }

    [Fact]
    public void FullBuild_TakesWhatTheLastStateRecordedOfASourceWithTheSameKey_AndDescribesTheEditedOneAfresh()
    {
        Backdate();
        BuildTwice();
        Append(" The talks resumed on March 3, 2011.");
        string edited = Path.GetRelativePath(_temp.Combine("in"), _article).Replace('\\', '/');
        var state = BuildState.Read(_temp.Combine("cache"))!;
        // A face no document has: only an entry taken from the last state, not one made again, can hold it.
        byte[] marked = Enumerable.Repeat((byte)0xAB, 32).ToArray();
        var inputs = state.Inputs.Select(e => e.Source is { } s ? e with { Source = s with { Face = marked } } : e).ToList();
        (state with { Inputs = inputs }).Write(_temp.Combine("cache"));

        Build().Delta.ShouldBeFalse();

        var after = BuildState.Read(_temp.Combine("cache"))!;
        after.Inputs.Where(e => e.Source is not null && e.Path != edited).ShouldAllBe(e => e.Source!.Face.SequenceEqual(marked));
        after.Inputs.Single(e => e.Path == edited).Source!.Face.ShouldNotBe(marked);
    }

    /// <summary>A delta build of the input into the warm output, told of what it finds as <see cref="DeltaBuild.Prepare"/> tells.</summary>
    private DeltaBuild PrepareWarm(Action<string, string>? changeFound = null, Action<string>? datedChangeFound = null) =>
        DeltaBuild.Prepare(EnglishRecognizer.Instance, new BuildSettings
        {
            Input = _temp.Combine("in"), Output = Warm, UseCache = true, CacheFolder = _temp.Combine("cache"),
        }, new Timeline.Core.Pipeline.StageTimes(), null, changeFound, datedChangeFound);

    [Fact]
    public void FirstChangedFile_IsNamedOnce_BeforeItIsRead_AndAnUnchangedRebuildNamesNone()
    {
        BuildTwice();
        var named = new List<string>();
        DeltaBuild Prepare() => PrepareWarm(changeFound: (input, path) => named.Add(path));

        Prepare().TryFinish(null).ShouldNotBeNull();
        named.ShouldBeEmpty();

        string other = Articles().ElementAt(3);
        File.AppendAllText(other, " Officials declined to comment further.\n");
        Append(" Officials declined to comment further.");
        Prepare().TryFinish(null).ShouldNotBeNull();

        named.ShouldBe([Path.GetRelativePath(_temp.Combine("in"), other).Replace('\\', '/')]);
    }

    [Fact]
    public void DatedChange_IsNamedOnlyWhenAnEditChangesTheDatedStatements()
    {
        BuildTwice();
        var named = new List<string>();
        DeltaBuild Prepare() => PrepareWarm(datedChangeFound: named.Add);

        Append(" Officials declined to comment further.");
        Prepare().TryFinish(null).ShouldNotBeNull();
        named.ShouldBeEmpty();

        Append(" The talks resumed on March 3, 2011.");
        Prepare().TryFinish(null).ShouldBeNull();

        named.ShouldBe([Path.GetRelativePath(_temp.Combine("in"), _article).Replace('\\', '/')]);
    }
}
