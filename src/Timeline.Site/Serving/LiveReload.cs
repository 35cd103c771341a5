using System.Net;
using System.Text;

namespace Timeline.Site.Serving;

/// <summary>
/// What the preview server adds to HTML responses, never to built files: a script that polls the
/// build version and reloads the page when it changes, and the last build's error when it failed.
/// </summary>
public static class LiveReload
{
    public const string VersionPath = "__timeline/version";
    public const string ScriptPath = "__timeline/reload.js";
    public const string ErrorId = "timeline-build-error";

    public static string Script(string basePath) => $$"""
        // Injected by `timeline serve` only: reload when the site is rebuilt.
        (function () {
          "use strict";
          var url = "{{basePath}}{{VersionPath}}";
          var seen = null;
          function poll() {
            fetch(url, { cache: "no-store" }).then(function (r) { return r.text(); }).then(function (v) {
              if (seen !== null && v !== seen) location.reload();
              seen = v;
            }).catch(function () {}).then(function () { setTimeout(poll, 500); });
          }
          poll();
        })();
        """;

    public static byte[] Inject(byte[] html, string basePath, string? error)
    {
        var extra = new StringBuilder();
        if (error is not null)
        {
            extra.Append($"<div id=\"{ErrorId}\" role=\"alert\" style=\"position:fixed;inset:auto 0 0 0;z-index:9;max-height:50vh;overflow:auto;margin:0;padding:1rem;background:#7f1d1d;color:#fff;font:14px/1.4 monospace\">");
            extra.Append("<strong>Build failed; showing the last good build.</strong><pre style=\"white-space:pre-wrap;margin:.5rem 0 0\">");
            extra.Append(WebUtility.HtmlEncode(error));
            extra.Append("</pre></div>");
        }
        extra.Append($"<script src=\"{basePath}{ScriptPath}\" defer></script>");
        string text = Encoding.UTF8.GetString(html);
        int at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        text = at < 0 ? text + extra : text.Insert(at, extra.ToString());
        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>The page shown when no build has succeeded yet.</summary>
    public static byte[] ErrorPage(string basePath, string error) => Inject(Encoding.UTF8.GetBytes(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed</title></head><body><h1>Build failed</h1><p>Fix the problem below; the page reloads when the site builds.</p></body></html>"),
        basePath, error);
}
