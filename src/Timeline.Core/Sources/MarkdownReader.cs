using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Timeline.Core.Sources;

/// <summary>
/// Reads a <c>.md</c> article: YAML front matter as the file's metadata, the body rendered to
/// plain text by Markdig with a <see cref="SourceMap"/> back into the Markdown, so a passage
/// found in the text can be anchored to the line it was written on.
/// </summary>
public static class MarkdownReader
{
    // Precise locations give each inline its span in the source, which the map is built from.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    public static ArticleContent Read(string content)
    {
        var (metadata, bodyStart) = FrontMatter.Read(content);
        var document = Markdown.Parse(content[bodyStart..], Pipeline);
        var text = new MappedTextBuilder(content, bodyStart);
        string? firstHeading = null;

        foreach (var block in document.Descendants<LeafBlock>())
        {
            // Code, raw HTML and link definitions are not prose; a news passage never lives there.
            if (block is not (ParagraphBlock or HeadingBlock) || block.Inline is null) continue;
            text.StartBlock();
            int before = text.Length;
            AppendInlines(block.Inline, text);
            if (block is HeadingBlock { Level: 1 } && firstHeading is null) firstHeading = text.Since(before).Trim();
        }

        string body = text.ToString();
        if (string.IsNullOrWhiteSpace(body)) throw new SourceFormatException("the file has no text");
        return new ArticleContent
        {
            Metadata = metadata,
            DateEvidence = metadata.Date is { } date ? $"front matter: date {date}" : null,
            InferredTitle = string.IsNullOrEmpty(firstHeading) ? null : firstHeading,
            Text = body,
            SourceMap = text.BuildMap(),
        };
    }

    private static void AppendInlines(ContainerInline container, MappedTextBuilder text)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString(), literal.Span);
                    break;
                case CodeInline code:
                    text.Append(code.Content, code.Span);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString(), entity.Span, rewritten: true);
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url, autolink.Span);
                    break;
                case LineBreakInline lineBreak:
                    // A soft break is a space in the rendered paragraph; it keeps its one-character width.
                    text.Append(lineBreak.IsHard ? "\n" : " ", lineBreak.Span);
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case ContainerInline inner:
                    AppendInlines(inner, text);
                    break;
            }
        }
    }
}
