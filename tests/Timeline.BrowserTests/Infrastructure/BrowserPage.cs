using System.Text.Json;
using Microsoft.Playwright;

namespace Timeline.BrowserTests.Infrastructure;

/// <summary>
/// A page in its own browser context, recording everything that went wrong while it was open:
/// console errors, uncaught exceptions, failed requests, HTTP errors, and any request that tried
/// to leave the test server or the local disk (aborted, so the tests never touch the network).
/// </summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _problems = [];

    private BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>What went wrong so far, each with the page it happened on.</summary>
    public IReadOnlyList<string> Problems
    {
        get { lock (_problems) return [.. _problems]; }
    }

    internal static async Task<BrowserPage> OpenAsync(IBrowserContext context, Uri baseUrl)
    {
        string origin = baseUrl.GetLeftPart(UriPartial.Authority);
        await context.RouteAsync(
            url => !url.StartsWith(origin + "/", StringComparison.Ordinal) && !url.StartsWith("file:", StringComparison.Ordinal),
            route => route.AbortAsync("blockedbyclient"));
        var page = await context.NewPageAsync();
        var result = new BrowserPage(context, page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error") result.Record($"console error on {page.Url}: {message.Text}");
        };
        page.PageError += (_, error) => result.Record($"uncaught exception on {page.Url}: {error}");
        page.RequestFailed += (_, request) => result.Record($"request failed from {page.Url}: {request.Method} {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400) result.Record($"HTTP {response.Status} from {page.Url}: {response.Request.Method} {response.Url}");
        };
        return result;
    }

    private void Record(string problem)
    {
        lock (_problems) _problems.Add(problem);
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Runs <paramref name="function"/> (a JS function of <paramref name="arg"/>) and reads its result
    /// as <typeparamref name="T"/>: through JSON, because Playwright's own conversion cannot build records.
    /// </summary>
    public async Task<T> EvaluateJsonAsync<T>(string function, object? arg = null)
    {
        string json = await Page.EvaluateAsync<string>($"async arg => JSON.stringify(await ({function})(arg))", arg);
        return JsonSerializer.Deserialize<T>(json, Json) ?? throw new InvalidOperationException("the page returned null");
    }

    /// <summary>Polls <paramref name="predicate"/> (a JS function of <paramref name="arg"/>) until it is truthy, failing with <paramref name="because"/> after a bounded wait.</summary>
    public async Task WaitUntilAsync(string predicate, object? arg, string because, int timeoutMs = 10_000)
    {
        try
        {
            await Page.WaitForFunctionAsync(predicate, arg, new PageWaitForFunctionOptions { Timeout = timeoutMs, PollingInterval = 50 });
        }
        catch (TimeoutException)
        {
            throw new ShouldAssertException($"{because} (not within {timeoutMs} ms on {Page.Url})");
        }
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
