using Timeline.Temporal;

namespace Timeline.Core.Sources;

/// <summary>
/// One article, read and cleaned. <see cref="Text"/> is the body that dates are recognized in and
/// that the source page shows; every passage offset points into it.
/// </summary>
public sealed record SourceDocument
{
    /// <summary>A URL-safe slug, unique among the sources of one build.</summary>
    public required string Id { get; init; }

    /// <summary>The file's path relative to the input folder, with forward slashes.</summary>
    public required string Path { get; init; }

    public required string Title { get; init; }

    public required string Text { get; init; }

    /// <summary>The original article's address; only http(s) addresses are kept.</summary>
    public string? Url { get; init; }

    public string? Publisher { get; init; }

    public string? Author { get; init; }

    /// <summary>The dateline that opened the article (<c>Pyongyang [North Korea], July 28 :</c>), kept out of <see cref="Text"/>.</summary>
    public string? Dateline { get; init; }

    public CalendarDate? Published { get; init; }

    public DateBasis PublishedBasis { get; init; } = DateBasis.Unknown;

    /// <summary>Why the date is what it is, for a reader: the header line, the dateline, the statements it was inferred from.</summary>
    public string? PublishedEvidence { get; init; }

    /// <summary>Publish only the quoted passages, never the full text (articles that may not be republished).</summary>
    public bool ExcerptsOnly { get; init; }

    /// <summary>Topics given by the front matter or timeline.yml; empty when none.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>
    /// For a source whose <see cref="Text"/> is rendered from markup (Markdown): where each text
    /// offset came from in the file, so a passage can be anchored to its line. Null when the text
    /// is the file's own body (plain text) or cannot be traced back (HTML).
    /// </summary>
    public SourceMap? SourceMap { get; init; }

    // Value equality over the lists too, so that two reads of the same file compare equal (caches, tests).
    public bool Equals(SourceDocument? other) =>
        other is not null
        && Id == other.Id && Path == other.Path && Title == other.Title && Text == other.Text
        && Url == other.Url && Publisher == other.Publisher && Author == other.Author && Dateline == other.Dateline
        && Published == other.Published && PublishedBasis == other.PublishedBasis && PublishedEvidence == other.PublishedEvidence
        && ExcerptsOnly == other.ExcerptsOnly && Tags.SequenceEqual(other.Tags, StringComparer.Ordinal) && Equals(SourceMap, other.SourceMap);

    public override int GetHashCode() => HashCode.Combine(Id, Path, Text.Length, Published);
}
