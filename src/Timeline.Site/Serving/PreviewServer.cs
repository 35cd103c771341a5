using System.Net;
using System.Net.Sockets;
using System.Text;
using Timeline.Core.Config;
using Timeline.Site.Building;
using Timeline.Site.Output;

namespace Timeline.Site.Serving;

/// <param name="Build">The build to run; its <c>Output</c> is ignored: the server builds into a private folder.</param>
/// <param name="Port">The port on 127.0.0.1; 0 picks a free one.</param>
/// <param name="BasePath">The path the site is served under (<c>/</c>, or <c>/repo/</c> as on a GitHub Pages project site).</param>
public sealed record PreviewOptions(BuildSettings Build, int Port = 8080, string BasePath = "/", TimeSpan? PollInterval = null);

/// <summary>
/// <c>timeline serve</c>: builds the site, serves it on 127.0.0.1, rebuilds when an input, a
/// template or the config changes, and makes open pages reload. A failed build keeps the last good
/// site being served, with the error shown on every page until a build succeeds.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly PreviewOptions _options;
    private readonly Func<BuildSettings, BuildReport> _build;
    private readonly Action<string> _log;
    private readonly string _workFolder = Path.Combine(Path.GetTempPath(), "timeline-serve", Guid.NewGuid().ToString("N"));
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly InputWatcher _watcher;
    private readonly List<Task> _loops = [];
    private volatile SiteSnapshot _current = SiteSnapshot.Empty;

    public PreviewServer(PreviewOptions options, Func<BuildSettings, BuildReport> build, Action<string>? log = null)
    {
        _options = options with { BasePath = NormalizeBasePath(options.BasePath) };
        _build = build;
        _log = log ?? (_ => { });
        _watcher = new InputWatcher(WatchedFolders);
        int port = options.Port == 0 ? FreePort() : options.Port;
        Address = new Uri($"http://127.0.0.1:{port}{_options.BasePath}");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
    }

    /// <summary>Where the site is served, base path included.</summary>
    public Uri Address { get; }

    public SiteSnapshot Current => _current;

    private string BasePath => _options.BasePath;

    /// <summary>Builds once, then serves and watches until <see cref="DisposeAsync"/>.</summary>
    public void Start()
    {
        _watcher.Changed(); // the first build sees the inputs as they are now
        Rebuild();
        _listener.Start();
        _loops.Add(Task.Run(ServeLoop));
        _loops.Add(Task.Run(WatchLoop));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Close();
        try { await Task.WhenAll(_loops); } catch (Exception ex) when (ex is OperationCanceledException or HttpListenerException or ObjectDisposedException) { }
        // Only the private build folder this server created is removed.
        if (Directory.Exists(_workFolder)) Directory.Delete(_workFolder, recursive: true);
        _stop.Dispose();
    }

    public static string NormalizeBasePath(string? path)
    {
        string trimmed = (path ?? "").Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : $"/{trimmed}/";
    }

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private IEnumerable<string> WatchedFolders()
    {
        var settings = _options.Build;
        yield return settings.Input;
        if (settings.Templates is not null) yield return settings.Templates;
        string? configured = null;
        try { configured = ConfigLoader.LoadFromFolder(settings.Input).Templates; }
        catch (ConfigException) { } // the build reports it
        if (configured is not null) yield return Path.Combine(settings.Input, configured);
    }

    private async Task WatchLoop()
    {
        var interval = _options.PollInterval ?? TimeSpan.FromMilliseconds(500);
        while (!_stop.IsCancellationRequested)
        {
            try { await Task.Delay(interval, _stop.Token); } catch (OperationCanceledException) { return; }
            if (_watcher.Changed()) Rebuild();
        }
    }

    private void Rebuild()
    {
        int version = _current.Version + 1;
        try
        {
            // The analysis cache (if the settings use one) lives beside the private site, so only the
            // articles edited since the last build are analysed again.
            var report = _build(_options.Build with { Output = Path.Combine(_workFolder, "site") });
            var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            string root = Path.Combine(_workFolder, "site");
            foreach (string file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (relative != SiteWriter.ManifestName) files[relative] = File.ReadAllBytes(file);
            }
            _current = new SiteSnapshot(files, version, null);
            _log($"built: {report.Sources} sources, {report.Events} events; serving {Address}");
        }
        catch (BuildFailedException ex)
        {
            string error = string.Join('\n', ex.Details.Append(ex.Message));
            _current = _current with { Version = version, Error = error };
            _log($"build failed: {error}");
        }
        catch (Exception ex)
        {
            // Anything else (a file changing mid-build, a bug in a stage): a preview server outlives any one
            // build, keeps serving the last good site and tries again on the next change.
            _current = _current with { Version = version, Error = ex.Message };
            _log($"build failed: {ex}");
        }
    }

    private async Task ServeLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var (status, type, body, location) = Resolve(context.Request);
            response.StatusCode = status;
            response.ContentType = type;
            response.Headers["Cache-Control"] = "no-store";
            if (location is not null) response.RedirectLocation = location;
            response.ContentLength64 = body.Length;
            if (context.Request.HttpMethod != "HEAD") response.OutputStream.Write(body);
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException) { } // the client went away
        finally
        {
            try { response.Close(); } catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException) { }
        }
    }

    private (int Status, string Type, byte[] Body, string? Location) Resolve(HttpListenerRequest request)
    {
        if (request.HttpMethod is not ("GET" or "HEAD")) return (405, "text/plain", "GET only\n"u8.ToArray(), null);
        string path = Uri.UnescapeDataString(request.Url!.AbsolutePath);
        if (!path.StartsWith(BasePath, StringComparison.Ordinal))
        {
            return path == "/" || BasePath.StartsWith(path.TrimEnd('/') + "/", StringComparison.Ordinal)
                ? (302, "text/plain", [], BasePath)
                : (404, "text/plain", Encoding.UTF8.GetBytes($"Not found: the site is served under {BasePath}\n"), null);
        }
        string relative = path[BasePath.Length..];
        var site = _current;
        if (relative == LiveReload.VersionPath) return (200, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(site.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)), null);
        if (relative == LiveReload.ScriptPath) return (200, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(LiveReload.Script(BasePath)), null);
        if (site.Files.Count == 0) return (500, "text/html; charset=utf-8", LiveReload.ErrorPage(BasePath, site.Error ?? "no build yet"), null);

        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        if (!site.Files.TryGetValue(relative, out var body))
        {
            if (site.Files.ContainsKey(relative + "/index.html")) return (302, "text/plain", [], BasePath + relative + "/");
            return site.Files.TryGetValue("404.html", out var notFound)
                ? (404, "text/html; charset=utf-8", LiveReload.Inject(notFound, BasePath, site.Error), null)
                : (404, "text/plain", "Not found\n"u8.ToArray(), null);
        }
        string type = ContentType(relative);
        if (type.StartsWith("text/html", StringComparison.Ordinal)) body = LiveReload.Inject(body, BasePath, site.Error);
        return (200, type, body, null);
    }

    private static string ContentType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".ics" => "text/calendar; charset=utf-8",
        ".xml" => path.EndsWith("feed.xml", StringComparison.Ordinal) ? "application/atom+xml; charset=utf-8" : "application/xml; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".txt" => "text/plain; charset=utf-8",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".woff2" => "font/woff2",
        _ => "application/octet-stream",
    };
}
