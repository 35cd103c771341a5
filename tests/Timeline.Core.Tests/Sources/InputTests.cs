using Timeline.Core.Config;
using Timeline.Core.Sources;

namespace Timeline.Core.Tests.Sources;

public sealed class InputTests
{
    private static TempFolder Corpus()
    {
        var folder = new TempFolder();
        folder.Write("a.txt", "The first article.");
        folder.Write("news/b.md", "The second article.\n");
        folder.Write("news/2023/c.html", "<p>The third article.</p>");
        folder.Write("drafts/d.md", "A draft.\n");
        folder.Write("news/e.draft.md", "Another draft.\n");
        folder.Write("notes.docx", "not a source");
        folder.Write(".hidden/f.txt", "Hidden.");
        folder.Write("timeline.yml", "title: T\n");
        return folder;
    }

    [Fact]
    public void Inputs_FolderIsSearchedRecursively_SupportedFilesOnly_HiddenSkipped()
    {
        using var folder = Corpus();
        var set = SourceLoader.LoadFolder(folder.Root, new TimelineConfig());
        set.Problems.ShouldBeEmpty();
        set.Documents.Select(d => d.Path).ShouldBe(["a.txt", "drafts/d.md", "news/2023/c.html", "news/b.md", "news/e.draft.md"]);
    }

    [Fact]
    public void Inputs_OfAWalkMadeBefore_AreTakenFilteredByTheGlobs_WithoutWalkingTheFolderAgain()
    {
        using var folder = Corpus();
        var config = new TimelineConfig { Exclude = ["drafts/"] };
        // news/b.md is on disk but not in the walk (added after it): the set is the walk's.
        var set = SourceLoader.LoadFolder(folder.Root, config, walked: ["a.txt", "drafts/d.md", "news/2023/c.html"]);
        set.Documents.Select(d => d.Path).ShouldBe(["a.txt", "news/2023/c.html"]);
    }

    [Fact]
    public void Inputs_ExcludeGlobs()
    {
        using var folder = Corpus();
        var config = new TimelineConfig { Exclude = ["drafts/", "*.draft.md"] };
        SourceLoader.LoadFolder(folder.Root, config).Documents.Select(d => d.Path).ShouldBe(["a.txt", "news/2023/c.html", "news/b.md"]);
    }

    [Fact]
    public void Inputs_IncludeGlobs()
    {
        using var folder = Corpus();
        var config = new TimelineConfig { Include = ["news/**/*.md", "news/**/*.html"], Exclude = ["**/*.draft.md"] };
        SourceLoader.LoadFolder(folder.Root, config).Documents.Select(d => d.Path).ShouldBe(["news/2023/c.html", "news/b.md"]);
    }

    [Theory]
    [InlineData("*.md", "news/b.md", true)]
    [InlineData("*.md", "b.md", true)]
    [InlineData("news/*.md", "news/b.md", true)]
    [InlineData("news/*.md", "news/2023/b.md", false)]
    [InlineData("news/**/*.md", "news/b.md", true)]
    [InlineData("news/**/*.md", "news/2023/x/b.md", true)]
    [InlineData("news/**", "news/2023/b.md", true)]
    [InlineData("drafts/", "drafts/x/y.md", true)]
    [InlineData("./a?.txt", "ab.txt", true)]
    [InlineData("a?.txt", "a/b.txt", false)]
    [InlineData("*.MD", "b.md", false)]
    [InlineData("a+b(1).txt", "a+b(1).txt", true)]
    public void Inputs_GlobMatching(string pattern, string path, bool matches) =>
        new Glob(pattern).IsMatch(path).ShouldBe(matches);

    [Fact]
    public void Inputs_ExplicitFiles_InAnyOrderGiveTheSameResult()
    {
        using var folder = Corpus();
        string[] files = [Path.Combine(folder.Root, "news/b.md"), Path.Combine(folder.Root, "a.txt"), Path.Combine(folder.Root, "news/2023/c.html")];
        var forward = SourceLoader.LoadFiles(files, new TimelineConfig(), folder.Root);
        var backward = SourceLoader.LoadFiles(files.Reverse(), new TimelineConfig(), folder.Root);
        forward.Problems.ShouldBeEmpty();
        forward.Documents.Select(d => d.Path).ShouldBe(["a.txt", "news/2023/c.html", "news/b.md"]);
        backward.Documents.ShouldBe(forward.Documents);
    }

    [Fact]
    public void Inputs_ExplicitFiles_UseConfigByRelativePath_AndReportMissingOrUnsupported()
    {
        using var folder = Corpus();
        var config = new TimelineConfig { Sources = { ["news/b.md"] = new SourceMetadata { Title = "From config" } } };
        string[] files = [Path.Combine(folder.Root, "news/b.md"), Path.Combine(folder.Root, "news/b.md"), Path.Combine(folder.Root, "gone.txt"), Path.Combine(folder.Root, "notes.docx")];
        var set = SourceLoader.LoadFiles(files, config, folder.Root);
        set.Documents.ShouldHaveSingleItem().Title.ShouldBe("From config");
        set.Problems.ShouldBe([
            new SourceProblem("notes.docx", "not a source file (expected .txt, .md, .markdown, .html or .htm)"),
            new SourceProblem("gone.txt", "the file does not exist"),
        ]);
    }

    [Fact]
    public void Inputs_ExplicitFilesOutsideTheBaseFolder_AreKnownByName_TheSameNameTwiceIsRefused()
    {
        using var base_ = new TempFolder();
        using var other = new TempFolder();
        string one = other.Write("x/report.txt", "First.");
        string two = other.Write("y/report.txt", "Second.");
        foreach (string[] order in (string[][])[[one, two], [two, one]])
        {
            var set = SourceLoader.LoadFiles(order, new TimelineConfig(), base_.Root);
            set.Documents.ShouldHaveSingleItem().Text.ShouldBe("First.");
            set.Documents[0].Path.ShouldBe("report.txt");
            set.Problems.ShouldBe([new SourceProblem("report.txt", "another input file outside the base folder has the same name")]);
        }
    }

    [Fact]
    public void Inputs_ResultDoesNotDependOnTheFolderPath()
    {
        using var one = Corpus();
        using var two = Corpus();
        var a = SourceLoader.LoadFolder(one.Root, new TimelineConfig());
        var b = SourceLoader.LoadFolder(two.Root + Path.DirectorySeparatorChar, new TimelineConfig());
        b.Documents.Select(Describe).ShouldBe(a.Documents.Select(Describe));
    }

    private static string Describe(SourceDocument d) => $"{d.Id}|{d.Path}|{d.Title}|{d.Text}|{d.Published}|{d.PublishedBasis}";
}
