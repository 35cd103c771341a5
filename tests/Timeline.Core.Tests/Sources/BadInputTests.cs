using System.Text;
using Timeline.Core.Config;
using Timeline.Core.Sources;

namespace Timeline.Core.Tests.Sources;

/// <summary>Each bad file becomes one problem line naming it, and the build goes on without it.</summary>
public sealed class BadInputTests
{
    private const string Good = "date 2023-07-28\nTitle: Good\n\nThe festival opened on Friday.";

    /// <summary>Loads a folder holding the bad file beside a good one, and returns the single problem.</summary>
    private static SourceProblem OnlyProblem(string name, byte[] bytes, TimelineConfig? config = null)
    {
        using var folder = new TempFolder();
        folder.Write("good.txt", Good);
        folder.Write(name, bytes);
        var set = SourceLoader.LoadFolder(folder.Root, config ?? new TimelineConfig());
        set.Documents.Select(d => d.Path).ShouldBe(["good.txt"]);
        var problem = set.Problems.ShouldHaveSingleItem();
        problem.Path.ShouldBe(name);
        problem.Message.ShouldNotContain("\n");
        problem.Message.ShouldNotContain(folder.Root);
        return problem;
    }

    private static SourceProblem OnlyProblem(string name, string text, TimelineConfig? config = null) =>
        OnlyProblem(name, new UTF8Encoding(false).GetBytes(text), config);

    [Fact]
    public void BadInput_EmptyFile_IsReportedAndSkipped() =>
        OnlyProblem("empty.txt", []).Message.ShouldBe("the file is empty");

    [Fact]
    public void BadInput_WhiteSpaceOnly_IsReportedAndSkipped() =>
        OnlyProblem("blank.md", " \n\t\r\n").Message.ShouldBe("the file has no text, only white space");

