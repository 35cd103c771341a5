using Timeline.Temporal;

namespace Timeline.Core.Sources;

/// <summary>
/// One article, read and cleaned. <see cref="Text"/> is the body that dates are recognized in and
/// that the source page shows; every passage offset points into it.
/// </summary>
/// <remarks>
/// A document taken from the analysis cache rather than read (its file unchanged since the build that stored it) has its
/// text, and source map, read from the file when first asked for (<see cref="TextReader"/>): a rebuild after one edit
/// shows the text of a few sources only.
/// </remarks>
public sealed record SourceDocument
{
    /// <summary>A URL-safe slug, unique among the sources of one build.</summary>
    public required string Id { get; init; }

    /// <summary>The file's path relative to the input folder, with forward slashes.</summary>
    public required string Path { get; init; }

    public required string Title { get; init; }

    public required string Text
    {
        get => _lazy is { } lazy ? lazy.Value.Text : _text;
        init => (_text, _lazy) = (value, null);
    }

    private string _text = "";
    private SourceMap? _sourceMap;
    private Lazy<(string Text, SourceMap? Map)>? _lazy;

    /// <summary>
    /// Where <see cref="Text"/> and <see cref="SourceMap"/> are read from when first asked for (once, from any thread; copies
    /// made with <c>with</c> share the read), instead of being given.
    /// </summary>
    internal Func<(string Text, SourceMap? Map)> TextReader
    {
        init => _lazy = new Lazy<(string, SourceMap?)>(value, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>False while the text of a document taken from the cache has not been asked for.</summary>
    internal bool TextRead => _lazy is null || _lazy.IsValueCreated;

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
    public SourceMap? SourceMap
    {
        get => _lazy is { } lazy ? lazy.Value.Map : _sourceMap;
        init => _sourceMap = value;
    }

    // Value equality over the lists too, so that two reads of the same file compare equal (caches, tests).
    public bool Equals(SourceDocument? other) =>
        other is not null
        && Id == other.Id && Path == other.Path && Title == other.Title && Text == other.Text
        && Url == other.Url && Publisher == other.Publisher && Author == other.Author && Dateline == other.Dateline
        && Published == other.Published && PublishedBasis == other.PublishedBasis && PublishedEvidence == other.PublishedEvidence
        && ExcerptsOnly == other.ExcerptsOnly && Tags.SequenceEqual(other.Tags, StringComparer.Ordinal) && Equals(SourceMap, other.SourceMap);

    // Not the text: a document taken from the cache reads it only when asked for.
    public override int GetHashCode() => HashCode.Combine(Id, Path, Published);
}
