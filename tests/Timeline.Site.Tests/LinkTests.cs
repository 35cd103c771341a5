using Timeline.Tests.Shared;

namespace Timeline.Site.Tests;

/// <summary>Every link and anchor inside a generated site resolves, so the site works from file:// and under any path.</summary>
public sealed class LinkTests
{
    [Fact]
    public void SeedSite_EveryInternalLinkAndAnchorResolves()
    {
        using var site = BuiltSite.From(RepoPaths.Seeds);
        LinkChecker.Broken(site.Output).ShouldBeEmpty();
    }

    [Fact]
    public void SeedSite_LinksAreRelative_SoTheSameOutputWorksAtAnyPath()
    {
        using var site = BuiltSite.From(RepoPaths.Seeds);
        foreach (string page in site.HtmlFiles().Where(p => p != "404.html"))
        {
            var links = site.Page(page).QuerySelectorAll("[href], [src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Where(l => !l.StartsWith("http", StringComparison.Ordinal));
            links.ShouldAllBe(l => !l.StartsWith('/'), page);
        }
    }

    [Fact]
    public void LinkChecker_ReportsAMissingPageAndAMissingAnchor()
    {
        using var temp = new TempFolder();
        temp.Write("index.html", "<!DOCTYPE html><a href=\"a.html#nowhere\">a</a><a href=\"missing.html\">m</a><a href=\"#here\">h</a><p id=\"here\"></p>");
        temp.Write("a.html", "<!DOCTYPE html><p id=\"somewhere\"></p>");

        var broken = LinkChecker.Broken(temp.Path);

        broken.Count.ShouldBe(2);
        broken.ShouldContain(b => b.Contains("nowhere"));
        broken.ShouldContain(b => b.Contains("missing.html"));
    }
}
