using Microsoft.Playwright;
using Timeline.BrowserTests.Infrastructure;
using Timeline.Tests.Shared;

namespace Timeline.BrowserTests;

/// <summary>
/// Screenshots of each kind of page on a desktop and a phone, written as test artifacts to
/// <c>TestResults/screenshots/</c> for a person (or a CI artifact upload) to look at.
/// <c>docs/screenshots/index.png</c> is a copy of <c>index-1280-top.png</c>, refreshed by hand.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(SiteUnderTest site)
{
    public static string Folder { get; } = Path.Combine(RepoPaths.Root, "TestResults", "screenshots");

    [BrowserTheory]
    [InlineData("index", 1280)]
    [InlineData("index", 390)]
    [InlineData("source", 1280)]
    [InlineData("source", 390)]
    [InlineData("event", 1280)]
    [InlineData("event", 390)]
    public async Task Screenshot_IsWrittenForEachPageKindAndWidth(string kind, int width)
    {
        string relative = await site.PageOfKindAsync(kind);
        await using var page = await site.OpenAsync(relative, width > 600 ? PageSettings.Desktop with { Width = width } : PageSettings.Phone with { Width = width });
        Directory.CreateDirectory(Folder);

        string full = Path.Combine(Folder, $"{kind}-{width}.png");
        await page.Page.ScreenshotAsync(new PageScreenshotOptions { Path = full, FullPage = true });
        new FileInfo(full).Length.ShouldBeGreaterThan(1_000);

        if (kind == "index" && width == 1280)
        {
            // The first screen alone: what the README shows.
            string top = Path.Combine(Folder, "index-1280-top.png");
            await page.Page.ScreenshotAsync(new PageScreenshotOptions { Path = top });
            new FileInfo(top).Length.ShouldBeGreaterThan(1_000);
        }
    }
}
