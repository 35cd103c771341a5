namespace Timeline.Core.Sources;

/// <summary>The kinds of article file the loader reads, chosen by file extension.</summary>
public enum SourceFormat
{
    PlainText,
    Markdown,
    Html,
}

public static class SourceFormats
{
    /// <summary>The format of a file name, or null when the loader does not read that extension.</summary>
    public static SourceFormat? FromPath(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" => SourceFormat.PlainText,
        ".md" or ".markdown" => SourceFormat.Markdown,
        ".html" or ".htm" => SourceFormat.Html,
        _ => null,
    };
}
