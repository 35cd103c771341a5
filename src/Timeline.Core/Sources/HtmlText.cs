using System.Text;
using AngleSharp.Dom;

namespace Timeline.Core.Sources;

/// <summary>
/// The readable text of an HTML element: one paragraph per block element, separated by a blank
/// line, white space collapsed as a browser shows it, <c>&lt;br&gt;</c> kept as a line break.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
        "table", "tr", "td", "th", "ul", "body",
    };

    // Never text a reader sees.
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "head", "button", "select", "input", "textarea",
    };

    public static string Extract(INode root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(root, current, paragraphs);
        Flush(current, paragraphs);
        return string.Join("\n\n", paragraphs);
    }

    private static void Walk(INode node, StringBuilder current, List<string> paragraphs)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    AppendCollapsed(current, text.Data);
                    break;
                case IElement element when Skipped.Contains(element.LocalName):
                    break;
                case IElement { LocalName: "br" }:
                    TrimTrailingSpace(current);
                    current.Append('\n');
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    Flush(current, paragraphs);
                    Walk(element, current, paragraphs);
                    Flush(current, paragraphs);
                    break;
                case IElement element:
                    Walk(element, current, paragraphs);
                    break;
            }
        }
    }

    private static void AppendCollapsed(StringBuilder current, string data)
    {
        foreach (char c in data)
        {
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                if (current.Length > 0 && current[^1] is not (' ' or '\n')) current.Append(' ');
            }
            else
            {
                current.Append(c);
            }
        }
    }

    private static void TrimTrailingSpace(StringBuilder current)
    {
        while (current.Length > 0 && current[^1] == ' ') current.Length--;
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        string paragraph = current.ToString().Trim();
        if (paragraph.Length > 0) paragraphs.Add(paragraph.Replace(" \n", "\n", StringComparison.Ordinal));
        current.Clear();
    }
}
