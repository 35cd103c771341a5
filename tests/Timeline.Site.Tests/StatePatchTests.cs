using Timeline.Core.Corpus;
using Timeline.Core.Events;
using Timeline.Site.Building;
using Timeline.Temporal;
using Timeline.Tests.Shared;
using static Timeline.Site.Tests.StateEvents;

namespace Timeline.Site.Tests;

/// <summary>
/// The state a dated edit's build records, patched from the last state's bytes (<see cref="StatePatch"/>), is byte for byte the one
/// recorded whole from the same build; and a state that is not of the events the changes are from is not patched.
/// </summary>
public sealed class StatePatchTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly List<string> _log = [];

    public StatePatchTests() => new CorpusGenerator(11).WriteTo(_temp.Combine("in"), 30);

    public void Dispose() => _temp.Dispose();

    private string Article(int index) => Directory.EnumerateFiles(_temp.Combine("in"), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ElementAt(index);

    private string StateFile => _temp.Combine("cache", BuildState.FileName);

    private BuildReport Build(bool whole = false)
    {
        lock (_log) _log.Clear();
        return new SiteBuild(EnglishRecognizer.Instance).Run(new BuildSettings
        {
            Input = _temp.Combine("in"),
            Output = _temp.Combine("warm"),
            CacheFolder = _temp.Combine("cache"),
            RecordStateWhole = whole,
        }, new Progress(_log));
    }

    private sealed class Progress(List<string> log) : IProgress<string>
    {
        public void Report(string value)
        {
            lock (log) log.Add(value);
        }
    }

    private bool WasPatched() => _log.Any(l => l.StartsWith("build state: ", StringComparison.Ordinal) && l.Contains(DeltaBuild.Patched, StringComparison.Ordinal));

    // Stamped well before the build, so that each build of the edit records the same time (one too close to a build is recorded as none).
    private static void Write(string file, string text)
    {
        File.WriteAllText(file, text);
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(-10));
    }

    /// <summary>
    /// Makes <paramref name="edit"/>, builds (the state patched), then builds the same edit again from the same cache and output with
    /// the state recorded whole: the two states must be the same bytes.
    /// </summary>
    private void PatchedStateShouldBeTheWholeOne(Action edit)
    {
        Build().Delta.ShouldBeFalse();
        Build().Delta.ShouldBeTrue();
        string before = _temp.Combine("before");
        Copy(_temp.Combine("cache"), Path.Combine(before, "cache"));
        Copy(_temp.Combine("warm"), Path.Combine(before, "warm"));
        edit();

        Build().Delta.ShouldBeFalse();
        WasPatched().ShouldBeTrue(string.Join("\n", _log));
        byte[] patched = File.ReadAllBytes(StateFile);

        foreach (string folder in new[] { "cache", "warm" })
        {
            Directory.Delete(_temp.Combine(folder), recursive: true);
            Copy(Path.Combine(before, folder), _temp.Combine(folder));
        }
        Build(whole: true).Delta.ShouldBeFalse();
        WasPatched().ShouldBeFalse();
        File.ReadAllBytes(StateFile).ShouldBe(patched);
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(file));
        }
    }

    [Fact]
    public void EventAdded_PatchedStateIsTheWholeOne()
    {
        string article = Article(15);
        PatchedStateShouldBeTheWholeOne(() => Write(article, File.ReadAllText(article).TrimEnd() + " The talks resumed on March 3, 2011.\n"));
    }

    [Fact]
    public void EventMoved_PatchedStateIsTheWholeOne()
    {
        string article = Article(15);
        string text = File.ReadAllText(article);
        // A date of the text (the first ones may be the metadata's), changed in place: its statement moves to another place in the timeline.
        var date = EnglishRecognizer.Instance.Recognize(text).Last(m => m.Value.IsResolved && m.Value.Precision == TimePrecision.Day);
        PatchedStateShouldBeTheWholeOne(() => Write(article, text[..date.Start] + "1 March 1911" + text[date.End..]));
    }

    [Fact]
    public void EventDropped_PatchedStateIsTheWholeOne()
    {
        string article = Article(15);
        string original = File.ReadAllText(article);
        Write(article, original.TrimEnd() + " The talks resumed on March 3, 2011.\n");
        PatchedStateShouldBeTheWholeOne(() => Write(article, original));
    }

    [Fact]
    public void SourcesChanged_OneWithoutANewDate_PatchedStateIsTheWholeOne()
    {
        string dated = Article(15), undated = Article(4);
        PatchedStateShouldBeTheWholeOne(() =>
        {
            Write(undated, File.ReadAllText(undated).TrimEnd() + " Officials declined to comment further.\n");
            Write(dated, File.ReadAllText(dated).TrimEnd() + " It was signed in 1953.\n");
        });
    }

    [Fact]
    public void BuildAfterAPatchedState_PatchesItAgain_AndGivesTheColdBuild()
    {
        string article = Article(15);
        string original = File.ReadAllText(article);
        Build();
        Build().Delta.ShouldBeTrue();
        Write(article, original.TrimEnd() + " The talks resumed on March 3, 2011.\n");
        Build();
        WasPatched().ShouldBeTrue();

        Write(article, original);
        Build().Delta.ShouldBeFalse();

        WasPatched().ShouldBeTrue(string.Join("\n", _log));
        _log.ShouldContain(l => l.StartsWith("events: merged again only around the statements of ", StringComparison.Ordinal));
        new SiteBuild(EnglishRecognizer.Instance).Run(new BuildSettings { Input = _temp.Combine("in"), Output = _temp.Combine("cold"), UseCache = false });
        SiteFiles.ShouldBeSame(_temp.Combine("warm"), _temp.Combine("cold"), "differs from a cold build");
    }

    [Fact]
    public void StateOfOtherEvents_IsNotPatched()
    {
        var (last, timeline) = OneSource(eventsKey: "other");

        Patch(last, timeline).ShouldBeNull();
    }

    [Fact]
    public void StateNotReadFromItsBytes_IsNotPatched()
    {
        var (last, timeline) = OneSource(eventsKey: "then");
        var unread = new BuildState { Basis = "b", ListsDigest = "", EventsKey = "then", EventIds = last.EventIds, Inputs = last.Inputs };

        Patch(last, timeline).ShouldNotBeNull();
        Patch(unread, timeline).ShouldBeNull();
    }

    [Fact]
    public void CarriedEventsOutOfTheLastStatesOrder_AreNotPatched()
    {
        var (last, _) = OneSource(eventsKey: "then");
        // e2 is carried but now stands before e1.
        var timeline = Timeline([Event("e2", Mention("a", 20)), Event("e1", Mention("a", 10))]);

        Patch(last, timeline).ShouldBeNull();
    }

    [Fact]
    public void CorruptState_IsNotRead()
    {
        var (last, _) = OneSource(eventsKey: "then");
        byte[] bytes = BuildState.Serialize(last.Body(), "", 0);
        bytes[bytes.Length / 2] ^= 0x20;

        BuildState.Parse(bytes).ShouldBeNull();
    }

    [Fact]
    public void PositionHash_IsTheNumberOfThePositionSuffix()
    {
        foreach (var (id, start) in new[] { ("001-some-article", 1234), ("b", 0), ("éclair-ünïcode", 98765432) })
            StatePatch.PositionHash(StatePatch.Fnv(2166136261, id), start)
                .ShouldBe(Convert.ToInt32(EventIds.PositionSuffix(id, start)[1..], 16));
    }

    // A state read back from its bytes (as a build reads it) of one source "a" with two statements, each its own event.
    private static (BuildState Last, TimelineData Timeline) OneSource(string eventsKey)
    {
        var entry = new SourceEntry("a", "key", new byte[32], [10, 20], [], new byte[32], [(10, 0), (20, 1)]);
        var state = new BuildState
        {
            Basis = "b", ListsDigest = "", EventsKey = eventsKey, EventIds = ["e1", "e2"],
            Inputs = [new InputEntry("a.txt", 1, 1, true, entry)],
        };
        var read = BuildState.Parse(BuildState.Serialize(state.Body(), "", 0))!;
        return (read, Timeline([Event("e1", Mention("a", 10)), Event("e2", Mention("a", 20))]));
    }

    // The events, of the document a.txt (source "a"), made from the events of the key "then", none of them changed.
    private static TimelineData Timeline(IReadOnlyList<TimelineEvent> events)
    {
        var document = new DocumentAnalysis(new Core.Sources.SourceDocument { Id = "a", Path = "a.txt", Title = "A", Text = "" }, [], [], [Mention("a", 10), Mention("a", 20)]);
        return new TimelineData([document], events) { EventsKey = "now", Changes = new TimelineChanges("then", [], [], []) };
    }

    private static byte[]? Patch(BuildState last, TimelineData timeline)
    {
        return StatePatch.Body(last, last with { Inputs = [] }, timeline, [(new Core.Sources.InputStat("a.txt", 1, 1), 1)],
            new Dictionary<string, string?> { ["a.txt"] = "key" }, new Dictionary<string, DocumentAnalysis> { ["a.txt"] = timeline.Documents[0] },
            _ => new byte[32], out _);
    }
}
