using Timeline.Site.Output;
using Timeline.Tests.Shared;

namespace Timeline.Site.Tests;

public sealed class SiteWriterIncrementalTests
{
    private static Dictionary<string, byte[]> Site(params (string Name, string Text)[] files) =>
        files.ToDictionary(f => f.Name, f => SiteWriter.Text(f.Text));

    [Fact]
    public void WriteChanges_WritesNothingWhenNothingChanged()
    {
        using var temp = new TempFolder();
        string output = temp.Combine("site");
        var site = Site(("index.html", "<p>i</p>"), ("sources/a.html", "<p>a</p>"));
        SiteWriter.WriteChanges(output, site).Written.ShouldBe(2);

        var again = SiteWriter.WriteChanges(output, site);

        again.ShouldBe(new SiteWriteResult(Files: 2, Written: 0, Removed: 0));
        File.ReadAllText(Path.Combine(output, "sources/a.html")).ShouldBe("<p>a</p>");
    }

    [Fact]
    public void WriteChanges_WritesOnlyTheFilesWhoseContentChanged()
    {
        using var temp = new TempFolder();
        string output = temp.Combine("site");
        SiteWriter.WriteChanges(output, Site(("index.html", "<p>1</p>"), ("sources/a.html", "<p>a</p>"), ("sources/b.html", "<p>b</p>")));
        var before = File.GetLastWriteTimeUtc(Path.Combine(output, "sources/a.html"));

        var result = SiteWriter.WriteChanges(output, Site(("index.html", "<p>2</p>"), ("sources/a.html", "<p>a</p>"), ("sources/c.html", "<p>c</p>")));

        result.ShouldBe(new SiteWriteResult(Files: 3, Written: 2, Removed: 1));
        File.GetLastWriteTimeUtc(Path.Combine(output, "sources/a.html")).ShouldBe(before, "an unchanged file is carried over, not rewritten");
        File.ReadAllText(Path.Combine(output, "index.html")).ShouldBe("<p>2</p>");
        File.Exists(Path.Combine(output, "sources/b.html")).ShouldBeFalse();
        File.ReadAllLines(Path.Combine(output, SiteWriter.ManifestName)).ShouldBe(["index.html", "sources/a.html", "sources/c.html"]);
        Directory.GetDirectories(temp.Path).ShouldBe([output], "no staging or retired folder is left behind");
    }

    [Fact]
    public void WriteChanges_RewritesAFileEditedByHandSinceTheLastBuild()
    {
        using var temp = new TempFolder();
        string output = temp.Combine("site");
        var site = Site(("index.html", "<p>i</p>"));
        SiteWriter.WriteChanges(output, site);
        string index = Path.Combine(output, "index.html");
        File.WriteAllText(index, "<p>j</p>"); // same length: only the time tells
        File.SetLastWriteTimeUtc(index, DateTime.UtcNow.AddMinutes(1));

        SiteWriter.WriteChanges(output, site).Written.ShouldBe(1);
        File.ReadAllText(index).ShouldBe("<p>i</p>");
    }

    [Fact]
    public void WriteChanges_CarriesOverAFileWrittenAgainWithTheSameBytesSinceTheLastBuild()
    {
        using var temp = new TempFolder();
        string output = temp.Combine("site");
        var site = Site(("index.html", "<p>i</p>"));
        SiteWriter.WriteChanges(output, site);
        string index = Path.Combine(output, "index.html");
        File.WriteAllText(index, "<p>i</p>"); // as a checkout or a copy writes it: newer than the list, the same bytes
        File.SetLastWriteTimeUtc(index, DateTime.UtcNow.AddMinutes(1));

        SiteWriter.WriteChanges(output, site).Written.ShouldBe(0);
        File.ReadAllText(index).ShouldBe("<p>i</p>");
    }

    [Fact]
    public void WriteChanges_DoesNotTrustAHashListThatDisagreesWithTheFiles()
    {
        using var temp = new TempFolder();
        string output = temp.Combine("site");
        var site = Site(("index.html", "<p>i</p>"));
        SiteWriter.WriteChanges(output, site);
        File.WriteAllText(Path.Combine(output, ".timeline-hashes"), "not a hash list\n");

        SiteWriter.WriteChanges(output, site).Written.ShouldBe(1);
        File.ReadAllText(Path.Combine(output, "index.html")).ShouldBe("<p>i</p>");
    }

    [Fact]
    public void WriteChanges_DoesNotTrustAHashListOfAnEarlierVersion()
    {
        using var temp = new TempFolder();
        string output = temp.Combine("site");
        var site = Site(("index.html", "<p>i</p>"));
        SiteWriter.WriteChanges(output, site);
        string list = Path.Combine(output, ".timeline-hashes");
        string[] lines = File.ReadAllLines(list);
        lines[0].ShouldBe("timeline-hashes 2");
        // Version 1 had no header (and SHA-256 hashes): the same lines without it are not trusted.
        File.WriteAllLines(list, lines[1..]);
        File.SetLastWriteTimeUtc(list, DateTime.UtcNow.AddMinutes(1));

        SiteWriter.WriteChanges(output, site).Written.ShouldBe(1);
    }

    [Fact]
    public void WriteChanges_ThatFailsLeavesThePreviousSiteWhole()
    {
        using var temp = new TempFolder();
        string output = temp.Combine("site");
        SiteWriter.WriteChanges(output, Site(("index.html", "<p>1</p>"), ("sources/a.html", "<p>a</p>")));

        Should.Throw<IOException>(() => SiteWriter.WriteChanges(output, Site(("index.html", "<p>2</p>"), ("../escaped.html", "x"))));

        File.ReadAllText(Path.Combine(output, "index.html")).ShouldBe("<p>1</p>");
        File.ReadAllText(Path.Combine(output, "sources/a.html")).ShouldBe("<p>a</p>");
        SiteWriter.WriteChanges(output, Site(("index.html", "<p>1</p>"), ("sources/a.html", "<p>a</p>"))).Written.ShouldBe(0, "its record of what it wrote is intact too");
    }
}
