using Timeline.Site.Model;

namespace Timeline.Site.Feeds;

/// <summary>sitemap.xml: every page at its absolute URL. Only written when the base URL is known, as the protocol wants absolute URLs.</summary>
internal static class Sitemap
{
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static byte[] Write(SiteModel model) => XmlFile.Write(xml =>
    {
        xml.WriteStartElement("urlset", Ns);
        var pages = new List<string> { "index.html", "sources.html" };
        pages.AddRange(model.Sources.Select(s => s.Href));
        pages.AddRange(model.Events.Select(e => e.Href));
        foreach (string page in pages)
        {
            xml.WriteStartElement("url", Ns);
            xml.WriteElementString("loc", Ns, Feeds.Url(model.Site, page));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    });
}
