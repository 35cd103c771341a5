using AngleSharp.Html.Parser;

namespace Timeline.Site.Tests;

/// <summary>
/// Follows every internal link of a built site (href, src, cite, on HTML and SVG elements alike)
/// and reports those whose file or fragment does not exist. Absolute URLs are outside the site.
/// </summary>
internal static class LinkChecker
{
    public static IReadOnlyList<string> Broken(string root)
    {
        var parser = new HtmlParser();
        var documents = new Dictionary<string, AngleSharp.Dom.IDocument>(StringComparer.Ordinal);
        AngleSharp.Dom.IDocument Load(string relative) =>
            documents.TryGetValue(relative, out var d) ? d : documents[relative] = parser.ParseDocument(File.ReadAllText(Path.Combine(root, relative)));

        var broken = new List<string>();
        var pages = Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (string page in pages)
        {
            foreach (var element in Load(page).QuerySelectorAll("[href], [src], [cite]"))
            {
                foreach (string attribute in new[] { "href", "src", "cite" })
                {
                    string? link = element.GetAttribute(attribute);
                    if (link is null || IsExternal(link)) continue;
                    string path = link.Split('#')[0];
                    string? fragment = link.Contains('#') ? Uri.UnescapeDataString(link[(link.IndexOf('#') + 1)..]) : null;
                    string target = path.Length == 0 ? page : Resolve(page, Uri.UnescapeDataString(path));
                    if (!File.Exists(Path.Combine(root, target)))
                        broken.Add($"{page}: {link} (no file {target})");
                    else if (!string.IsNullOrEmpty(fragment) && target.EndsWith(".html", StringComparison.Ordinal) && Load(target).GetElementById(fragment) is null)
                        broken.Add($"{page}: {link} (no id {fragment} in {target})");
                }
            }
        }
        return broken;
    }

    private static bool IsExternal(string link) => Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is not "file";

    private static string Resolve(string page, string path)
    {
        var parts = page.Split('/').SkipLast(1).ToList();
        foreach (string part in path.Split('/'))
        {
            if (part == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); else parts.Add(".."); }
            else if (part is not ("." or "")) parts.Add(part);
        }
        return string.Join('/', parts);
    }
}
