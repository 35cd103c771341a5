using System.Net;
using Timeline.BrowserTests.Infrastructure;
using Timeline.Tests.Shared;

namespace Timeline.BrowserTests;

/// <summary>
/// The test server must behave like GitHub Pages for a project site, or the browser tests would
/// pass on links that break once published. Plain HTTP: these run without a browser.
/// </summary>
public sealed class StaticSiteServerTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(10) };
    private StaticSiteServer? _server;

    public Task InitializeAsync()
    {
        _folder.Write("site/index.html", "<!DOCTYPE html><title>home</title>");
        _folder.Write("site/404.html", "<!DOCTYPE html><title>not found</title>");
        _folder.Write("site/assets/style.css", "body{}");
        _folder.Write("site/assets/timeline.js", "'use strict';");
        _folder.Write("site/events/index.html", "<!DOCTYPE html><title>events</title>");
        _folder.Write("outside.txt", "secret"); // beside the site, never to be served
        _server = StaticSiteServer.Start(_folder.Combine("site"));
        return Task.CompletedTask;
    }

    private Uri Url(string path) => new(_server!.BaseUrl, path);

    [Theory]
    [InlineData("", "text/html; charset=utf-8")]
    [InlineData("index.html", "text/html; charset=utf-8")]
    [InlineData("assets/style.css", "text/css; charset=utf-8")]
    [InlineData("assets/timeline.js", "text/javascript; charset=utf-8")]
    public async Task Server_ServesFilesUnderTheBasePathWithTheirContentType(string path, string contentType)
    {
        using var response = await _http.GetAsync(Url(path));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().ShouldBe(contentType);
    }

    [Fact]
    public async Task Server_IsOnLoopbackUnderTimeline()
    {
        _server!.BaseUrl.Host.ShouldBe("127.0.0.1");
        _server.BaseUrl.AbsolutePath.ShouldBe("/Timeline/");
        using var root = await _http.GetAsync(new Uri(_server.BaseUrl, "/index.html"));
        root.StatusCode.ShouldBe(HttpStatusCode.NotFound, "the domain root is not the site");
    }

    [Theory]
    [InlineData("/Timeline", "/Timeline/")]
    [InlineData("/Timeline/events", "/Timeline/events/")]
    public async Task Server_RedirectsAFolderToItsSlash(string path, string location)
    {
        using var response = await _http.GetAsync(new Uri(_server!.BaseUrl, path));
        ((int)response.StatusCode).ShouldBeInRange(301, 302);
        response.Headers.Location!.ToString().ShouldEndWith(location);
    }

    [Theory]
    [InlineData("missing.html")]
    [InlineData("events/missing.html")]
    public async Task Server_AnswersAMissingPageWithTheSites404Page(string path)
    {
        using var response = await _http.GetAsync(Url(path));
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("not found");
    }

    [Fact]
    public async Task Server_NeverServesAFileOutsideTheSite()
    {
        // %2e%2e is "..": decoded before the path is resolved, so it must still be refused.
        using var response = await _http.GetAsync(new Uri(_server!.BaseUrl.GetLeftPart(UriPartial.Authority) + "/Timeline/%2e%2e/outside.txt"));
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("secret");
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        _folder.Dispose();
    }
}
