using Timeline.Core.Inference;
using Timeline.Core.Sources;
using Timeline.Core.Text;
using Timeline.Temporal;

namespace Timeline.Core.Events;

/// <summary>
/// What extraction learned from one source: its content passages, the dates recognized in them, and
/// the statements they date. <see cref="Source"/> carries the publication date as finally known
/// (inferred when the metadata lacked it). Page furniture (menus, share blocks, the publisher's
/// blurb) is in <see cref="Boilerplate"/>, never in <see cref="Paragraphs"/>.
/// </summary>
/// <remarks>
/// An analysis read back from the cache has its statements at once, but its paragraphs, mentions and boilerplate (its
/// <see cref="AnalysisBody"/>) only when first asked for: a rebuild after one edit merges every source's statements
/// but shows the text of a few sources only, and reading every body was most of reading the cache.
/// </remarks>
public sealed record DocumentAnalysis
{
    private readonly IReadOnlyList<Paragraph>? _paragraphs;
    private readonly IReadOnlyList<TemporalMention>? _mentions;
    private readonly IReadOnlyList<Paragraph>? _boilerplate;
    private readonly Lazy<AnalysisBody>? _body;

    public DocumentAnalysis(SourceDocument Source, IReadOnlyList<Paragraph> Paragraphs, IReadOnlyList<TemporalMention> Mentions, IReadOnlyList<EventMention> Statements)
    {
        this.Source = Source;
        _paragraphs = Paragraphs;
        _mentions = Mentions;
        this.Statements = Statements;
    }

    /// <summary>An analysis whose body is read by <paramref name="body"/> when first asked for (once, from any thread).</summary>
    internal DocumentAnalysis(SourceDocument source, IReadOnlyList<EventMention> statements, Func<AnalysisBody> body)
    {
        Source = source;
        Statements = statements;
        _body = new Lazy<AnalysisBody>(body, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public SourceDocument Source { get; init; }

    public IReadOnlyList<Paragraph> Paragraphs { get => _paragraphs ?? _body!.Value.Paragraphs; init => _paragraphs = value; }

    public IReadOnlyList<TemporalMention> Mentions { get => _mentions ?? _body!.Value.Mentions; init => _mentions = value; }

    public IReadOnlyList<EventMention> Statements { get; init; }

    /// <summary>The paragraphs left out as page furniture rather than article content.</summary>
    public IReadOnlyList<Paragraph> Boilerplate { get => _boilerplate ?? _body?.Value.Boilerplate ?? []; init => _boilerplate = value; }

    /// <summary>The publication date inferred from the text when the metadata had none; null otherwise.</summary>
    public InferredDate? InferredDate { get; init; }

    /// <summary>False while the statements of an analysis read back from the cache have not been asked for (they are parsed then).</summary>
    public bool StatementsParsed() => Caching.UnparsedStatements.Parsed(Statements);

    /// <summary>False while the body of an analysis read back from the cache has not been asked for.</summary>
    internal bool BodyRead => _body is null || _body.IsValueCreated;

    public void Deconstruct(out SourceDocument Source, out IReadOnlyList<Paragraph> Paragraphs, out IReadOnlyList<TemporalMention> Mentions, out IReadOnlyList<EventMention> Statements)
    {
        Source = this.Source;
        Paragraphs = this.Paragraphs;
        Mentions = this.Mentions;
        Statements = this.Statements;
    }

    // As a positional record compared them (the lists by reference), whether the body is read yet or not.
    public bool Equals(DocumentAnalysis? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            EqualityComparer<SourceDocument>.Default.Equals(Source, other.Source)
            && ReferenceEquals(Paragraphs, other.Paragraphs) && ReferenceEquals(Mentions, other.Mentions)
            && ReferenceEquals(Statements, other.Statements) && ReferenceEquals(Boilerplate, other.Boilerplate)
            && Equals(InferredDate, other.InferredDate));

    public override int GetHashCode() => HashCode.Combine(Source, Statements);

    /// <summary>
    /// This analysis with <see cref="Source"/> carrying <see cref="InferredDate"/>: an analysis read
    /// back from a cache is attached to the source as read, without the inferred date.
    /// </summary>
    public DocumentAnalysis WithInferredDate() =>
        InferredDate is { } inferred && Source.Published is null
            ? this with { Source = Source with { Published = inferred.Date, PublishedBasis = DateBasis.Inferred, PublishedEvidence = inferred.Evidence } }
            : this;
}

/// <summary>What an analysis holds besides its statements: the content paragraphs, the dates recognized, the page furniture.</summary>
public sealed record AnalysisBody(IReadOnlyList<Paragraph> Paragraphs, IReadOnlyList<TemporalMention> Mentions, IReadOnlyList<Paragraph> Boilerplate);
