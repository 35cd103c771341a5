using Timeline.Site.Building;
using Timeline.Tests.Shared;

namespace Timeline.Site.Tests;

/// <summary>A custom templates folder overrides the built-in theme file by file, and its errors point at the line.</summary>
public sealed class ThemingTests
{
    private const string Article = "Title: A\nDate: 2023-07-28\n\nThe armistice was signed on July 27, 1953.\n";

    private static TempFolder Input()
    {
        var input = new TempFolder();
        input.Write("in/a.txt", Article);
        return input;
    }

    [Fact]
    public void CustomTemplate_OverridesOneFile_AndTheRestFallBackToTheBuiltInOnes()
    {
        using var input = Input();
        input.Write("theme/event.sbn", "<h1 class=\"mine\">{{ event.headline }}</h1>\n");
        input.Write("theme/assets/extra.css", "p { color: red; }\n");
        using var site = BuiltSite.From(input.Combine("in"), templates: input.Combine("theme"));

        string eventPage = site.HtmlFiles().Single(f => f.StartsWith("events/", StringComparison.Ordinal));
        site.Page(eventPage).QuerySelector("h1.mine")!.TextContent.ShouldContain("armistice");
        site.Page(eventPage).QuerySelector("footer").ShouldNotBeNull("the built-in layout still wraps it");
        site.Page("index.html").QuerySelectorAll("li.event").Length.ShouldBe(1);
        site.Exists("assets/extra.css").ShouldBeTrue();
        site.Exists("assets/style.css").ShouldBeTrue();
    }

    [Fact]
    public void TemplateParseError_NamesTheFileLineAndColumn()
    {
        using var input = Input();
        input.Write("theme/sources.sbn", "<h1>Sources</h1>\n<p>{{ for s in sources }}</p>\n");

        var error = Should.Throw<BuildFailedException>(() => BuiltSite.From(input.Combine("in"), templates: input.Combine("theme")));

        error.Message.ShouldContain(Path.Combine(input.Combine("theme"), "sources.sbn"));
        error.Message.ShouldMatch(@"sources\.sbn\(\d+,\d+\)");
    }

    [Fact]
    public void TemplateRuntimeError_NamesTheFileLineAndColumn()
    {
        using var input = Input();
        input.Write("theme/event.sbn", "<h1>{{ event.headline }}</h1>\n<p>{{ evnt.date }}</p>\n");

        var error = Should.Throw<BuildFailedException>(() => BuiltSite.From(input.Combine("in"), templates: input.Combine("theme")));

        error.Message.ShouldContain("event.sbn(2,7)");
        error.Message.ShouldContain("evnt");
    }
}
