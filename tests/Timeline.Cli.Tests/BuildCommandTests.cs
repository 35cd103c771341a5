using Timeline.Cli.Commands;
using Timeline.Site.Building;
using Timeline.Tests.Shared;

namespace Timeline.Cli.Tests;

public sealed class BuildCommandTests
{
    private const string Article = "Date: 2023-07-28\n\nThe armistice was signed on July 27, 1953, ending the fighting.\n";

    [Fact]
    public void Build_PrintsProgressLinesAndAOneLineSummary_WhenOutputIsRedirected()
    {
        using var temp = new TempFolder();
        temp.Write("in/a.txt", Article);
        var console = new ConsoleCapture();

        int exit = BuildCommand.Run(console.Console, new BuildSettings { Input = temp.Combine("in"), Output = temp.Combine("out") });

        exit.ShouldBe(0, console.Text);
        console.Text.ShouldContain("  a.txt");
        console.Text.ShouldMatch(@"Built .*out: 1 sources, 1 events, \d+ files in \d+\.\d\d s");
        File.Exists(temp.Combine("out", "index.html")).ShouldBeTrue();
    }

    [Fact]
    public void Build_WithTimings_ReportsEachStageTheCollectorAndTheCompiler()
    {
        using var temp = new TempFolder();
        temp.Write("in/a.txt", Article);
        var console = new ConsoleCapture();

        int exit = BuildCommand.Run(console.Console, new BuildSettings { Input = temp.Combine("in"), Output = temp.Combine("out") }, timings: true);

        exit.ShouldBe(0, console.Text);
        console.Text.ShouldMatch(@"\(process start to the build\) +wall +\d+\.\d\d s +cpu +\d+\.\d\d s");
        console.Text.ShouldMatch(@"\n  events +wall +\d+\.\d\d s +cpu +\d+\.\d\d s");
        console.Text.ShouldMatch(@"gc: \d+ / \d+ / \d+ collections of generation 0 / 1 / 2, paused \d+\.\d\d s, \d+ MB allocated");
        // The state recorded beside the site is told its own thread's CPU, where the system tells it.
        if (OperatingSystem.IsLinux()) console.Text.ShouldMatch(@"\(recorded beside the site\) +wall +\d+\.\d\d s +cpu +\d+\.\d\d s.*\(its own thread: cpu \d+\.\d\d s\)");
        // Even this one-article build compiles something (its own test code, at least): the count is the process's own.
        console.Text.ShouldMatch(@"jit: [1-9]\d* methods compiled \(\d+ KB of IL\), \d+\.\d\d s in the compiler");
    }

    [Fact]
    public void Build_FailsWithOneLineReason_WhenTheInputFolderIsMissing()
    {
        using var temp = new TempFolder();
        var console = new ConsoleCapture();

        int exit = BuildCommand.Run(console.Console, new BuildSettings { Input = temp.Combine("nope"), Output = temp.Combine("out") });

        exit.ShouldNotBe(0);
        console.Text.Trim().ShouldStartWith("error: build failed: input folder");
        Directory.Exists(temp.Combine("out")).ShouldBeFalse();
    }

    [Fact]
    public void Build_WithABrokenTemplate_FailsNamingTheTemplateAndKeepsThePreviousSite()
    {
        using var temp = new TempFolder();
        temp.Write("in/a.txt", Article);
        var settings = new BuildSettings { Input = temp.Combine("in"), Output = temp.Combine("out") };
        BuildCommand.Run(new ConsoleCapture().Console, settings).ShouldBe(0);
        string before = File.ReadAllText(temp.Combine("out", "index.html"));
        temp.Write("theme/index.sbn", "<h1>{{ site.title </h1>\n");
        var console = new ConsoleCapture();

        int exit = BuildCommand.Run(console.Console, settings with { Templates = temp.Combine("theme") });

        exit.ShouldNotBe(0);
        console.Text.ShouldContain("index.sbn(1,");
        File.ReadAllText(temp.Combine("out", "index.html")).ShouldBe(before);
    }

    [Fact]
    public void Build_UnderStrict_FailsNamingEveryBadFileAndWritesNothing()
    {
        using var temp = new TempFolder();
        temp.Write("in/good.txt", Article);
        temp.Write("in/empty.txt", "");
        File.WriteAllBytes(temp.Combine("in", "binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0xFF, 0xFE, 0x00]);
        var console = new ConsoleCapture();

        int exit = BuildCommand.Run(console.Console, new BuildSettings { Input = temp.Combine("in"), Output = temp.Combine("out"), Strict = true });

        exit.ShouldNotBe(0);
        console.Text.ShouldContain("empty.txt");
        console.Text.ShouldContain("binary.txt");
        Directory.Exists(temp.Combine("out")).ShouldBeFalse();
    }

    [Fact]
    public void Build_WithoutStrict_SkipsBadFilesWithAWarningCount()
    {
        using var temp = new TempFolder();
        temp.Write("in/good.txt", Article);
        temp.Write("in/empty.txt", "");
        var console = new ConsoleCapture();

        int exit = BuildCommand.Run(console.Console, new BuildSettings { Input = temp.Combine("in"), Output = temp.Combine("out") });

        exit.ShouldBe(0);
        console.Text.ShouldContain("warning: empty.txt:");
        console.Text.ShouldContain("1 warning(s)");
    }
}
