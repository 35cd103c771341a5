using System.Text;
using Timeline.Site.Model;

namespace Timeline.Site.Feeds;

/// <summary>The site's machine-readable files, beside its pages: data, calendar, feed and crawler hints.</summary>
internal static class Feeds
{
    /// <summary>The big data files, written straight to their file as they are made.</summary>
    public static IEnumerable<(string Path, Action<Stream> Write)> Streamed(SiteModel model)
    {
        yield return ("timeline.json", output => TimelineJson.Write(model, output));
        yield return ("timelinejs.json", output => TimelineJsExport.Write(model, output));
        yield return ("events.ics", output => CalendarFile.Write(model, output));
    }

    public static IEnumerable<(string Path, byte[] Content)> All(SiteModel model) => TimelineJson.SourceTexts(model).Concat(Besides(model));

    /// <summary>Every file of <see cref="All"/> but the sources' text files.</summary>
    public static IEnumerable<(string Path, byte[] Content)> Besides(SiteModel model) => Others(model).Prepend((AtomFeed.Path, AtomFeed.Write(model)));

    /// <summary>Every file of <see cref="Besides"/> but the feed.</summary>
    public static IEnumerable<(string Path, byte[] Content)> Others(SiteModel model)
    {
        yield return ("robots.txt", Robots(model.Site));
        // Without it GitHub Pages runs Jekyll, which hides files and folders starting with _ or .
        yield return (".nojekyll", []);
        if (model.Site.BaseUrl is not null)
        {
            foreach (var file in Sitemap.Files(model)) yield return file;
        }
        if (!string.IsNullOrEmpty(model.Site.Cname)) yield return ("CNAME", Encoding.ASCII.GetBytes(model.Site.Cname + "\n"));
    }

    /// <summary>The absolute URL of a page when the base URL is known, else its root-relative path.</summary>
    public static string Url(SiteInfo site, string path) => (site.BaseUrl ?? "") + (path == "index.html" && site.BaseUrl is not null ? "" : path);

    /// <summary>The moment the data was last updated, from the sources' own dates: never the clock.</summary>
    public static string Updated(SiteInfo site) => (site.Updated ?? "1970-01-01") + "T00:00:00Z";

    private static byte[] Robots(SiteInfo site)
    {
        var text = new StringBuilder("User-agent: *\nAllow: /\n");
        if (site.BaseUrl is not null) text.Append("Sitemap: ").Append(site.BaseUrl).Append("sitemap.xml\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
