using System.Globalization;
using System.Text.Json;
using Timeline.Core.Corpus;
using Timeline.Site.Building;
using Timeline.Temporal;
using Timeline.Tests.Shared;

namespace Timeline.Site.Tests;

/// <summary>
/// A rebuild whose events are relative to those the last build wrote its data files for (timeline.json, timelinejs.json, events.ics)
/// copies the events the changes do not list in runs of the last files (<see cref="Changes.EventRuns"/>), makes only the others at their
/// place, and leaves byte for byte the files a cold build of the same articles writes: for an event added, moved or dropped, a source
/// changed, and runs that begin or end at the files' first and last items.
/// </summary>
public sealed class DataFileRunsTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _article;
    private readonly string _original;
    private readonly List<string> _log = [];

    public DataFileRunsTests()
    {
        new CorpusGenerator(11).WriteTo(_temp.Combine("in"), 30);
        // An article with its own header, whose title a test may change.
        _article = Directory.EnumerateFiles(_temp.Combine("in"), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Where(f => File.ReadAllText(f).StartsWith("Title: ", StringComparison.Ordinal)).ElementAt(3);
        _original = File.ReadAllText(_article);
    }

    public void Dispose() => _temp.Dispose();

    private string Warm => _temp.Combine("warm");

    private BuildReport Build(string? output = null, bool cache = true)
    {
        lock (_log) _log.Clear();
        return new SiteBuild(EnglishRecognizer.Instance).Run(new BuildSettings
        {
            Input = _temp.Combine("in"),
            Output = output ?? Warm,
            UseCache = cache,
            CacheFolder = cache ? _temp.Combine("cache") : null,
            BaseUrl = "https://example.org/timeline/",
        }, new Progress(_log));
    }

    private sealed class Progress(List<string> log) : IProgress<string>
    {
        public void Report(string value)
        {
            lock (log) log.Add(value);
        }
    }

    /// <summary>How many data file items the last build copied, and how many of them in runs of events, from its log.</summary>
    private (int Copied, int InRuns) Items()
    {
        string line = _log.Single(l => l.StartsWith("pages: ", StringComparison.Ordinal) && l.Contains(" data file items copied", StringComparison.Ordinal));
        var numbers = System.Text.RegularExpressions.Regex.Matches(line.Split("; ")[2], "[0-9]+").Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToArray();
        return (numbers[0], numbers[1]);
    }

    /// <summary>The data files are a cold build's, and most of their events were copied in runs (three files list nearly every event).</summary>
    private void ShouldBeTheColdFiles_CopiedInRuns(BuildReport report)
    {
        Items().InRuns.ShouldBeGreaterThan(report.Events * 2, string.Join("\n", _log));
        string cold = _temp.Combine($"cold-{Guid.NewGuid():N}");
        Build(cold, cache: false);
        foreach (string file in new[] { "timeline.json", "timelinejs.json", "events.ics" })
            File.ReadAllText(Path.Combine(Warm, file)).ShouldBe(File.ReadAllText(Path.Combine(cold, file)), $"{file} differs from a cold build");
        SiteFiles.ShouldBeSame(Warm, cold, "differs from a cold build");
        Directory.Delete(cold, recursive: true);
    }

    private void Append(string text) => File.WriteAllText(_article, _original.TrimEnd() + text + "\n");

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

        File.WriteAllText(_article, _original);
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
        File.WriteAllText(_article, _original);
        report = Build();
        TimelineJsYears().ShouldBe((first, last));
        ShouldBeTheColdFiles_CopiedInRuns(report);
    }

    [Fact]
    public void EventMoved_IsMadeAtItsNewPlace_AndGivesTheColdFiles()
    {
        Build();
        // A date of the text changed in place: its statement leaves its event for one decades earlier.
        var dates = EnglishRecognizer.Instance.Recognize(_original).Where(m => m.Value.IsResolved && m.Value.Precision == TimePrecision.Day).ToList();
        File.WriteAllText(_article, _original[..dates[^1].Start] + "1 March 1911" + _original[dates[^1].End..]);

        ShouldBeTheColdFiles_CopiedInRuns(Build());
    }

    [Fact]
    public void SourceRetitled_RemakesTheEventsCitingIt_AndGivesTheColdFiles()
    {
        Build();
        string title = _original.Split('\n')[0];
        File.WriteAllText(_article, _original.Replace(title, "Title: A new title for the article", StringComparison.Ordinal));

        var report = Build();

        File.ReadAllText(Path.Combine(Warm, "events.ics")).ShouldContain("A new title for the article");
        ShouldBeTheColdFiles_CopiedInRuns(report);
    }
}
