using System.Text.Json;
using Timeline.Cli.Commands;
using Timeline.Tests.Shared;

namespace Timeline.Cli.Tests;

public sealed class ExtractCommandTests
{
    private const string Article = "Date: 2023-07-28\n\nThe armistice at Panmunjom was signed on July 27, 1953, ending the fighting. The war in Korea began in 1950.\n";

    private static (int Exit, string Output, string Console) Run(params string[] args)
    {
        var console = new ConsoleCapture();
        var output = new StringWriter();
        var inputs = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal) && a != "json").ToList();
        string format = args.Contains("json") ? "json" : "table";
        int exit = ExtractCommand.Run(console.Console, output, inputs, format);
        return (exit, output.ToString(), console.Text);
    }

    [Fact]
    public void Extract_PrintsAnAlignedTableInChronologicalOrder()
    {
        using var temp = new TempFolder();
        temp.Write("in/a.txt", Article);
        var (exit, output, _) = Run(temp.Combine("in"));

        exit.ShouldBe(0);
        var lines = output.TrimEnd().Split('\n');
        lines[0].ShouldStartWith("DATE");
        lines[1].ShouldStartWith("1950 ");
        lines[2].ShouldStartWith("27 July 1953");
        int column = lines[0].IndexOf("HEADLINE", StringComparison.Ordinal);
        lines[1][column..].ShouldStartWith("The war in Korea began");
        lines[2].ShouldEndWith("  a");
    }

    [Fact]
    public void Extract_AsJson_HasTheDocumentedShape()
    {
        using var temp = new TempFolder();
        temp.Write("in/a.txt", Article);
        var (exit, output, _) = Run(temp.Combine("in"), "--format", "json");

        exit.ShouldBe(0);
        using var json = JsonDocument.Parse(output);
        var source = json.RootElement.GetProperty("sources")[0];
        source.GetProperty("id").GetString().ShouldBe("a");
        source.GetProperty("published").GetString().ShouldBe("2023-07-28");
        source.GetProperty("published_basis").GetString().ShouldBe("file");
        foreach (string key in new[] { "title", "url", "evidence" }) source.TryGetProperty(key, out _).ShouldBeTrue(key);

        var armistice = json.RootElement.GetProperty("events")[1];
        armistice.GetProperty("value").GetString().ShouldBe("1953-07-27");
        armistice.GetProperty("start").GetString().ShouldBe("1953-07-27");
        armistice.GetProperty("end").GetString().ShouldBe("1953-07-28");
        armistice.GetProperty("precision").GetString().ShouldBe("day");
        armistice.GetProperty("modifier").ValueKind.ShouldBe(JsonValueKind.Null);
        armistice.GetProperty("headline").GetString().ShouldBe("The armistice at Panmunjom was signed");
        armistice.GetProperty("id").GetString().ShouldBe("1953-07-27-the-armistice-at-panmunjom-was-signed");
        var mention = armistice.GetProperty("mentions")[0];
        mention.GetProperty("source").GetString().ShouldBe("a");
        mention.GetProperty("text").GetString().ShouldBe("July 27, 1953");
        mention.GetProperty("value").GetString().ShouldBe("1953-07-27");
        mention.GetProperty("passage").GetString().ShouldBe("s1");
        mention.GetProperty("quote").GetString()!.ShouldStartWith("The armistice at Panmunjom");
    }

    [Fact]
    public void Extract_OfTheSeeds_IsTheSameWhateverTheInputOrder()
    {
        var (_, one, _) = Run(Path.Combine(RepoPaths.Seeds, "dprk-victory-day-what-is-new.txt"), Path.Combine(RepoPaths.Seeds, "russia-china-delegations-pyongyang-victory-day.txt"), "json");
        var (_, two, _) = Run(Path.Combine(RepoPaths.Seeds, "russia-china-delegations-pyongyang-victory-day.txt"), Path.Combine(RepoPaths.Seeds, "dprk-victory-day-what-is-new.txt"), "json");
        one.ShouldBe(two);
        one.ShouldContain("\"published_basis\": \"inferred\"");
    }

    [Fact]
    public void Extract_ReportsAnOverrideWhoseEventIsGone()
    {
        using var temp = new TempFolder();
        temp.Write("in/a.txt", Article);
        temp.Write("in/timeline.yml", "overrides:\n  - event: 1999-no-such-event\n    hide: true\n");
        var (exit, output, console) = Run(temp.Combine("in"));

        exit.ShouldBe(0);
        console.ShouldContain("warning: timeline.yml: override 1: no event '1999-no-such-event'");
        output.ShouldContain("27 July 1953");
    }
}
