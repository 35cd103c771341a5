using System.Text.Json;
using Timeline.Site.Building;
using Timeline.Temporal;
using Timeline.Tests.Shared;

namespace Timeline.Site.Tests;

/// <summary>
/// Each article's text is in a data file of its own (data/sources/&lt;id&gt;.json), not in timeline.json,
/// so that an edit to one article rewrites one small file rather than the whole model.
/// </summary>
public sealed class SourceTextFileTests : IDisposable
{
    private const string Hostile = "In 1950 the \"war\" began <script>alert(1)</script> \\ back\tslash & more.";
    private const string Undated = "Nobody in the village could remember a quieter harvest than this one.";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private BuildReport Build(bool excerptsOnly = false) => new SiteBuild(EnglishRecognizer.Instance).Run(new BuildSettings
    {
        Input = _temp.Combine("in"),
        Output = _temp.Combine("site"),
        ExcerptsOnly = excerptsOnly,
        UseCache = true,
        CacheFolder = _temp.Combine("cache"),
    });

    private void WriteArticles()
    {
        _temp.Write("in/alpha.txt", $"Title: Alpha\nDate: 2023-07-28\n\n{Hostile}\n\n{Undated}\n");
        _temp.Write("in/beta.txt", "Title: Beta\nDate: 2023-07-29\n\nThe armistice was signed on July 27, 1953.\n");
    }

    private string SitePath(params string[] parts) => Path.Combine([_temp.Combine("site"), .. parts]);

    private static List<string> Sentences(JsonElement paragraphs) =>
        paragraphs.EnumerateArray().SelectMany(p => p.EnumerateArray()).Select(s => s.GetProperty("text").GetString()!).ToList();

    [Fact]
    public void EachSource_HasATextFile_HoldingItsSentencesAsJson_AndTimelineJsonDoesNot()
    {
        WriteArticles();
        Build();

        using var timeline = JsonDocument.Parse(File.ReadAllText(SitePath("timeline.json")));
        var alpha = timeline.RootElement.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "alpha");
        alpha.GetProperty("text_href").GetString().ShouldBe("data/sources/alpha.json");
        alpha.GetProperty("paragraphs").ValueKind.ShouldBe(JsonValueKind.Null);
        File.ReadAllText(SitePath("timeline.json")).ShouldNotContain("quieter harvest");

        string raw = File.ReadAllText(SitePath("data", "sources", "alpha.json"));
        raw.ShouldNotContain("\t", customMessage: "control characters are escaped");
        raw.ShouldNotContain("\"war\"", customMessage: "quotes are escaped");
        using var text = JsonDocument.Parse(raw);
        text.RootElement.GetProperty("schema_version").GetInt32().ShouldBe(3);
        text.RootElement.GetProperty("id").GetString().ShouldBe("alpha");
        text.RootElement.GetProperty("href").GetString().ShouldBe("sources/alpha.html");
        Sentences(text.RootElement.GetProperty("paragraphs")).ShouldBe([Hostile, Undated]);
        File.Exists(SitePath("data", "sources", "beta.json")).ShouldBeTrue();
    }

    [Fact]
    public void ExcerptsOnlySources_HaveNoTextFile_OnlyTheirQuotedPassagesInTimelineJson()
    {
        WriteArticles();
        Build(excerptsOnly: true);

        Directory.Exists(SitePath("data", "sources")).ShouldBeFalse();
        using var timeline = JsonDocument.Parse(File.ReadAllText(SitePath("timeline.json")));
        var alpha = timeline.RootElement.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "alpha");
        alpha.GetProperty("text_href").ValueKind.ShouldBe(JsonValueKind.Null);
        Sentences(alpha.GetProperty("paragraphs")).ShouldBe([Hostile], "the quoted passage, nothing else");
    }

    [Fact]
    public void AnEditToOneArticle_ChangesOnlyItsTextFile_AmongTheDataFiles()
    {
        WriteArticles();
        Build();
        var before = DataFiles();
        var written = before.ToDictionary(f => f.Key, f => File.GetLastWriteTimeUtc(SitePath(f.Key)));

        // An undated sentence at the end: no event, anchor or count changes, only the article's text.
        _temp.Write("in/alpha.txt", $"Title: Alpha\nDate: 2023-07-28\n\n{Hostile}\n\n{Undated} The barns were full.\n");
        Build().Analysed.ShouldBe(1);
        var after = DataFiles();

        after.Keys.ShouldBe(before.Keys);
        var changed = after.Keys.Where(k => !after[k].SequenceEqual(before[k])).ToList();
        changed.ShouldBe(["data/sources/alpha.json"]);
        foreach (string unchanged in after.Keys.Except(changed))
            File.GetLastWriteTimeUtc(SitePath(unchanged)).ShouldBe(written[unchanged], $"{unchanged} is carried over, not written again");
    }

    private SortedDictionary<string, byte[]> DataFiles()
    {
        string root = _temp.Combine("site");
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (string name in new[] { "timeline.json", "timelinejs.json", "events.ics" })
            files[name] = File.ReadAllBytes(Path.Combine(root, name));
        foreach (string file in Directory.EnumerateFiles(Path.Combine(root, "data"), "*", SearchOption.AllDirectories))
            files[Path.GetRelativePath(root, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        return files;
    }
}
