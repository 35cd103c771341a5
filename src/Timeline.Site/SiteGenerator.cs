using Timeline.Core.Config;
using Timeline.Core.Events;
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
        var shared = SharedGlobals(model);

        // Pages are independent: render them in parallel (PageRenderer is thread-safe), each into its slot, so
        // the result does not depend on the scheduling.
        var pages = new List<PageJob>
        {
            new("index.html", "index.sbn", model.Site.Title, "", model.Paged ? [] : model.Decades),
            new("sources.html", "sources.sbn", "Sources", "", []),
        };
        pages.AddRange(model.Pages.Select(p => new PageJob(p.Path, "page.sbn", p.Title, "../", p.Decades, ("page", p))));
        pages.AddRange(model.Sources.Select(s => new PageJob(s.Href, "source.sbn", s.Title, "../", [], ("source", s))));
        pages.AddRange(model.Events.Select(e => new PageJob(e.Href, "event.sbn", $"{e.Date}: {e.Headline}", "../", [], ("event", e))));
        // GitHub Pages serves 404.html for a missing path at any depth, where relative links would
        // miss; with a known base URL its links are absolute.
        pages.Add(new("404.html", "404.sbn", "Page not found", baseUrl ?? "", []));

        var rendered = new byte[pages.Count][];
        var failed = new Exception?[pages.Count];
        Parallel.For(0, pages.Count, (i, loop) =>
        {
            try
            {
                rendered[i] = Render(i);
            }
            catch (Exception ex)
            {
                failed[i] = ex;
                loop.Break();
            }
        });
        // The error of the first failing page, as a sequential render would report it.
        if (failed.FirstOrDefault(e => e is not null) is { } error)
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);

        byte[] Render(int i)
        {
            var job = pages[i];
            var globals = new Dictionary<string, object?>(shared, StringComparer.Ordinal)
            {
                ["root"] = job.Root,
                ["page_title"] = job.Title,
                ["page_path"] = job.Path,
                ["listing"] = job.Listing,
            };
            foreach (var (key, value) in job.Extra) globals[key] = value;
            return SiteWriter.Text(renderer.Render(job.Template, globals));
        }

        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        for (int i = 0; i < pages.Count; i++) files[pages[i].Path] = rendered[i];
        foreach (var (path, content) in Feeds.Feeds.All(model))
            files[path] = content;
        foreach (string asset in templates.AssetNames())
            files[asset] = templates.ReadBytes(asset);
        return files;
    }

    private sealed record PageJob(string Path, string Template, string Title, string Root, IReadOnlyList<DecadeView> Listing, params (string Key, object? Value)[] Extra);

    /// <summary>What every page sees. <c>listing</c> is what a page lists (all decades on a one-page index); <c>page</c> is set on decade and year pages.</summary>
    private static Dictionary<string, object?> SharedGlobals(SiteModel model) => new(StringComparer.Ordinal)
    {
        ["site"] = model.Site,
        ["decades"] = model.Decades,
        ["years"] = model.Years,
        ["events"] = model.Events,
        ["sources"] = model.Sources,
        ["overview"] = model.Overview,
        ["paged"] = model.Paged,
        ["pages"] = model.Pages,
        ["page"] = null,
    };
}
