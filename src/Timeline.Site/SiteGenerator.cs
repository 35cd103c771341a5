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
        var site = new SiteInfo(config.Title, config.Description, options.BaseUrl ?? config.BaseUrl, Generator);
        var model = SiteModelBuilder.Build(timeline, site);
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);

        files["index.html"] = SiteWriter.Text(renderer.Render("index.sbn", Page(model, root: "", title: site.Title)));
        foreach (var source in model.Sources)
        {
            var page = Page(model, root: "../", title: source.Title);
            page["source"] = source;
            files[source.Href] = SiteWriter.Text(renderer.Render("source.sbn", page));
        }
        foreach (string asset in templates.AssetNames())
            files[asset] = templates.ReadBytes(asset);
        return files;
    }

    private static Dictionary<string, object?> Page(SiteModel model, string root, string title) => new(StringComparer.Ordinal)
    {
        ["site"] = model.Site,
        ["years"] = model.Years,
        ["events"] = model.Events,
        ["sources"] = model.Sources,
        ["root"] = root,
        ["page_title"] = title,
    };
}
