using Timeline.Core.Config;
using Timeline.Site.Feeds;
using Timeline.Site.Model;
using Timeline.Site.Rendering;

namespace Timeline.Site;

/// <summary>A file of the site rendered on its own; <see cref="Fingerprint"/> is set for a page (what <c>.timeline-pages</c> records).</summary>
internal sealed record SourceFile(string Path, byte[] Content, string? Fingerprint);

public sealed partial class SiteGenerator
{
    // Values every page sees that do not depend on the timeline: a source page may read them and still be rendered alone.
    private static readonly HashSet<string> ConstantShared = new(StringComparer.Ordinal) { "site", "page", "sources_page" };

    /// <summary>The site's own description, from the config and the build's base URL; <c>Updated</c> comes from the sources.</summary>
    private SiteInfo SiteOf(TimelineConfig config) =>
        new(config.Title, config.Description, BaseUrl.Normalize(options.BaseUrl ?? config.BaseUrl), Generator, Cname: config.Cname?.Trim());

    private static PageJob SourcePage(SourceView s) => new(s.Href, "source.sbn", s.Title, "../", [], ("source", s));

    private static PageJob EventPage(EventView e) => new(e.Href, "event.sbn", $"{e.Date}: {e.Headline}", "../", [], ("event", e));

    /// <summary>
    /// The page and the text file of each of <paramref name="sources"/>, byte for byte what <see cref="RenderTo"/> gives
    /// them, without the rest of the site: for a rebuild in which only these sources' own text changed. Null when the
    /// templates let a source page read anything of the whole timeline (then it must be rendered with all of it).
    /// </summary>
    /// <param name="updated">The site's <see cref="SiteInfo.Updated"/>: the latest publication date of all sources.</param>
    internal IReadOnlyList<SourceFile>? RenderSources(IReadOnlyList<SourceView> sources, TimelineConfig config, string? updated)
    {
        var templates = new TemplateSet(options.TemplatesFolder);
        var renderer = new PageRenderer(templates);
        var model = new SiteModel(SiteOf(config) with { Updated = updated }, [], [], [], sources, new OverviewView("", "", []));
        // Only the site's description is real here; the lists of events and sources are empty, so a page must not read them.
        var shared = SharedGlobals(model);
        var read = new TemplateDependencies(renderer.Parse).Of("source.sbn", PageRenderer.Layout);
        if (read is null || read.Any(name => shared.ContainsKey(name) && !ConstantShared.Contains(name))) return null;

        var fingerprinter = new PageFingerprinter(templates, renderer, shared);
        var files = new List<SourceFile>();
        foreach (var source in sources)
        {
            var job = SourcePage(source);
            var globals = Globals(job);
            string fingerprint = fingerprinter.Of(job.Template, globals);
            foreach (var (key, value) in shared) globals.TryAdd(key, value);
            using var buffer = new MemoryStream();
            renderer.RenderTo(job.Template, globals, buffer);
            files.Add(new SourceFile(job.Path, buffer.ToArray(), fingerprint));
        }
        foreach (var (path, content) in TimelineJson.SourceTexts(model)) files.Add(new SourceFile(path, content, null));
        return files;
    }
}
