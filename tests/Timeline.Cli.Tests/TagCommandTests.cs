using System.Text.Json;
using Timeline.Cli.Tagging;
using Timeline.Temporal;
using Timeline.Tests.Shared;

namespace Timeline.Cli.Tests;

public sealed class TagCommandTests
{
    private const string Article = "Pyongyang, July 28 : the armistice was signed on July 27, 1953. “Last year” was 2022, said Kim—from 1950 to 1953.";

    private static (int Exit, string Output, string Error) Run(TagSettings settings)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter();
        int exit = Tagger.Run(settings, EnglishRecognizer.Instance, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static TagSettings Settings(string file, TagFormat format = TagFormat.Jsonl, bool split = false, string? anchor = "2023-07-28") =>
        new([file], anchor is null ? null : CalendarDate.TryParseIso(anchor, out var a) ? a : null, null, format, split);

    [Fact]
    public void Tag_Jsonl_OneObjectPerMentionWithExactFields()
    {
        using var temp = new TempFolder();
        string file = temp.Write("a.txt", Article);

        var (exit, output, _) = Run(Settings(file));

        exit.ShouldBe(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldNotBeEmpty();
        foreach (string line in lines)
        {
            using var json = JsonDocument.Parse(line);
            json.RootElement.EnumerateObject().Select(p => p.Name)
                .ShouldBe(["doc", "start", "end", "text", "type", "value", "precision", "anchored"]);
        }

        lines.ShouldContain($$"""{"doc":"{{file}}","start":49,"end":62,"text":"July 27, 1953","type":"date","value":"1953-07-27","precision":"day","anchored":true}""");
    }

    [Fact]
    public void Tag_Jsonl_TextRoundTripsUnescaped()
    {
        using var temp = new TempFolder();
        string file = temp.Write("a.txt", Article);

        var (_, output, _) = Run(Settings(file));

        foreach (string line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            int start = root.GetProperty("start").GetInt32();
            int end = root.GetProperty("end").GetInt32();
            root.GetProperty("text").GetString().ShouldBe(Article[start..end]);
        }

        output.ShouldNotContain("\\u2014");
    }

    [Fact]
    public void Tag_WholeRangeByDefault_EachEndWithSplitRanges()
    {
        using var temp = new TempFolder();
        string file = temp.Write("a.txt", "Fighting lasted from 1950 to 1953.");

        Run(Settings(file)).Output.ShouldContain("\"text\":\"from 1950 to 1953\",\"type\":\"daterange\",\"value\":\"1950/1953\"");
        var split = Run(Settings(file, split: true)).Output;
        split.ShouldContain("\"text\":\"1950\",\"type\":\"date\",\"value\":\"1950\"");
        split.ShouldContain("\"text\":\"1953\",\"type\":\"date\",\"value\":\"1953\"");
        split.ShouldNotContain("daterange");
    }

    [Fact]
    public void Tag_Manifest_UsesDocIdsDatesAndRelativePaths()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/texts/one.txt", "They met last year.");
        temp.Write("corpus/texts/two.txt", "They met last year.");
        string manifest = temp.Write("corpus/docs.jsonl",
            "{\"doc\": \"one\", \"dct\": \"2023-07-28\", \"path\": \"texts/one.txt\"}\n{\"doc\": \"two\", \"dct\": null, \"path\": \"texts/two.txt\"}\n");

        var (exit, output, _) = Run(new TagSettings([], null, manifest, TagFormat.Jsonl, false));

        exit.ShouldBe(0);
        output.ShouldContain("{\"doc\":\"one\",\"start\":9,\"end\":18,\"text\":\"last year\",\"type\":\"date\",\"value\":\"2022\",\"precision\":\"year\",\"anchored\":true}");
        output.ShouldContain("{\"doc\":\"two\",\"start\":9,\"end\":18,\"text\":\"last year\",\"type\":\"date\",\"value\":\"XXXX\",\"precision\":\"year\",\"anchored\":false}");
    }

    [Fact]
    public void Tag_Timeml_WrapsMentionsInTimex3AndEscapesText()
    {
        using var temp = new TempFolder();
        string file = temp.Write("a.txt", "A <b> & c in early 1950.");

        var output = Run(Settings(file, TagFormat.Timeml)).Output;

        output.ShouldBe("A &lt;b&gt; &amp; c in <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1950\" mod=\"START\">early 1950</TIMEX3>.\n");
    }

    [Fact]
    public void Tag_Text_OneTabSeparatedLinePerMention()
    {
        using var temp = new TempFolder();
        string file = temp.Write("a.txt", "Signed in 1953.");

        Run(Settings(file, TagFormat.Text)).Output.ShouldBe($"{file}\t10\t14\tdate\t1953\t1953\n");
    }

    [Fact]
    public void Tag_MissingFile_FailsNamingIt()
    {
        var (exit, _, error) = Run(Settings("/nonexistent/nothing.txt"));

        exit.ShouldBe(1);
        error.ShouldContain("/nonexistent/nothing.txt");
    }

    [Fact]
    public void Tag_CommandIsRegistered()
    {
        Program.CreateRoot().Subcommands.Select(c => c.Name).ShouldContain("tag");
    }
}
