using System.Text;
using Timeline.Core.Config;
using Timeline.Core.Sources;
using Timeline.Temporal;

namespace Timeline.Core.Tests.Sources;

public sealed class MixedFolderTests
{
    static MixedFolderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Folder_MixingAllFormatsAndTwoBadFiles_LoadsTheGoodOnesAndReportsTheBad()
    {
        using var folder = new TempFolder();
        folder.Write("timeline.yml", """
            title: Mixed
            exclude: [drafts/]
            sources:
              wire/bridge.txt:
                publisher: Wire Service
            """);
        folder.Write("wire/bridge.txt", Articles.PlainText.Replace("\n", "\r\n", StringComparison.Ordinal));
        folder.Write("blog/orchards.md", Articles.Markdown);
        folder.Write("web/strike.html", Articles.Html);
        folder.Write("web/library.htm", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Articles.ShortHtml)]);
        folder.Write("old/mill.txt", Encoding.GetEncoding(1252).GetBytes("Title: Mill closes\n\nThe mill closed on 2 May after 140 years — its last owner, Mr Größer, retired."));
        folder.Write("drafts/unfinished.md", "---\ntitle: not ready\n");
        folder.Write("bad/photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]);
        folder.Write("bad/leap.md", "---\ndate: 2023-02-29\n---\nText.\n");

        var set = SourceLoader.LoadFolder(folder.Root, ConfigLoader.LoadFromFolder(folder.Root));

        set.Documents.Select(d => (d.Path, d.Id, d.PublishedBasis)).ShouldBe([
            ("blog/orchards.md", "orchards", DateBasis.File),
            ("old/mill.txt", "mill", DateBasis.Unknown),
            ("web/library.htm", "library", DateBasis.File),
            ("web/strike.html", "strike", DateBasis.File),
            ("wire/bridge.txt", "bridge", DateBasis.File),
        ]);
        set.Problems.ShouldBe([
            new SourceProblem("bad/leap.md", "front matter: date 2023-02-29: '2023-02-29' is not a date that exists; correct it, or give the date in timeline.yml"),
            new SourceProblem("bad/photo.txt", "the file is a PNG image, not text"),
        ]);

        var bridge = set.Documents.Single(d => d.Id == "bridge");
        bridge.Publisher.ShouldBe("Wire Service");
        bridge.Published.ShouldBe(new CalendarDate(2024, 3, 15));
        bridge.Text.ShouldNotContain("\r");
        set.Documents.Single(d => d.Id == "mill").Text.ShouldContain("Mr Größer");
        set.Documents.Single(d => d.Id == "library").Published.ShouldBe(new CalendarDate(2021, 9, 6));
        set.Documents.Single(d => d.Id == "orchards").SourceMap.ShouldNotBeNull();
    }
}
