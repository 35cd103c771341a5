using System.Text;
using System.Text.Json;
using Timeline.Core.Config;
using Timeline.Tests.Shared;

namespace Timeline.Core.Tests.Config;

public sealed class ConfigSnapshotTests
{
    // Every key timeline.yml knows, so that a property the snapshot drops shows as a difference.
    private const string Yaml = """
        title: Korean War
        description: Seventy years on
        base_url: https://example.org/korea/
        cname: korea.example.org
        templates: theme
        excerpts_only: true
        include: ["articles/**/*.md", "wires/*.txt"]
        exclude: [drafts/]
        max_source_megabytes: 3
        sources:
          articles/a.md:
            id: armistice
            title: The armistice
            date: 2023-07-28
            url: https://example.org/a
            publisher: Wire
            author: A. Writer
            excerpts_only: false
            tags: [war, diplomacy]
        overrides:
          - event: 1953-07-27-armistice
            headline: The armistice is signed
            date: 1953-07-27
          - event: 1950-war
            hide: true
          - merge: [a, b]
          - split: c
            mentions: [armistice#1]
          - add:
              date: 2023-07-26
              headline: Delegations arrive
              url: https://example.org/b
              quote: They arrived.
              source: armistice
        """;

    private const string Code = "code-1";

    [Fact]
    public void Snapshot_GivesBackEveryKeyOfTheConfigItWasMadeFrom()
    {
        using var temp = new TempFolder();
        var parsed = ConfigSnapshot.Load(Bytes(Yaml), Code, temp.Path, Parse(Yaml));
        bool parsedAgain = false;

        var read = ConfigSnapshot.Load(Bytes(Yaml), Code, temp.Path, () =>
        {
            parsedAgain = true;
            return ConfigLoader.Parse(Yaml, TimelineConfig.FileName);
        });

        parsedAgain.ShouldBeFalse();
        read.ShouldNotBeSameAs(parsed);
        Json(read).ShouldBe(Json(ConfigLoader.Parse(Yaml, TimelineConfig.FileName)));
        read.Sources["articles/a.md"].Tags.ShouldBe(["war", "diplomacy"]);
        read.Overrides[4].Add!.Source.ShouldBe("armistice");
    }

    [Theory]
    [InlineData("title: Another war\n", Code)]
    [InlineData(Yaml, "code-2")]
    public void Snapshot_OfOtherBytesOrOtherCode_IsParsedAgain(string yaml, string code)
    {
        using var temp = new TempFolder();
        ConfigSnapshot.Load(Bytes(Yaml), Code, temp.Path, Parse(Yaml));

        var config = ConfigSnapshot.Load(Bytes(yaml), code, temp.Path, Parse(yaml));

        config.Title.ShouldBe(ConfigLoader.Parse(yaml, TimelineConfig.FileName).Title);
        ConfigSnapshot.Load(Bytes(yaml), code, temp.Path, () => throw new InvalidOperationException("parsed a third time")).Title.ShouldBe(config.Title);
    }

    [Theory]
    [InlineData("{\"Key\": \"tru")]
    [InlineData("\0\0\0\0")]
    [InlineData("")]
    public void Snapshot_ThatDoesNotReadBack_IsParsedAgainAndWrittenAnew(string damaged)
    {
        using var temp = new TempFolder();
        ConfigSnapshot.Load(Bytes(Yaml), Code, temp.Path, Parse(Yaml));
        File.WriteAllText(temp.Combine(ConfigSnapshot.FileName), damaged);
        bool parsed = false;

        var config = ConfigSnapshot.Load(Bytes(Yaml), Code, temp.Path, () =>
        {
            parsed = true;
            return ConfigLoader.Parse(Yaml, TimelineConfig.FileName);
        });

        parsed.ShouldBeTrue();
        config.Title.ShouldBe("Korean War");
        ConfigSnapshot.Load(Bytes(Yaml), Code, temp.Path, () => throw new InvalidOperationException("not written anew")).Title.ShouldBe("Korean War");
    }

    [Fact]
    public void Snapshot_IsNotMadeOfAConfigThatFailsToParse()
    {
        using var temp = new TempFolder();
        const string broken = "title: [unclosed\n";

        Should.Throw<ConfigException>(() => ConfigSnapshot.Load(Bytes(broken), Code, temp.Path, Parse(broken)));

        File.Exists(temp.Combine(ConfigSnapshot.FileName)).ShouldBeFalse();
    }

    [Fact]
    public void Snapshot_ThatCannotBeWritten_CostsOnlyTheParse()
    {
        using var temp = new TempFolder();
        string missing = temp.Combine("no", "such", "folder");

        ConfigSnapshot.Load(Bytes(Yaml), Code, missing, Parse(Yaml)).Title.ShouldBe("Korean War");

        Directory.Exists(missing).ShouldBeFalse();
        Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    private static byte[] Bytes(string yaml) => Encoding.UTF8.GetBytes(yaml);

    private static Func<TimelineConfig> Parse(string yaml) => () => ConfigLoader.Parse(yaml, TimelineConfig.FileName);

    private static string Json(TimelineConfig config) => JsonSerializer.Serialize(config);
}
