using Timeline.Core.Config;
using Timeline.Core.Sources;
using Timeline.Temporal;

namespace Timeline.Core.Tests.Sources;

/// <summary>timeline.yml over the file's own metadata over inference, field by field.</summary>
public sealed class PrecedenceTests
{
    private const string Markdown = "---\ntitle: File title\ndate: 2023-07-28\nurl: https://file.example/a\npublisher: File Press\nauthor: File Author\ntags: [file]\n---\n# Heading title\n\nThe talks began on Monday.\n";

    private static SourceSet Load(string name, string content, TimelineConfig config)
    {
        using var folder = new TempFolder();
        folder.Write(name, content);
        return SourceLoader.LoadFolder(folder.Root, config);
    }

    [Fact]
    public void Precedence_ConfigOverridesTheFile()
    {
        var config = new TimelineConfig
        {
            Sources =
            {
                ["talks.md"] = new SourceMetadata
                {
                    Id = "peace-talks", Title = "Config title", Date = "2023-07-27", Url = "https://config.example/a",
                    Publisher = "Config Press", Author = "Config Author", Tags = ["config"],
                },
            },
        };
        var doc = Load("talks.md", Markdown, config).Documents.ShouldHaveSingleItem();
        doc.Id.ShouldBe("peace-talks");
        doc.Title.ShouldBe("Config title");
        doc.Published.ShouldBe(new CalendarDate(2023, 7, 27));
        doc.PublishedBasis.ShouldBe(DateBasis.Config);
        doc.PublishedEvidence.ShouldBe("timeline.yml: date 2023-07-27");
        doc.Url.ShouldBe("https://config.example/a");
        doc.Publisher.ShouldBe("Config Press");
        doc.Author.ShouldBe("Config Author");
        doc.Tags.ShouldBe(["config"]);
    }

    [Fact]
    public void Precedence_FileOverridesInference()
    {
        var doc = Load("talks.md", Markdown, new TimelineConfig()).Documents.ShouldHaveSingleItem();
        doc.Title.ShouldBe("File title");
        doc.PublishedBasis.ShouldBe(DateBasis.File);
        doc.Publisher.ShouldBe("File Press");
    }

    [Fact]
    public void Precedence_FileDateOverridesTheDateline()
    {
        var doc = Load("a.txt", "date 2023-07-29\nSeoul, July 28, 2023 — The talks began.", new TimelineConfig()).Documents.ShouldHaveSingleItem();
        doc.Published.ShouldBe(new CalendarDate(2023, 7, 29));
        doc.PublishedBasis.ShouldBe(DateBasis.File);
        doc.Dateline.ShouldBe("Seoul, July 28, 2023 —");
    }

    [Fact]
    public void Precedence_ConfigMendsABrokenFileDateAndUrl()
    {
        var config = new TimelineConfig { Sources = { ["a.txt"] = new SourceMetadata { Date = "2023-02-28", Url = "https://ok.example/" } } };
        var set = Load("a.txt", "date 2023-02-30\nURL: javascript:void(0)\n\nThe talks began.", config);
        set.Problems.ShouldBeEmpty();
        set.Documents.ShouldHaveSingleItem().Published.ShouldBe(new CalendarDate(2023, 2, 28));
    }

    [Fact]
    public void Precedence_TitleFallsBackToTheFileName()
    {
        Load("peace-talks.txt", "The talks began.", new TimelineConfig()).Documents.ShouldHaveSingleItem().Title.ShouldBe("peace-talks");
    }

    [Fact]
    public void ExcerptsOnly_FromConfigGlobally_CannotBeLiftedByAFile()
    {
        var doc = Load("a.md", "---\nexcerpts_only: false\n---\nThe talks began.\n", new TimelineConfig { ExcerptsOnly = true }).Documents.ShouldHaveSingleItem();
        doc.ExcerptsOnly.ShouldBeTrue();
    }

    [Fact]
    public void ExcerptsOnly_PerSource_FromConfigOrFrontMatter()
    {
        Load("a.md", "---\nexcerpts_only: true\n---\nThe talks began.\n", new TimelineConfig()).Documents.ShouldHaveSingleItem().ExcerptsOnly.ShouldBeTrue();
        var config = new TimelineConfig { Sources = { ["a.txt"] = new SourceMetadata { ExcerptsOnly = true } } };
        Load("a.txt", "The talks began.", config).Documents.ShouldHaveSingleItem().ExcerptsOnly.ShouldBeTrue();
        Load("a.txt", "The talks began.", new TimelineConfig()).Documents.ShouldHaveSingleItem().ExcerptsOnly.ShouldBeFalse();
    }

    [Fact]
    public void Config_ReadsInputSettingsFromYaml()
    {
        var config = ConfigLoader.Parse("""
            excerpts_only: true
            include: ["**/*.md"]
            exclude: [drafts/]
            max_source_megabytes: 2
            sources:
              a.md:
                tags: [x, y]
                excerpts_only: false
            """, "timeline.yml");
        config.ExcerptsOnly.ShouldBeTrue();
        config.Include.ShouldBe(["**/*.md"]);
        config.Exclude.ShouldBe(["drafts/"]);
        config.MaxSourceMegabytes.ShouldBe(2);
        config.Sources["a.md"].Tags.ShouldBe(["x", "y"]);
    }

    [Fact]
    public void Config_SourceListedTwice_IsAnError()
    {
        var ex = Should.Throw<ConfigException>(() => ConfigLoader.Parse("sources:\n  a.txt:\n    title: One\n  a.txt:\n    title: Two\n", "timeline.yml"));
        ex.Message.ShouldStartWith("timeline.yml:");
        ex.Message.ShouldContain("duplicate key");
    }

    [Fact]
    public void Seeds_LoadWithoutProblems()
    {
        string seeds = Path.Combine(RepoRoot(), "seeds");
        var set = SourceLoader.LoadFolder(seeds, ConfigLoader.LoadFromFolder(seeds));
        set.Problems.ShouldBeEmpty();
        set.Documents.Count.ShouldBe(2);
        var russia = set.Documents.Single(d => d.Path == "russia-china-delegations-pyongyang-victory-day.txt");
        russia.Published.ShouldBe(new CalendarDate(2023, 7, 28));
        russia.PublishedBasis.ShouldBe(DateBasis.File);
        russia.Dateline.ShouldBe("Pyongyang [North Korea], July 28 :");
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Timeline.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Timeline.sln not found above the test binaries");
    }
}
