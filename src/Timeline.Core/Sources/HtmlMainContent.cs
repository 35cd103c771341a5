using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using SmartReader;

namespace Timeline.Core.Sources;

/// <summary>
/// Finds the article in a page, without navigation, ads, comments or scripts. SmartReader (a
/// Readability port) decides when it can; it gives up on articles under about 500 characters,
/// so a short page goes through <see cref="Fallback"/>, a plain heuristic: drop the elements
/// that are never the article, then read the <c>&lt;article&gt;</c>, <c>&lt;main&gt;</c> or body.
/// </summary>
internal static partial class HtmlMainContent
{
    // Below this SmartReader's choice is not trusted: it may have kept only a caption or teaser.
    private const int MinReadableLength = 200;

    // SmartReader's scoring grows faster than the page (measured here: 2,000 paragraphs 2 s, a 10 MB
    // page over two minutes). A news page cleared of furniture has a few hundred elements; one with
    // more is no ordinary article, and the heuristic alone reads it in seconds.
    private const int SmartReaderMaxElements = 3_000;

    // Class or id words of page furniture, matched as whole words (`comment-list`, not `commentary`).
    [GeneratedRegex(@"(^|[\s_-])(nav|navbar|menu|breadcrumbs?|comments?|advert|advertisement|ads?|adsbygoogle|sponsor(ed)?|promo|share|sharing|social|related|newsletter|subscribe|cookie|cookies|banner|sidebar|popup|modal|masthead|footer|header|outbrain|taboola)($|[\s_-])",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Furniture();

    private const string FurnitureTags = "script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, "
        + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true], [hidden]";

    /// <summary>The article's text; <paramref name="parse"/> gives a fresh copy of the page, since SmartReader changes the one it reads.</summary>
    public static string Extract(Func<IHtmlDocument> parse, string? url)
    {
        // Furniture goes first in both paths: SmartReader drops class names, so it cannot be found after.
        var forReader = parse();
        RemoveFurniture(forReader);
        if (forReader.All.Length > SmartReaderMaxElements) return Fallback(forReader);
        string? readable = TrySmartReader(forReader, url);
        if (readable is { Length: >= MinReadableLength }) return readable;
        var page = parse();
        RemoveFurniture(page);
        return Fallback(page);
    }

    private static string? TrySmartReader(IHtmlDocument document, string? url)
    {
        // SmartReader only reads the address given here (to resolve relative links); it fetches nothing.
        var reader = new Reader(SafeUrl.OrNull(url) ?? "https://localhost/", document);
        var article = reader.GetArticle();
        if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content)) return null;
        var content = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(article.Content);
        return HtmlText.Extract(content.Body!);
    }

    private static void RemoveFurniture(IHtmlDocument document)
    {
        foreach (var element in document.QuerySelectorAll(FurnitureTags).ToList()) element.Remove();
        int pageLength = document.Body?.TextContent.Length ?? 0;
        foreach (var element in document.QuerySelectorAll("[class], [id]").ToList())
        {
            if (element.LocalName is "body" or "html" or "article" or "main") continue;
            if (!Furniture().IsMatch(element.GetAttribute("class") ?? "") && !Furniture().IsMatch(element.GetAttribute("id") ?? "")) continue;
            // A wrapper named for its layout (`has-sidebar`) may hold the article itself: keep anything that big.
            if (element.QuerySelector("article, main, [role=main]") is not null || element.TextContent.Length * 2 > pageLength) continue;
            element.Remove();
        }
    }

    /// <summary>The text of the largest <c>&lt;article&gt;</c>, else <c>&lt;main&gt;</c>, else the body, of a page cleared of furniture.</summary>
    private static string Fallback(IHtmlDocument document)
    {
        INode root = document.QuerySelectorAll("article").OrderByDescending(a => a.TextContent.Length).FirstOrDefault()
            ?? document.QuerySelector("main, [role=main]")
            ?? (INode?)document.Body
            ?? document;
        return HtmlText.Extract(root);
    }
}