    [Fact]
    public void BadInput_PngRenamedTxt_IsReportedAndSkipped()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89];
        OnlyProblem("photo.txt", png).Message.ShouldBe("the file is a PNG image, not text");
    }

    [Fact]
    public void BadInput_UnknownBinary_IsReportedAndSkipped() =>
        OnlyProblem("data.txt", [0x01, 0x02, 0x00, 0x00, 0x41, 0x42, 0x00, 0xFF]).Message.ShouldStartWith("the file is binary, not text");

    [Fact]
    public void BadInput_InvalidUtf8_IsReportedAndSkipped()
    {
        // Well-formed UTF-8 (the em dash) beside a byte that cannot start a sequence: damaged UTF-8, not Windows-1252.
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Seoul — the talks resumed on "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" Monday.")];
        OnlyProblem("broken.txt", bytes).Message.ShouldBe("the file is not valid UTF-8 (bad byte 0xC3 at offset 31); save it as UTF-8");
    }

    [Fact]
    public void BadInput_Utf16BomWithBrokenSurrogate_IsReportedAndSkipped()
    {
        byte[] bytes = [0xFF, 0xFE, (byte)'A', 0, 0x00, 0xD8, (byte)'B', 0];
        OnlyProblem("broken.txt", bytes).Message.ShouldStartWith("the file is not valid UTF-16 although its byte-order mark says so");
    }

    [Fact]
    public void BadInput_HugeFile_IsRefusedUnreadAboveTheLimit()
    {
        using var folder = new TempFolder();
        folder.Write("good.txt", Good);
        // 50 MB of ordinary text, generated here rather than committed.
        string path = Path.Combine(folder.Root, "huge.txt");
        using (var stream = new FileStream(path, FileMode.CreateNew))
        {
            byte[] line = Encoding.UTF8.GetBytes("The river rose again on Tuesday, the third flood since 2019.\n");
            long target = 50L * 1024 * 1024;
            for (long written = 0; written < target; written += line.Length) stream.Write(line);
        }
        var set = SourceLoader.LoadFolder(folder.Root, new TimelineConfig());
        set.Documents.Select(d => d.Path).ShouldBe(["good.txt"]);
        set.Problems.ShouldHaveSingleItem().ShouldBe(new SourceProblem("huge.txt", "the file is 50.0 MB, over the 10 MB limit for one source (max_source_megabytes in timeline.yml)"));
    }

    [Fact]
    public void BadInput_HugeFile_LimitIsConfigurable() =>
        OnlyProblem("big.txt", new string('a', 1024 * 1024 + 1), new TimelineConfig { MaxSourceMegabytes = 1 })
            .Message.ShouldBe("the file is 1.0 MB, over the 1 MB limit for one source (max_source_megabytes in timeline.yml)");

    [Fact]
    public void BadInput_MalformedHtml_IsRepairedAsABrowserWould()
    {
        using var folder = new TempFolder();
        folder.Write("broken.html", "<html><head><title>Dam opens</title><body><div><p>The dam opened on <b>June 3</b></div></i><p>Water reached the town the next day<table><td>and stayed");
        var set = SourceLoader.LoadFolder(folder.Root, new TimelineConfig());
        set.Problems.ShouldBeEmpty();
        var doc = set.Documents.ShouldHaveSingleItem();
        doc.Title.ShouldBe("Dam opens");
        doc.Text.ShouldBe("The dam opened on June 3\n\nWater reached the town the next day\n\nand stayed");
    }

    [Fact]
    public void BadInput_HtmlWithNoText_IsReportedAndSkipped() =>
        OnlyProblem("empty.html", "<html><head><title>Only a title</title><script>var a = 1;</script></head><body><nav>Home</nav><img src=a.png></body></html>")
            .Message.ShouldBe("no article text found in the HTML");

    [Fact]
    public void BadInput_UnterminatedFrontMatter_IsReportedAndSkipped() =>
        OnlyProblem("open.md", "---\ntitle: Never closed\ndate: 2023-07-28\n\nThe body starts here.\n")
            .Message.ShouldBe("the front matter opened by '---' on line 1 is never closed by a '---' line");

    [Fact]
    public void BadInput_InvalidYamlFrontMatter_IsReportedAndSkipped() =>
        OnlyProblem("bad.md", "---\ntitle: Fine\ndate: [2023-07-28\n---\nBody.\n")
            .Message.ShouldStartWith("invalid YAML in the front matter at line ");

    [Fact]
    public void BadInput_FrontMatterWithADuplicateKey_IsReportedAndSkipped() =>
        OnlyProblem("twice.md", "---\ntitle: One\ntitle: Two\n---\nBody.\n").Message.ShouldBe("invalid YAML in the front matter at line 2: Encountered duplicate key title");

    [Fact]
    public void BadInput_FrontMatterThatIsNotAMap_IsReportedAndSkipped() =>
        OnlyProblem("list.md", "---\n- one\n- two\n---\nBody.\n").Message.ShouldBe("the front matter is not a set of 'key: value' lines");

    [Theory]
    [InlineData("feb.txt", "date 2023-02-30\n\nThe talks began.", "header: date 2023-02-30: '2023-02-30' is not a date that exists; correct it, or give the date in timeline.yml")]
    [InlineData("feb.md", "---\ndate: 2023-02-30\n---\nThe talks began.\n", "front matter: date 2023-02-30: '2023-02-30' is not a date that exists; correct it, or give the date in timeline.yml")]
    [InlineData("feb.html", "<html><head><meta property=\"article:published_time\" content=\"2023-02-30T10:00:00Z\"></head><body><p>The talks began.</p></body></html>",
        "HTML <meta property=\"article:published_time\" content=\"2023-02-30T10:00:00Z\">: '2023-02-30T10:00:00Z' is not a date that exists; correct it, or give the date in timeline.yml")]
    public void BadInput_DateThatDoesNotExist_IsReportedAndSkipped(string name, string content, string message) =>
        OnlyProblem(name, content).Message.ShouldBe(message);

    [Fact]
    public void BadInput_DateThatDoesNotExist_InConfig_IsReportedAndSkipped()
    {
        var config = new TimelineConfig { Sources = { ["feb.txt"] = new SourceMetadata { Date = "2023-02-30" } } };
        OnlyProblem("feb.txt", "The talks began.", config).Message.ShouldBe("timeline.yml gives it the date '2023-02-30' is not a date that exists");
    }

    [Fact]
    public void BadInput_DateThatIsNoDate_IsReportedAndSkipped() =>
        OnlyProblem("when.md", "---\ndate: last Tuesday\n---\nThe talks began.\n")
            .Message.ShouldBe("front matter: date last Tuesday: 'last Tuesday' is not a date (expected YYYY-MM-DD); correct it, or give the date in timeline.yml");

    [Theory]
    [InlineData("js.txt", "URL: javascript:alert(1)\n\nThe talks began.")]
    [InlineData("js.md", "---\nurl: javascript:alert(1)\n---\nThe talks began.\n")]
    [InlineData("js.html", "<html><head><link rel=canonical href=\"javascript:alert(1)\"></head><body><p>The talks began.</p></body></html>")]
    public void BadInput_JavascriptUrl_IsReportedAndSkipped(string name, string content) =>
        OnlyProblem(name, content).Message.ShouldBe("the url 'javascript:alert(1)' is not an http(s) address");

    [Fact]
    public void BadInput_JavascriptUrl_InConfig_IsReportedAndSkipped()
    {
        var config = new TimelineConfig { Sources = { ["a.txt"] = new SourceMetadata { Url = "JavaScript:alert(document.cookie)" } } };
        OnlyProblem("a.txt", "The talks began.", config).Message.ShouldBe("the url 'JavaScript:alert(document.cookie)' (from timeline.yml) is not an http(s) address");
    }

    [Fact]
    public void BadInput_DuplicateIds_SecondInPathOrderIsReportedAndSkipped()
    {
        using var folder = new TempFolder();
        folder.Write("2023/talks.txt", "The talks began.");
        folder.Write("2024/talks.md", "The talks ended.");
        var set = SourceLoader.LoadFolder(folder.Root, new TimelineConfig());
        set.Documents.ShouldHaveSingleItem().Path.ShouldBe("2023/talks.txt");
        set.Problems.ShouldHaveSingleItem().ShouldBe(new SourceProblem("2024/talks.md",
            "source id 'talks' is already used by 2023/talks.txt; give one of them its own 'id' in timeline.yml"));
    }

    [Fact]
    public void BadInput_DuplicateIds_SettledByAnIdInConfig()
    {
        using var folder = new TempFolder();
        folder.Write("2023/talks.txt", "The talks began.");
        folder.Write("2024/talks.md", "The talks ended.");
        var config = new TimelineConfig { Sources = { ["2024/talks.md"] = new SourceMetadata { Id = "talks-2024" } } };
        var set = SourceLoader.LoadFolder(folder.Root, config);
        set.Problems.ShouldBeEmpty();
        set.Documents.Select(d => d.Id).ShouldBe(["talks", "talks-2024"]);
    }

    [Fact]
    public void BadInput_UnreadableFile_IsReportedAndSkipped()
    {
        if (OperatingSystem.IsWindows()) return;
        using var folder = new TempFolder();
        folder.Write("good.txt", Good);
        string path = folder.Write("locked.txt", "The talks began.");
        File.SetUnixFileMode(path, UnixFileMode.None);
        try
        {
            // root reads any file regardless of its mode: then there is nothing to test here.
            try { File.ReadAllBytes(path); return; } catch (UnauthorizedAccessException) { }
            var set = SourceLoader.LoadFolder(folder.Root, new TimelineConfig());
            set.Documents.ShouldHaveSingleItem();
            set.Problems.ShouldHaveSingleItem().ShouldBe(new SourceProblem("locked.txt", "the file cannot be read (permission denied)"));
        }
        finally
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [Fact]
    public void BadInput_LockedFile_IsReportedAndSkipped()
    {
        using var folder = new TempFolder();
        folder.Write("good.txt", Good);
        string path = folder.Write("locked.txt", "The talks began.");
        using var holder = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        var set = SourceLoader.LoadFolder(folder.Root, new TimelineConfig());
        set.Documents.ShouldHaveSingleItem().Path.ShouldBe("good.txt");
        var problem = set.Problems.ShouldHaveSingleItem();
        problem.Path.ShouldBe("locked.txt");
        problem.Message.ShouldStartWith("the file cannot be read (");
        problem.Message.ShouldNotContain(folder.Root);
    }

    [Fact]
    public void BadInput_ConfigNamesAMissingFile_IsReported()
    {
        using var folder = new TempFolder();
        folder.Write("good.txt", Good);
        var config = new TimelineConfig { Sources = { ["godo.txt"] = new SourceMetadata { Title = "Typo" } } };
        var set = SourceLoader.LoadFolder(folder.Root, config);
        set.Documents.ShouldHaveSingleItem();
        set.Problems.ShouldHaveSingleItem().ShouldBe(new SourceProblem("timeline.yml", "'sources' names 'godo.txt', which is not among the input files (missing, misspelt, or excluded)"));
    }
}
