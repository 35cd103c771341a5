using Timeline.Tests.Shared;

namespace Timeline.Site.Tests;

/// <summary>Every generated page is valid HTML by the Nu HTML Checker: zero errors.</summary>
public sealed class HtmlValidityTests
{
    [HtmlCheckerFact]
    public void EveryGeneratedPage_HasNoHtmlErrors()
    {
        HtmlChecker.Missing.ShouldBeNull("CI=true: the HTML checker must be installed (see .ci/run)");

        using var input = new TempFolder();
        input.Write("hostile.txt", "Title: <b>Bold</b> & \"quoted\"\nDate: 2023-07-28\nURL: https://example.org/a?x=1&y=<2>\n\n" +
            "In 1950 <script>alert(1)</script> the war began. The armistice was signed on July 27, 1953.\n\nLast year, from July 25 to July 27, it happened again.\n");
        input.Write("disagree.txt", "Title: B\nDate: 2023-07-28\n\nThe armistice was signed on July 28, 1953, ending the fighting.\n");
        input.Write("timeline.yml", "overrides:\n  - add:\n      date: 1950-06-25\n      headline: Troops <b>cross</b>\n      url: https://example.org/korea\n      quote: At dawn troops crossed.\n");
        input.Write("undated.txt", "The treaty was signed in 1950 after long talks.\n\nThe talks resumed last year in Geneva.\n");
        using var seeds = BuiltSite.From(RepoPaths.Seeds);
        using var hostile = BuiltSite.From(input.Path, baseUrl: "https://example.github.io/repo/");

        var files = seeds.HtmlFiles().Select(f => Path.Combine(seeds.Output, f))
            .Concat(hostile.HtmlFiles().Select(f => Path.Combine(hostile.Output, f)))
            .ToList();
        files.Count.ShouldBeGreaterThan(10);

        var (exit, output) = HtmlChecker.Check(files);

        output.ShouldBeEmpty();
        exit.ShouldBe(0);
    }
}
