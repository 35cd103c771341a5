using Timeline.Site.Output;
using Timeline.Tests.Shared;

namespace Timeline.Site.Tests;

public sealed class SiteWriterTests
{
    private static Dictionary<string, byte[]> Site(params string[] names) =>
        names.ToDictionary(n => n, n => SiteWriter.Text($"<p>{n}</p>"));

    [Fact]
    public void Write_ReplacesAPreviousSiteWholly()
    {
        using var temp = new TempFolder();
        string output = temp.Combine("site");
        SiteWriter.Write(output, Site("index.html", "sources/a.html"));
        SiteWriter.Write(output, Site("index.html", "sources/b.html"));

        File.Exists(Path.Combine(output, "sources/a.html")).ShouldBeFalse();
        File.ReadAllText(Path.Combine(output, "sources/b.html")).ShouldBe("<p>sources/b.html</p>");
        Directory.GetDirectories(temp.Path).ShouldBe([output], "no staging or retired folder is left behind");
    }

    [Fact]
    public void Write_RefusesAnOutputFolderHoldingFilesItDidNotWrite()
    {
        using var temp = new TempFolder();
        string output = temp.Combine("site");
        SiteWriter.Write(output, Site("index.html"));
        File.WriteAllText(Path.Combine(output, "notes.txt"), "mine");

        Should.Throw<IOException>(() => SiteWriter.Write(output, Site("other.html"))).Message.ShouldContain("notes.txt");
        File.ReadAllText(Path.Combine(output, "notes.txt")).ShouldBe("mine");
        File.Exists(Path.Combine(output, "index.html")).ShouldBeTrue();
    }

    [Fact]
    public void Write_NeverWritesOutsideTheOutputFolder()
    {
        using var temp = new TempFolder();
        string output = temp.Combine("site");
        SiteWriter.Write(output, Site("index.html"));

        Should.Throw<IOException>(() => SiteWriter.Write(output, Site("../escaped.html")));
        File.Exists(temp.Combine("escaped.html")).ShouldBeFalse();
        File.ReadAllText(Path.Combine(output, "index.html")).ShouldBe("<p>index.html</p>", "the previous site is untouched");
    }
}
