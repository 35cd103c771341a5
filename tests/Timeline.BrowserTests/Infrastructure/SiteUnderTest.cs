using Microsoft.Playwright;
using Timeline.Site.Building;
using Timeline.Temporal;
using Timeline.Tests.Shared;

namespace Timeline.BrowserTests.Infrastructure;

/// <summary>
/// The seed site, built once, served on loopback under <c>/Timeline/</c>, and one Chromium for
/// every browser test. Everything starts on first use, so a machine that skips every test
/// (no Chromium) never builds or launches anything.
/// </summary>
public sealed class SiteUnderTest : IAsyncLifetime
{
    /// <summary>Headless flags that work as root on these machines, with nothing reaching out to the network.</summary>
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly SemaphoreSlim _startGate = new(1, 1);
    private TempFolder? _folder;
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private Task<CrawlResult>? _crawl;

    /// <summary>The built site's folder on disk.</summary>
    public string Output => _folder?.Combine("site") ?? throw new InvalidOperationException("the site is not built yet");

    public Uri BaseUrl => _server?.BaseUrl ?? throw new InvalidOperationException("the site is not served yet");

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>A fresh browser context (own cookies, history and viewport) with one page.</summary>
    public async Task<BrowserPage> NewPageAsync(PageSettings? settings = null)
    {
        settings ??= PageSettings.Desktop;
        await EnsureStartedAsync();
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = settings.Width, Height = settings.Height },
            ColorScheme = settings.Dark ? ColorScheme.Dark : ColorScheme.Light,
            JavaScriptEnabled = settings.JavaScript,
            BypassCSP = settings.BypassCsp,
        });
        context.SetDefaultTimeout(10_000);
        context.SetDefaultNavigationTimeout(15_000);
        return await BrowserPage.OpenAsync(context, BaseUrl);
    }

    /// <summary>Opens <paramref name="relative"/> (e.g. <c>sources/x.html#s3</c>) in a fresh page and waits for its load event.</summary>
    public async Task<BrowserPage> OpenAsync(string relative, PageSettings? settings = null)
    {
        var page = await NewPageAsync(settings);
        try
        {
            var response = await page.Page.GotoAsync(new Uri(BaseUrl, relative).ToString());
            response.ShouldNotBeNull($"no response for {relative}");
            response.Status.ShouldBe(200, $"GET {relative}");
            return page;
        }
        catch
        {
            await page.DisposeAsync(); // the caller never gets it to dispose
            throw;
        }
    }

    /// <summary>The site's HTML pages, relative to its root with '/' separators, in ordinal order.</summary>
    public async Task<IReadOnlyList<string>> HtmlPagesAsync()
    {
        await EnsureStartedAsync();
        return Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A crawl of the whole site, done once and shared by the tests that judge it.</summary>
    public Task<CrawlResult> CrawlAsync() => _crawl ??= Crawler.CrawlAsync(this);

    /// <summary>One page of a named kind: <c>index</c>, <c>source</c> (sources/*.html) or <c>event</c> (events/*.html).</summary>
    public async Task<string> PageOfKindAsync(string kind)
    {
        if (kind == "index") return "index.html";
        string folder = kind switch { "source" => "sources/", "event" => "events/", _ => throw new ArgumentOutOfRangeException(nameof(kind)) };
        var pages = await HtmlPagesAsync();
        return pages.FirstOrDefault(p => p.StartsWith(folder, StringComparison.Ordinal))
            ?? throw new ShouldAssertException($"the site has no {kind} page ({folder}*.html)");
    }

    /// <summary>
    /// One page of every type the site has, whatever the build adds later: each top-level page and
    /// each folder's index.html is a type of its own; the other pages of a folder share one.
    /// </summary>
    public async Task<IReadOnlyList<string>> OnePageOfEachTypeAsync() =>
        (await HtmlPagesAsync())
            .GroupBy(p => p.Contains('/') && !p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..p.LastIndexOf('/')] + "/*" : p)
            .Select(g => g.First())
            .ToList();

    private async Task EnsureStartedAsync()
    {
        if (_browser is not null) return;
        await _startGate.WaitAsync();
        try
        {
            if (_browser is not null) return;
            if (!File.Exists(BrowserRequirements.ChromiumPath))
                throw BrowserRequirements.Missing(BrowserRequirements.ChromiumMissing);

            _folder ??= new TempFolder();
            if (!Directory.Exists(Output))
                new SiteBuild(EnglishRecognizer.Instance).Run(new BuildSettings { Input = RepoPaths.Seeds, Output = Output });
            _server ??= StaticSiteServer.Start(Output);
            _playwright ??= await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = BrowserRequirements.ChromiumPath,
                Headless = true,
                Args = ChromiumArgs,
                Timeout = 60_000,
            });
        }
        finally
        {
            _startGate.Release();
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        _folder?.Dispose();
        _startGate.Dispose();
    }
}

/// <summary>Every browser test shares one site and one browser; the tests in it run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<SiteUnderTest>
{
    public const string Name = "browser";
}
