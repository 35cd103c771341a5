using System.Globalization;
using System.Text.Json;
using Timeline.Site.Building;
using Timeline.Temporal;

namespace Timeline.Site.Tests;

/// <summary>
/// A rebuild whose events are relative to those the last build wrote its data files for (timeline.json, timelinejs.json, events.ics)
/// copies the events the changes do not list in runs of the last files (<see cref="Changes.EventRuns"/>), makes only the others at their
/// place, and leaves byte for byte the files a cold build of the same articles writes: for an event added, moved or dropped, a source
/// changed, and runs that begin or end at the files' first and last items.
/// </summary>
public sealed class DataFileRunsTests : IDisposable
{
    private const string BaseUrl = "https://example.org/timeline/";

    // An article with its own header, whose title a test may change.
    private readonly RebuildCorpus _corpus = new(text => text.StartsWith("Title: ", StringComparison.Ordinal));

    public void Dispose() => _corpus.Dispose();

    private string Warm => _corpus.Warm;

    private BuildReport Build(string? output = null, bool cache = true) => _corpus.Build(output, cache, BaseUrl);

    /// <summary>How many data file items the last build copied, and how many of them in runs of events, from its log.</summary>
    private (int Copied, int InRuns) Items()
    {
        string line = _corpus.LogLine("pages: ", " data file items copied");
        var numbers = System.Text.RegularExpressions.Regex.Matches(line.Split("; ")[2], "[0-9]+").Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToArray();
        return (numbers[0], numbers[1]);
    }

    /// <summary>The data files are a cold build's, and most of their events were copied in runs (three files list nearly every event).</summary>
    private void ShouldBeTheColdFiles_CopiedInRuns(BuildReport report)
    {
        Items().InRuns.ShouldBeGreaterThan(report.Events * 2, _corpus.Log);
        string cold = _corpus.NewFolder();
        Build(cold, cache: false);
        foreach (string file in new[] { "timeline.json", "timelinejs.json", "events.ics" })
            File.ReadAllText(Path.Combine(Warm, file)).ShouldBe(File.ReadAllText(Path.Combine(cold, file)), $"{file} differs from a cold build");
        SiteFiles.ShouldBeSame(Warm, cold, "differs from a cold build");
        Directory.Delete(cold, recursive: true);
    }

    private void Append(string text) => File.WriteAllText(_corpus.Article, _corpus.Original.TrimEnd() + text + "\n");

    /// <summary>The start year of the first and last events of timelinejs.json.</summary>
    private (int First, int Last) TimelineJsYears()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Warm, "timelinejs.json")));
        var events = json.RootElement.GetProperty("events");
        int Year(JsonElement e) => e.GetProperty("start_date").GetProperty("year").GetInt32();
        return (Year(events[0]), Year(events[events.GetArrayLength() - 1]));
    }

    /// <summary>The DTSTART of the first and last events of events.ics.</summary>
    private (string First, string Last) CalendarStarts()
    {
        var starts = File.ReadAllLines(Path.Combine(Warm, "events.ics")).Where(l => l.StartsWith("DTSTART", StringComparison.Ordinal)).ToList();
        return (starts[0], starts[^1]);
    }

    [Theory]
    [InlineData(" The talks resumed on March 3, 2011.")]
    [InlineData(" The ministers met again on 4 April 2012, and the talks resumed on March 3, 2011.")]
    [InlineData(" It was signed in 1953.")]
    public void EventAddedThenDropped_GivesTheColdFiles(string addition)
    {
        Build();
        Append(addition);
        ShouldBeTheColdFiles_CopiedInRuns(Build());

        File.WriteAllText(_corpus.Article, _corpus.Original);
        ShouldBeTheColdFiles_CopiedInRuns(Build());
    }

    [Fact]
    public void EventsAddedAtTheFirstAndLastItems_ThenDropped_GiveTheColdFiles()
    {
        Build();
        var (first, last) = TimelineJsYears();
        first.ShouldBeGreaterThan(1801);
        last.ShouldBeLessThan(2199);

        // The new first item had no separator before it; the old first one, now second, had none either and needs one.
        Append(" An earlier treaty was signed on 2 March 1801. The next round is set for 4 May 2199.");
        var report = Build();
        TimelineJsYears().ShouldBe((1801, 2199));
        CalendarStarts().ShouldBe(("DTSTART;VALUE=DATE:18010302", "DTSTART;VALUE=DATE:21990504"));
        ShouldBeTheColdFiles_CopiedInRuns(report);

        // And dropped: the runs now begin at the files' first items and end at their last.
        File.WriteAllText(_corpus.Article, _corpus.Original);
        report = Build();
        TimelineJsYears().ShouldBe((first, last));
        ShouldBeTheColdFiles_CopiedInRuns(report);
    }

    [Fact]
    public void EventMoved_IsMadeAtItsNewPlace_AndGivesTheColdFiles()
    {
        Build();
        // A date of the text changed in place: its statement leaves its event for one decades earlier.
        var dates = EnglishRecognizer.Instance.Recognize(_corpus.Original).Where(m => m.Value.IsResolved && m.Value.Precision == TimePrecision.Day).ToList();
        File.WriteAllText(_corpus.Article, _corpus.Original[..dates[^1].Start] + "1 March 1911" + _corpus.Original[dates[^1].End..]);

        ShouldBeTheColdFiles_CopiedInRuns(Build());
    }

    [Fact]
    public void SourceRetitled_RemakesTheEventsCitingIt_AndGivesTheColdFiles()
    {
        Build();
        string title = _corpus.Original.Split('\n')[0];
        File.WriteAllText(_corpus.Article, _corpus.Original.Replace(title, "Title: A new title for the article", StringComparison.Ordinal));

        var report = Build();

        File.ReadAllText(Path.Combine(Warm, "events.ics")).ShouldContain("A new title for the article");
        ShouldBeTheColdFiles_CopiedInRuns(report);
    }
}
