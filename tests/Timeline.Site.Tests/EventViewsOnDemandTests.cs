using System.Globalization;
using System.Text;
using Timeline.Site.Building;

namespace Timeline.Site.Tests;

/// <summary>
/// A rebuild after a dated edit of a paged site lists the sources of only the events it renders or writes again: each event's
/// view makes what it lists of its sources when read, the paging and the digests take the event's own fields, and the index is
/// fingerprinted with the digest of the list of every event (<c>ContentDigests.OfTimeline</c>) rather than a hash of every view.
/// The site is still byte for byte a cold build's.
/// </summary>
public sealed class EventViewsOnDemandTests : IDisposable
{
    // More events than one index page may list: the site is paged by decade (1900s to 1940s, about 520 events each).
    private const int ChronicleEvents = 2500;

    private readonly RebuildFolder _rebuilds = new();
    private readonly string _note;

    public EventViewsOnDemandTests()
    {
        var text = new StringBuilder("Title: Chronicle\nDate: 2024-01-01\n\n");
        var day = new DateOnly(1900, 1, 1);
        for (int i = 0; i < ChronicleEvents; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"A record was set on {day.AddDays(i * 7):MMMM d, yyyy}.");
            text.Append(i % 10 == 9 ? "\n\n" : " ");
        }
        _rebuilds.Temp.Write("in/chronicle.txt", text.ToString());
        _note = _rebuilds.Temp.Write("in/note.txt", "Title: A note\nDate: 2024-02-01\n\nThe harbour was opened on June 2, 1911.\n");
    }

    public void Dispose() => _rebuilds.Dispose();

    private string Warm => _rebuilds.Warm;

    private BuildReport Build(string? output = null, bool cache = true) => _rebuilds.Build(output, cache);

    /// <summary>How many events' views listed their sources in the last build, and of how many events, from its log.</summary>
    private (int Made, int Of) EventViews()
    {
        string line = _rebuilds.Lines.Single(l => l.StartsWith("events: ", StringComparison.Ordinal) && l.Contains(" views listed their sources", StringComparison.Ordinal));
        var numbers = line.Split(' ').Where(w => w.All(char.IsAsciiDigit) && w.Length > 0).Select(w => int.Parse(w, CultureInfo.InvariantCulture)).ToArray();
        return (numbers[0], numbers[1]);
    }

    private void ShouldBeTheColdBuild()
    {
        string cold = _rebuilds.Temp.Combine($"cold-{Guid.NewGuid():N}");
        Build(cold, cache: false);
        SiteFiles.ShouldBeSame(Warm, cold, "differs from a cold build");
        Directory.Delete(cold, recursive: true);
    }

    [Fact]
    public void DatedEdit_ListsTheSourcesOfTheEventsOnlyOfThePagesItRenders_AndGivesTheColdBuild()
    {
        var first = Build();
        File.Exists(Path.Combine(Warm, "decades", "1940s.html")).ShouldBeTrue("the site is paged");
        EventViews().Made.ShouldBe(first.Events, "a first build renders every event");
        File.AppendAllText(_note, "\nThe talks resumed on March 3, 1945.\n");

        var report = Build();

        report.Events.ShouldBe(first.Events + 1);
        var (made, of) = EventViews();
        of.ShouldBe(report.Events);
        made.ShouldBeGreaterThan(0);
        // The 1940s page is rendered again, and the 1930s page, whose link to it counts its events; the other decades' events are
        // carried over unread (every view was read when the index's fingerprint hashed them all).
        made.ShouldBeLessThan(of / 2, _rebuilds.Log);
        ShouldBeTheColdBuild();

        File.WriteAllText(_note, "Title: A note\nDate: 2024-02-01\n\nThe harbour was opened on June 2, 1911.\n");
        Build();
        EventViews().Made.ShouldBeLessThan(of / 2);
        ShouldBeTheColdBuild();
    }

    /// <summary>How many events and sources the last build took from the records of the one before, from its log; null when it took none.</summary>
    private (int Events, int OfEvents, int Sources, int OfSources)? Records()
    {
        string? line = _rebuilds.Lines.SingleOrDefault(l => l.StartsWith("records: ", StringComparison.Ordinal));
        if (line is null) return null;
        var n = line.Split(' ').Where(w => w.Length > 0 && w.All(char.IsAsciiDigit)).Select(w => int.Parse(w, CultureInfo.InvariantCulture)).ToArray();
        return (n[0], n[1], n[2], n[3]);
    }

    [Fact]
    public void DatedEdit_TakesTheEventsAndSourcesItsChangesDoNotReach_FromTheLastBuildsRecords_AndGivesTheColdBuild()
    {
        var first = Build();
        Records().ShouldBeNull("a first build has no records to take");
        File.AppendAllText(_note, "\nThe talks resumed on March 3, 1945.\n");

        var report = Build();

        var (events, ofEvents, sources, ofSources) = Records() ?? throw new ShouldAssertException(_rebuilds.Log);
        ofEvents.ShouldBe(report.Events);
        events.ShouldBeGreaterThan(first.Events / 2, "the chronicle's events are not reached by the note's edit");
        events.ShouldBeLessThan(ofEvents);
        ofSources.ShouldBe(2);
        sources.ShouldBe(1, "the chronicle is not reached");
        ShouldBeTheColdBuild();

        // Undone: the records of the edited build are taken in turn.
        File.WriteAllText(_note, "Title: A note\nDate: 2024-02-01\n\nThe harbour was opened on June 2, 1911.\n");
        Build();
        Records()!.Value.Events.ShouldBeGreaterThan(first.Events / 2);
        ShouldBeTheColdBuild();
    }
}
