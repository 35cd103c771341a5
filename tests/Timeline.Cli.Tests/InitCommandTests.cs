using Timeline.Cli.Commands;
using Timeline.Core.Config;
using Timeline.Site.Building;
using Timeline.Tests.Shared;

namespace Timeline.Cli.Tests;

public sealed class InitCommandTests
{
    [Fact]
    public void Init_WritesAStarterConfigThatLoads()
    {
        using var temp = new TempFolder();

        int exit = InitCommand.Run(new ConsoleCapture().Console, temp.Combine("in"), templates: null, force: false);

        exit.ShouldBe(0);
        var config = ConfigLoader.Load(temp.Combine("in", "timeline.yml"));
        config.Title.ShouldBe("My timeline");
        config.Templates.ShouldBeNull();
    }

    [Fact]
    public void Init_NeverOverwritesAnExistingConfig_WithoutForce()
    {
        using var temp = new TempFolder();
        temp.Write("in/timeline.yml", "title: Mine\n");
        var console = new ConsoleCapture();

        InitCommand.Run(console.Console, temp.Combine("in"), null, force: false).ShouldBe(0);

        File.ReadAllText(temp.Combine("in", "timeline.yml")).ShouldBe("title: Mine\n");
        console.Text.ShouldContain("Kept");
    }

    [Fact]
    public void InitTemplates_CopiesTheDefaultTemplates_AndTheCopyBuildsTheSameSite()
    {
        using var temp = new TempFolder();
        temp.Write("in/a.txt", "Title: A\nDate: 2023-07-28\n\nThe armistice was signed on July 27, 1953.\n");

        InitCommand.Run(new ConsoleCapture().Console, temp.Combine("in"), temp.Combine("in", "theme"), force: false).ShouldBe(0);

        File.Exists(temp.Combine("in", "theme", "layout.sbn")).ShouldBeTrue();
        File.Exists(temp.Combine("in", "theme", "assets", "timeline.js")).ShouldBeTrue();
        ConfigLoader.Load(temp.Combine("in", "timeline.yml")).Templates.ShouldBe("theme");
        BuildCommand.Run(new ConsoleCapture().Console, new BuildSettings { Input = temp.Combine("in"), Output = temp.Combine("out") }).ShouldBe(0);
    }

    [Fact]
    public void InitTemplates_KeepsEditedTemplates()
    {
        using var temp = new TempFolder();
        temp.Write("theme/index.sbn", "mine");

        InitCommand.Run(new ConsoleCapture().Console, temp.Combine("in"), temp.Combine("theme"), force: false).ShouldBe(0);

        File.ReadAllText(temp.Combine("theme", "index.sbn")).ShouldBe("mine");
        File.Exists(temp.Combine("theme", "layout.sbn")).ShouldBeTrue();
    }
}
