using Timeline.Core.Config;
using Timeline.Core.Events;
using Timeline.Core.Pipeline;
using Timeline.Site.Changes;
using Timeline.Site.Model;
using Timeline.Temporal;
using Timeline.Tests.Shared;

namespace Timeline.Site.Tests;

/// <summary>
/// What a build records of each event and source (<see cref="EventRecords"/>, in <c>site-digests.bin</c>), and what a rebuild whose
/// changes are relative to those events takes of it: the events the changes do not list, the sources they do not reach.
/// </summary>
public sealed class EventRecordsTests : IDisposable
{
    private static readonly SiteInfo Site = new("Timeline", null, null, "Timeline");

    private readonly TempFolder _temp = new();
    private readonly TimelineData _timeline;
    private readonly SiteModel _model;
    private readonly ContentDigests _digests;

    public EventRecordsTests()
    {
        using var corpus = new TempFolder();
        new Core.Corpus.CorpusGenerator(11).WriteTo(corpus.Path, 30);
        _timeline = new TimelinePipeline(EnglishRecognizer.Instance).Run(corpus.Path, ConfigLoader.LoadFromFolder(corpus.Path)).Timeline with { EventsKey = "k1" };
        _model = SiteModelBuilder.Build(_timeline, Site);
        _digests = ContentDigests.Of(_timeline, _model, SourceDigests.Of(_timeline, null));
    }

    public void Dispose() => _temp.Dispose();

    private EventRecords Recorded(EventRecords.Taken? taken = null)
    {
        new SiteDigests("basis", new Dictionary<string, UInt128>(), new Dictionary<string, PageDigest>())
        {
            RecordEvents = writer => EventRecords.Write(writer, "k1", _timeline, _model, _digests, taken),
        }.Write(_temp.Path);
        return SiteDigests.Read(_temp.Path)?.Events ?? throw new ShouldAssertException("no records read back");
    }

    private byte[] File() => System.IO.File.ReadAllBytes(Path.Combine(_temp.Path, SiteDigests.FileName));

    [Fact]
    public void TheRecordsOfTheEventsTaken_AreWrittenAgainAsTheyWereRecorded_TheSameBytesAsMadeWhole()
    {
        var records = Recorded();
        byte[] whole = File();
        int changed = _timeline.Events.Count / 2;
        var taken = records.Take(_timeline with { Changes = new TimelineChanges("k1", [], [changed], [_timeline.Events[changed].Id]) })!;
        taken.SameSources.ShouldBeTrue();

        Recorded(taken);

        File().ShouldBe(whole);
        taken.Records.Count(r => r.Length > 0).ShouldBe(_timeline.Events.Count - 1);
    }

    private static HashSet<string> Cited(TimelineEvent e) => e.Mentions.Select(m => m.SourceId).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Records_AreTakenOnlyForChangesRelativeToTheEventsTheyWereMadeOf()
    {
        var records = Recorded();

        records.Key.ShouldBe("k1");
        records.Take(_timeline).ShouldBeNull("no changes: everything may differ");
        records.Take(_timeline with { Changes = new TimelineChanges("k0", [], [], []) }).ShouldBeNull("changes relative to other events");
        records.Take(_timeline with { Changes = new TimelineChanges("k1", [], [], []) })!.Events.ShouldBe(_timeline.Events.Count);
    }

    [Fact]
    public void AnEventTheChangesList_IsMadeAgain_AndTheSourcesItCitesAreReached_TheOthersAreTheRecordedOnes()
    {
        var records = Recorded();
        int changed = _timeline.Events.ToList().FindIndex(e => Cited(e).Count > 1);
        string source = _timeline.Documents[^1].Source.Id;

        var taken = records.Take(_timeline with { Changes = new TimelineChanges("k1", [source], [changed], [_timeline.Events[changed].Id]) })!;

        taken.Events.ShouldBe(_timeline.Events.Count - 1);
        taken.Estimates[changed].ShouldBeNull();
        for (int i = 0; i < _timeline.Events.Count; i++)
        {
            if (i == changed) continue;
            taken.Own[i].ShouldBe(_digests.OwnDigestsMade[i]);
            taken.Estimates[i].ShouldBe(Paging.Estimate(_model.Events[i]));
            taken.Views[i].ShouldBe(_digests.Events[_timeline.Events[i].Id]);
        }
        taken.Views[changed].ShouldBe(UInt128.Zero, "not taken: its page is looked at");
        taken.Affected.ShouldBe(Cited(_timeline.Events[changed]).Append(source).Distinct().Order(StringComparer.Ordinal), ignoreOrder: true);
        taken.Sources[source].Events.ShouldBe(_model.Sources.Single(s => s.Id == source).EventCount);
        // The events whose reports the sources reached are gathered from: every event citing one, found from the records.
        var citing = Enumerable.Range(0, _timeline.Events.Count).Where(i => i == changed || Cited(_timeline.Events[i]).Overlaps(taken.Affected)).ToList();
        taken.Citing.ShouldBe(citing);
        citing.Count.ShouldBeGreaterThan(1);
        citing.Count.ShouldBeLessThan(_timeline.Events.Count);
    }

    [Fact]
    public void AnEventDropped_ReachesTheSourcesItCited_FromTheRecords()
    {
        var records = Recorded();
        int gone = _timeline.Events.ToList().FindIndex(e => Cited(e).Count > 1);
        var events = _timeline.Events.Where((_, i) => i != gone).ToList();

        var taken = records.Take(_timeline with { Events = events, Changes = new TimelineChanges("k1", [], [], [_timeline.Events[gone].Id]) })!;

        taken.Events.ShouldBe(events.Count);
        taken.Affected.ShouldBe(Cited(_timeline.Events[gone]), ignoreOrder: true);
    }

    [Fact]
    public void AnEventTheChangesDoNotList_ThatIsNotTheRecordedOne_TakesNothing()
    {
        var records = Recorded();
        var events = _timeline.Events.ToList();
        (events[1], events[2]) = (events[2], events[1]);

        records.Take(_timeline with { Events = events, Changes = new TimelineChanges("k1", [], [], []) }).ShouldBeNull();
        records.Take(_timeline with { Events = events[1..], Changes = new TimelineChanges("k1", [], [], []) }).ShouldBeNull("an event gone and not dropped");
    }
}
