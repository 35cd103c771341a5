using Timeline.Site.Building;
using Timeline.Site.Output;
using Timeline.Temporal;
using Timeline.Tests.Shared;

namespace Timeline.Site.Tests;

/// <summary>
/// A rebuild renders only the pages whose inputs changed and carries the others over, and the
/// site it leaves is byte for byte the one a build from nothing makes.
/// </summary>
public sealed class IncrementalRenderTests : IDisposable
{
    private const string First = "Title: Armistice\nDate: 2023-07-28\n\n" +
        "The war began in 1950. The armistice was signed on July 27, 1953. The border protocol was agreed in 1986.\n";

    private const string Second = "Title: Visit\nDate: 2023-07-29\n\n" +
        "The delegation visited Pyongyang from July 25 to July 27, 2023. Russia invaded Ukraine in February 2022.\n";

    private readonly TempFolder _temp = new();

    public IncrementalRenderTests()
    {
        _temp.Write("in/a.txt", First);
        _temp.Write("in/b.txt", Second);
    }

    public void Dispose() => _temp.Dispose();

    private string Output => _temp.Combine("site");

    private BuildReport Build(string? output = null, string? templates = null) => new SiteBuild(EnglishRecognizer.Instance).Run(new BuildSettings
    {
        Input = _temp.Combine("in"),
        Output = output ?? Output,
        Templates = templates,
        UseCache = false,
    });

    private int PageCount => File.ReadAllLines(Path.Combine(Output, PageFingerprints.FileName)).Length - 1;

    [Fact]
    public void Rebuild_WithNothingChanged_RendersNoPage_AndWritesNothing()
    {
        var first = Build();
        first.PagesRendered.ShouldBe(PageCount);

        var again = Build();

        again.PagesRendered.ShouldBe(0);
        again.FilesChanged.ShouldBe(0);
        AssertSameAsAFreshBuild();
    }

    [Fact]
    public void Rebuild_AfterANewDatedStatement_RendersOnlyThePagesThatShowIt()
    {
        Build();
        string untouched = Path.Combine(Output, "sources", "a.html");
        var before = File.GetLastWriteTimeUtc(untouched);
        _temp.Write("in/b.txt", Second.TrimEnd() + " The summit was held on March 3, 2019.\n");

        var report = Build();

        // The index (counts, overview), the new event, the source it came from and the list of sources
        // (its event count); not the other source's page nor the other events' pages.
        report.PagesRendered.ShouldBeInRange(4, 6);
        report.PagesRendered.ShouldBeLessThan(PageCount / 2);
        File.GetLastWriteTimeUtc(untouched).ShouldBe(before, "a page whose inputs did not change is carried over");
        AssertSameAsAFreshBuild();
    }

    [Fact]
    public void MissingOrCorruptFingerprints_RenderEveryPage()
    {
        Build();
        string store = Path.Combine(Output, PageFingerprints.FileName);
        File.Delete(store);
        Build().PagesRendered.ShouldBe(PageCount, "no fingerprints: nothing is known to be unchanged");

        var lines = File.ReadAllLines(store);
        lines[1] = "not a fingerprint " + lines[1][(ContentHash.HexLength + 1)..];
        File.WriteAllLines(store, lines);
        Build().PagesRendered.ShouldBe(PageCount, "one bad line discredits the whole list");

        File.WriteAllText(store, string.Join('\n', lines.Skip(1)) + "\n"); // no header: another format
        Build().PagesRendered.ShouldBe(PageCount);
        AssertSameAsAFreshBuild();
    }

    [Fact]
    public void SiteCheckedOutAgain_WithoutItsPageList_IsRenderedButWritesNothing()
    {
        // As a clone of a repository that commits the site leaves it: every file newer than the hash list (a checkout
        // writes files in its own order), and no page list (its fingerprints name the code version, so it is not committed).
        Build();
        var later = DateTime.UtcNow.AddMinutes(1);
        foreach (string file in Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories))
            if (Path.GetFileName(file) != OutputRecord.FileName) File.SetLastWriteTimeUtc(file, later);
        File.Delete(Path.Combine(Output, PageFingerprints.FileName));

        var again = Build();

        again.PagesRendered.ShouldBe(PageCount);
        again.FilesChanged.ShouldBe(0);
        File.Exists(Path.Combine(Output, PageFingerprints.FileName)).ShouldBeTrue();
        AssertSameAsAFreshBuild();
    }

    [Fact]
    public void PageEditedByHand_IsRenderedAgainThoughItsInputsDidNotChange()
    {
        Build();
        string page = Path.Combine(Output, "sources", "a.html");
        string original = File.ReadAllText(page);
        File.WriteAllText(page, original.Replace("Armistice", "Armistide")); // same length: only the time tells
        File.SetLastWriteTimeUtc(page, DateTime.UtcNow.AddMinutes(1));

        Build().PagesRendered.ShouldBe(1);
        File.ReadAllText(page).ShouldBe(original);
    }

    [Fact]
    public void ChangedTemplate_RendersEveryPage()
    {
        string theme = _temp.Combine("theme");
        _temp.Write("theme/assets/extra.css", "p { color: red; }\n");
        Build(templates: theme);

        // Only the event template changes, but an included file could be any of the theme's: every page is rendered.
        _temp.Write("theme/event.sbn", "<h1>{{ event.headline }}</h1>\n");
        Build(templates: theme).PagesRendered.ShouldBe(PageCount);
        Build(templates: theme).PagesRendered.ShouldBe(0);
    }

    private void AssertSameAsAFreshBuild()
    {
        string fresh = _temp.Combine("fresh");
        if (Directory.Exists(fresh)) Directory.Delete(fresh, recursive: true);
        Build(fresh);
        SiteFiles.ShouldBeSame(Output, fresh, "differs from a build from nothing");
    }
}
