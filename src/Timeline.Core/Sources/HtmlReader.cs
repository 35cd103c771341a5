using AngleSharp.Html.Parser;

namespace Timeline.Core.Sources;

/// <summary>
/// Reads an <c>.html</c>/<c>.htm</c> article with AngleSharp. Malformed markup is repaired the
/// way a browser repairs it (the HTML parsing algorithm never rejects a page); only a page with
/// no article text left is refused.
/// </summary>
public static class HtmlReader
{
    public static ArticleContent Read(string html)
    {
        var parser = new HtmlParser();
        var (metadata, evidence) = HtmlMetadata.Read(parser.ParseDocument(html));
        string text = HtmlMainContent.Extract(() => parser.ParseDocument(html), metadata.Url);
        if (string.IsNullOrWhiteSpace(text)) throw new SourceFormatException("no article text found in the HTML");
        return new ArticleContent
        {
            Metadata = metadata,
            DateEvidence = evidence is null ? null : "HTML " + evidence,
            Text = text,
        };
    }
}
