using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Timeline.Core.Sources;

/// <summary>
/// What an HTML page says about itself. Each field takes the first of its candidates that the
/// page has, strongest first: title from <c>og:title</c>, the first <c>&lt;h1&gt;</c>, <c>&lt;title&gt;</c>;
/// date from <c>article:published_time</c>, a <c>&lt;time datetime&gt;</c>, JSON-LD <c>datePublished</c>,
/// <c>&lt;meta name="date"&gt;</c>; URL from <c>link rel=canonical</c>, <c>og:url</c>; publisher
/// from <c>og:site_name</c>, JSON-LD <c>publisher.name</c>; author from <c>meta name=author</c>, JSON-LD.
/// </summary>
internal static class HtmlMetadata
{
    public static (SourceMetadata Metadata, string? DateEvidence) Read(IHtmlDocument document)
    {
        var jsonLd = JsonLd(document).ToList();
        var (date, evidence) = PublishedDate(document, jsonLd);
        var meta = new SourceMetadata
        {
            Title = First(Meta(document, "og:title"), Text(document.QuerySelector("h1")), Text(document.QuerySelector("title"))),
            Date = date,
            Url = First(Absolute(document.QuerySelector("link[rel~=canonical i]")?.GetAttribute("href")), Absolute(Meta(document, "og:url"))),
            Publisher = First(Meta(document, "og:site_name"), jsonLd.Select(j => Name(j, "publisher")).FirstOrDefault(n => n is not null)),
            Author = First(Meta(document, "author"), jsonLd.Select(j => Name(j, "author")).FirstOrDefault(n => n is not null)),
        };
        return (meta, evidence);
    }

    private static (string? Date, string? Evidence) PublishedDate(IHtmlDocument document, List<JsonElement> jsonLd)
    {
        if (Meta(document, "article:published_time") is { } published)
            return (published, $"<meta property=\"article:published_time\" content=\"{published}\">");

        // A page holds many <time> elements (comments, "today" in the masthead): prefer the one marked
        // as the publication date, then the first one in the article.
        var time = document.QuerySelector("time[datetime][itemprop=datePublished i], time[datetime][pubdate]")
            ?? document.QuerySelector("article time[datetime]");
        if (time?.GetAttribute("datetime")?.Trim() is { Length: > 0 } datetime)
            return (datetime, $"<time datetime=\"{datetime}\">");

        foreach (var item in jsonLd)
            if (item.TryGetProperty("datePublished", out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } ld)
                return (ld, $"JSON-LD datePublished \"{ld}\"");

        foreach (string name in (string[])["date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "dcterms.date"])
            if (Meta(document, name) is { } meta)
                return (meta, $"<meta name=\"{name}\" content=\"{meta}\">");
        return (null, null);
    }

    private static string? Meta(IHtmlDocument document, string key)
    {
        foreach (var element in document.QuerySelectorAll("meta[content]"))
        {
            string? name = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
            if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase) && Collapse(element.GetAttribute("content")) is { } content)
                return content;
        }
        return null;
    }

    private static string? Text(IElement? element) => Collapse(element?.TextContent);

    // Metadata is one line: runs of white space (line breaks in an attribute, indentation in <h1>) become one space.
    private static string? Collapse(string? value) =>
        value is null ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) is { Length: > 0 } t ? t : null;

    private static string? First(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    // A relative canonical link cannot be resolved without knowing where the page was saved from,
    // so it is ignored; an absolute address of any scheme is kept and judged later.
    private static string? Absolute(string? url) =>
        url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && !uri.IsFile ? url.Trim() : null;

    /// <summary>Every JSON-LD object on the page, with the items of an <c>@graph</c> or a top-level array; invalid JSON is skipped.</summary>
    private static IEnumerable<JsonElement> JsonLd(IHtmlDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json' i]"))
        {
            JsonElement root;
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                root = json.RootElement.Clone();
            }
            catch (JsonException)
            {
                continue;
            }
            foreach (var item in Flatten(root)) yield return item;
        }
    }

    private static IEnumerable<JsonElement> Flatten(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                foreach (var inner in Flatten(item)) yield return inner;
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
                foreach (var inner in Flatten(graph)) yield return inner;
        }
    }

    // `"author": "Name"`, `{"name": "Name"}` or a list of those: the first name.
    private static string? Name(JsonElement item, string property)
    {
        if (!item.TryGetProperty(property, out var value)) return null;
        if (value.ValueKind == JsonValueKind.Array) value = value.EnumerateArray().FirstOrDefault();
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object when value.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String => name.GetString(),
            _ => null,
        };
    }
}
