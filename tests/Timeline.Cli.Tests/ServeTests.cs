using System.Net;
using AngleSharp.Html.Parser;
using Timeline.Site.Building;
using Timeline.Site.Serving;
using Timeline.Temporal;
using Timeline.Tests.Shared;

namespace Timeline.Cli.Tests;

/// <summary>The preview server on a free port of 127.0.0.1, stopped after each test.</summary>
public sealed class ServeTests : IAsyncLifetime
{
    private const string Article = "Title: Armistice\nDate: 2023-07-28\n\nThe armistice was signed on July 27, 1953, ending the fighting.\n";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly TempFolder _temp = new();
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };
    private PreviewServer? _server;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        _http.Dispose();
        _temp.Dispose();
    }

    private PreviewServer Start(string basePath = "/", string? templates = null, List<BuildReport>? reports = null)
    {
        _temp.Write("in/a.txt", Article);
        var build = new SiteBuild(EnglishRecognizer.Instance);
        var settings = new BuildSettings { Input = _temp.Combine("in"), Templates = templates };
        _server = new PreviewServer(new PreviewOptions(settings, Port: 0, BasePath: basePath, PollInterval: TimeSpan.FromMilliseconds(100)), s =>
        {
            var report = build.Run(s);
            lock (reports ?? []) reports?.Add(report);
            return report;
        });
        _server.Start();
        return _server;
    }

    private async Task<AngleSharp.Dom.IDocument> Page(string url) =>
        new HtmlParser().ParseDocument(await _http.GetStringAsync(new Uri(_server!.Address, url)));

    private static async Task Eventually(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"timed out waiting for {what}");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task Serve_ServesTheSiteOnLoopback_WithTheReloadScriptInjectedIntoResponsesOnly()
    {
        var server = Start();

        server.Address.Host.ShouldBe("127.0.0.1");
        var index = await Page("index.html");
        index.QuerySelectorAll("li.event").Length.ShouldBe(1);
        index.QuerySelectorAll("script").Select(s => s.GetAttribute("src")).ShouldContain("/" + LiveReload.ScriptPath);
        System.Text.Encoding.UTF8.GetString(server.Current.Files["index.html"]).ShouldNotContain(LiveReload.ScriptPath);
        var css = await _http.GetAsync(new Uri(server.Address, "assets/style.css"));
        css.Content.Headers.ContentType!.MediaType.ShouldBe("text/css");
        (await _http.GetStringAsync(new Uri(server.Address, LiveReload.VersionPath))).ShouldBe("1");
        (await _http.GetAsync(new Uri(server.Address, "missing.html"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Serve_RebuildsWhenAnArticleChanges()
    {
        var server = Start();

        _temp.Write("in/b.txt", "Title: Invasion\nDate: 2023-07-28\n\nRussia invaded Ukraine in February 2022.\n");

        await Eventually(async () => (await Page("index.html")).QuerySelectorAll("li.event").Length == 2, "the new article's event");
        server.Current.Version.ShouldBeGreaterThan(1);
    }

    [Fact]
    public async Task Serve_ReusesTheAnalysesOfUnchangedArticles_AndStillShowsEveryEdit()
    {
        var reports = new List<BuildReport>();
        Start(reports: reports);

        _temp.Write("in/b.txt", "Title: Invasion\nDate: 2023-07-28\n\nRussia invaded Ukraine in February 2022.\n");
        await Eventually(async () => (await Page("index.html")).QuerySelectorAll("li.event").Length == 2, "the new article's event");
        _temp.Write("in/a.txt", Article.Replace("July 27, 1953", "July 28, 1953", StringComparison.Ordinal));
        await Eventually(async () => (await Page("index.html")).QuerySelector("li.event time")?.GetAttribute("datetime") == "1953-07-28", "the edited date");

        lock (reports)
        {
            reports[0].Analysed.ShouldBe(1);
            reports[^1].Analysed.ShouldBe(1); // a.txt again; b.txt came from the cache
            reports.Sum(r => r.Analysed).ShouldBeLessThan(reports.Sum(r => r.Sources));
        }
    }

    [Fact]
    public async Task Serve_ShowsABuildErrorInThePage_AndKeepsServingTheLastGoodSite()
    {
        string theme = _temp.Combine("theme");
        Directory.CreateDirectory(theme);
        var server = Start(templates: theme);

        _temp.Write("theme/index.sbn", "<h1>{{ site.title </h1>\n");
        await Eventually(async () => (await Page("index.html")).GetElementById(LiveReload.ErrorId) is not null, "the error banner");
        var page = await Page("index.html");
        page.GetElementById(LiveReload.ErrorId)!.TextContent.ShouldContain("index.sbn(1,");
        page.QuerySelectorAll("li.event").Length.ShouldBe(1, "the last good site is still served");

        File.Delete(_temp.Combine("theme", "index.sbn"));
        await Eventually(async () => (await Page("index.html")).GetElementById(LiveReload.ErrorId) is null, "the error to clear");
        server.Current.Error.ShouldBeNull();
    }

    [Fact]
    public async Task Serve_UnderABasePath_AsOnAGitHubPagesProjectSite()
    {
        var server = Start(basePath: "repo");

        server.Address.AbsolutePath.ShouldBe("/repo/");
        var root = await _http.GetAsync(new Uri(server.Address, "/"));
        root.StatusCode.ShouldBe(HttpStatusCode.Found);
        root.Headers.Location!.OriginalString.ShouldBe("/repo/");
        var index = await Page("/repo/");
        string href = index.QuerySelector("li.event .event-sources a")!.GetAttribute("href")!;
        (await _http.GetAsync(new Uri(new Uri(server.Address, "/repo/index.html"), href))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
