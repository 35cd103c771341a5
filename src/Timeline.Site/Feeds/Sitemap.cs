using System.Globalization;
using Timeline.Site.Model;

namespace Timeline.Site.Feeds;

/// <summary>
/// sitemap.xml: every page at its absolute URL. Only written when the base URL is known, as the
/// protocol wants absolute URLs. The protocol allows 50,000 URLs in one file: past that,
/// sitemap.xml is an index of sitemap-1.xml, sitemap-2.xml…, each within the limit.
/// </summary>
internal static class Sitemap
{
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const int MaxUrls = 50_000;

    public static IEnumerable<(string Path, byte[] Content)> Files(SiteModel model)
    {
        var pages = new List<string> { "index.html" };
        pages.AddRange(model.SourcePages.Select(p => p.Path));
        pages.AddRange(model.Pages.Select(p => p.Path));
        pages.AddRange(model.Sources.Select(s => s.Href));
        pages.AddRange(model.Events.Select(e => e.Href));
        if (pages.Count <= MaxUrls)
        {
            yield return ("sitemap.xml", UrlSet(model.Site, pages));
            yield break;
        }
        var parts = pages.Chunk(MaxUrls).ToList();
        var names = parts.Select((_, i) => $"sitemap-{(i + 1).ToString(CultureInfo.InvariantCulture)}.xml").ToList();
        yield return ("sitemap.xml", XmlFile.Write(xml =>
        {
            xml.WriteStartElement("sitemapindex", Ns);
            foreach (string name in names)
            {
                xml.WriteStartElement("sitemap", Ns);
                xml.WriteElementString("loc", Ns, Feeds.Url(model.Site, name));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }));
        for (int i = 0; i < parts.Count; i++) yield return (names[i], UrlSet(model.Site, parts[i]));
    }

    private static byte[] UrlSet(SiteInfo site, IEnumerable<string> pages) => XmlFile.Write(xml =>
    {
        xml.WriteStartElement("urlset", Ns);
        foreach (string page in pages)
        {
            xml.WriteStartElement("url", Ns);
            xml.WriteElementString("loc", Ns, Feeds.Url(site, page));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    });
}
