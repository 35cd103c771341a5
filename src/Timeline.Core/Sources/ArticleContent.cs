namespace Timeline.Core.Sources;

/// <summary>
/// What a format reader found in one file, before timeline.yml and the precedence rules apply:
/// the file's own metadata, what can be inferred from its shape, and its text.
/// </summary>
public sealed record ArticleContent
{
    /// <summary>What the file says about itself: header lines, front matter, HTML metadata.</summary>
    public required SourceMetadata Metadata { get; init; }

    /// <summary>Where <see cref="SourceMetadata.Date"/> came from, for a reader (<c>front matter: date 2023-07-28</c>).</summary>
    public string? DateEvidence { get; init; }

    /// <summary>A title guessed from the text (a first heading), weaker than any stated title.</summary>
    public string? InferredTitle { get; init; }

    public string? Dateline { get; init; }

    public required string Text { get; init; }

    /// <summary>Offsets of <see cref="Text"/> back into the file, when the text is not the file verbatim (Markdown).</summary>
    public SourceMap? SourceMap { get; init; }
}
