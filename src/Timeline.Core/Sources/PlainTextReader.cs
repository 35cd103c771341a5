using System.Text.RegularExpressions;

namespace Timeline.Core.Sources;

/// <summary>
/// Reads a <c>.txt</c> article: optional header fields at the top (<c>date 2023-07-28</c>,
/// <c>Title: …</c>, <c>URL: …</c>, <c>Source: …</c>), then an optional dateline
/// (<c>Pyongyang [North Korea], July 28 :</c>), then the body.
/// </summary>
public static partial class PlainTextReader
{
    // A header is a known key at the very start of the remaining text. Both patterns here are compiled to code by the source
    // generator rather than built as NonBacktracking automata at run time (30-50 ms of the first file a rebuild reads, on
    // its critical path): neither has a nested or unbounded quantifier, and each is matched against at most 32 or 160
    // characters, so no input can make them backtrack beyond a few thousand steps.
    [GeneratedRegex(@"^(?<key>date|title|url|source|publisher|author)(:[ \t]*|[ \t]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderKey();

    // A dateline: a capitalised place (optionally with a bracketed country), a comma, a month and day, then ':' or a dash.
    [GeneratedRegex(@"^\p{Lu}[\p{L} .'\-\[\]()]{1,60}, (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(, \d{4})?( \([\p{L} .]{1,30}\))? ?(:|-|–|—)[ \t]*", RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePattern();

    /// <summary>The article as the loader takes it: header fields as the file's metadata, the body as its text.</summary>
    public static ArticleContent ReadContent(string content)
    {
        var article = Read(content);
        if (string.IsNullOrWhiteSpace(article.Body)) throw new SourceFormatException("the file has no text");
        return new ArticleContent
        {
            Metadata = article.Metadata,
            DateEvidence = article.Metadata.Date is { } date ? $"header: date {date}" : null,
            Dateline = article.Dateline,
            Text = article.Body,
        };
    }

    public static PlainTextArticle Read(string content)
    {
        var meta = new SourceMetadata();
        ReadOnlySpan<char> rest = content.AsSpan().TrimStart();
        while (true)
        {
            var match = HeaderKey().Match(rest[..Math.Min(rest.Length, 32)].ToString());
            if (!match.Success) break;
            string key = match.Groups["key"].Value.ToLowerInvariant();
            bool colon = match.Value.Contains(':', StringComparison.Ordinal);
            // Without a colon only `date YYYY-MM-DD` is a header: "Source close to …" is prose.
            if (!colon && !(key == "date" && rest.Length >= match.Length + 10 && IsIsoShaped(rest.Slice(match.Length, 10)))) break;
            rest = rest[match.Length..];
            string value = TakeValue(key, ref rest);
            meta = key switch
            {
                "date" => meta with { Date = value },
                "title" => meta with { Title = value },
                "url" => meta with { Url = value },
                "publisher" or "source" => meta with { Publisher = value },
                _ => meta with { Author = value },
            };
            rest = rest.TrimStart();
        }

        // The body is cut from the span and made a string once: an article is most of the file.
        string? dateline = null;
        var dl = DatelinePattern().Match(rest[..Math.Min(rest.Length, 160)].ToString());
        if (dl.Success)
        {
            dateline = rest[..dl.Length].TrimEnd().ToString();
            rest = rest[dl.Length..];
        }
        return new PlainTextArticle(meta, dateline, rest.TrimEnd().ToString());
    }

    // `2023-02-30` is shaped like a date: it is a header whose date the loader then reports as impossible.
    private static bool IsIsoShaped(ReadOnlySpan<char> text) =>
        text.Length == 10 && text[4] == '-' && text[7] == '-'
        && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[2]) && char.IsAsciiDigit(text[3])
        && char.IsAsciiDigit(text[5]) && char.IsAsciiDigit(text[6]) && char.IsAsciiDigit(text[8]) && char.IsAsciiDigit(text[9]);

    // A date header may stand on the same line as the text that follows it (`date 2023-07-28 Pyongyang …`),
    // so an ISO date takes just its ten characters; any other value runs to the end of its line.
    private static string TakeValue(string key, ref ReadOnlySpan<char> rest)
    {
        if (key == "date" && rest.Length >= 10 && IsIsoShaped(rest[..10]))
        {
            string date = rest[..10].ToString();
            rest = rest[10..];
            return date;
        }
        int end = rest.IndexOfAny('\r', '\n');
        if (end < 0) end = rest.Length;
        string value = rest[..end].Trim().ToString();
        rest = rest[end..];
        return value;
    }
}
