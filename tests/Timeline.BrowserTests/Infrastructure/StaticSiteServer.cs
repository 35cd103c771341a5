using System.Net;
using System.Net.Sockets;

namespace Timeline.BrowserTests.Infrastructure;

/// <summary>
/// Serves a built site on 127.0.0.1 under <c>/Timeline/</c>, the way GitHub Pages serves a
/// project site, so the tests catch links that only work at the domain root or from file://.
/// Anything outside the base path is 404, as it would be there.
/// </summary>
internal sealed class StaticSiteServer : IAsyncDisposable
{
    public const string BasePath = "/Timeline/";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".atom"] = "application/atom+xml; charset=utf-8",
        [".rss"] = "application/rss+xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".ico"] = "image/x-icon",
        [".webmanifest"] = "application/manifest+json",
        [".woff2"] = "font/woff2",
    };

    private readonly string _root;
    private readonly HttpListener _listener;
    private readonly Task _loop;

    private StaticSiteServer(string root, HttpListener listener, int port)
    {
        _root = Path.GetFullPath(root);
        _listener = listener;
        BaseUrl = new Uri($"http://127.0.0.1:{port}{BasePath}");
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>The site's address, ending in <c>/Timeline/</c>.</summary>
    public Uri BaseUrl { get; }

    public static StaticSiteServer Start(string root)
    {
        // HttpListener cannot bind port 0, so borrow a free ephemeral port from the OS first;
        // another process could take it in between, hence the few retries.
        for (int attempt = 1; ; attempt++)
        {
            int port = FreeLoopbackPort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new StaticSiteServer(root, listener, port);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // stopped
            }
            try
            {
                await RespondAsync(context).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
            {
                // The browser closed the connection early (a navigation away); nothing to answer.
            }
        }
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        var response = context.Response;
        using (response)
        {
            string path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
            if (NeedsTrailingSlash(path))
            {
                response.Redirect(path + "/"); // as GitHub Pages does for a folder, so relative links resolve
                return;
            }
            if (context.Request.HttpMethod is not ("GET" or "HEAD"))
            {
                response.StatusCode = 405;
                return;
            }
            string? file = Resolve(path);
            if (file is null)
            {
                // GitHub Pages answers a missing page under the site with the site's own 404.html.
                response.StatusCode = 404;
                file = path.StartsWith(BasePath, StringComparison.Ordinal) ? Resolve(BasePath + "404.html") : null;
                if (file is null) return;
            }
            byte[] body = await File.ReadAllBytesAsync(file).ConfigureAwait(false);
            response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
            response.ContentLength64 = body.Length;
            response.AddHeader("Cache-Control", "no-store");
            if (context.Request.HttpMethod == "GET")
                await response.OutputStream.WriteAsync(body).ConfigureAwait(false);
        }
    }

    private bool NeedsTrailingSlash(string path) =>
        path == BasePath.TrimEnd('/')
        || (path.StartsWith(BasePath, StringComparison.Ordinal) && !path.EndsWith('/') && ToLocal(path) is { } local && Directory.Exists(local));

    /// <summary>The file a URL path names, or null: outside the base path, outside the site folder, or missing.</summary>
    private string? Resolve(string path)
    {
        if (ToLocal(path) is not { } full) return null;
        if (Directory.Exists(full)) full = Path.Combine(full, "index.html");
        return File.Exists(full) ? full : null;
    }

    /// <summary>The local path under the site folder for a URL path under the base path; null for anything else (including <c>..</c> escapes).</summary>
    private string? ToLocal(string path)
    {
        if (!path.StartsWith(BasePath, StringComparison.Ordinal)) return null;
        string full = Path.GetFullPath(Path.Combine(_root, path[BasePath.Length..]));
        return full == _root || full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop.ConfigureAwait(false);
    }
}
