using Timeline.Core.Config;
using Timeline.Core.Events;
using Timeline.Site.Feeds;
using Timeline.Site.Model;
using Timeline.Site.Output;
using Timeline.Site.Rendering;

namespace Timeline.Site;

/// <summary>Renders a timeline into the files of a static site, in memory, deterministically.</summary>
public sealed class SiteGenerator(SiteOptions options)
{
    public const string Generator = "Timeline";

    /// <summary>Every file of the site by relative path, in ordinal order.</summary>
    public SortedDictionary<string, byte[]> Render(TimelineData timeline, TimelineConfig config)
    {
        var templates = new TemplateSet(options.TemplatesFolder);
        var renderer = new PageRenderer(templates);
        string? baseUrl = BaseUrl.Normalize(options.BaseUrl ?? config.BaseUrl);
        var site = new SiteInfo(config.Title, config.Description, baseUrl, Generator, Cname: config.Cname?.Trim());
        var model = SiteModelBuilder.Build(timeline, site);
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        void Page(string path, string template, string title, string root, params (string Key, object? Value)[] extra)
        {
            var page = Globals(model, root, title, path);
            foreach (var (key, value) in extra) page[key] = value;
            files[path] = SiteWriter.Text(renderer.Render(template, page));
        }

        Page("index.html", "index.sbn", model.Site.Title, "");
        Page("sources.html", "sources.sbn", "Sources", "");
        foreach (var source in model.Sources)
            Page(source.Href, "source.sbn", source.Title, "../", ("source", source));
        foreach (var e in model.Events)
            Page(e.Href, "event.sbn", $"{e.Date}: {e.Headline}", "../", ("event", e));
        // GitHub Pages serves 404.html for a missing path at any depth, where relative links would
        // miss; with a known base URL its links are absolute.
        Page("404.html", "404.sbn", "Page not found", baseUrl ?? "");

        foreach (var (path, content) in Feeds.Feeds.All(model))
            files[path] = content;
        foreach (string asset in templates.AssetNames())
            files[asset] = templates.ReadBytes(asset);
        return files;
    }

    private static Dictionary<string, object?> Globals(SiteModel model, string root, string title, string path) => new(StringComparer.Ordinal)
    {
        ["site"] = model.Site,
        ["decades"] = model.Decades,
        ["years"] = model.Years,
        ["events"] = model.Events,
        ["sources"] = model.Sources,
        ["overview"] = model.Overview,
        ["root"] = root,
        ["page_title"] = title,
        ["page_path"] = path,
    };
}
