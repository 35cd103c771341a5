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
public sealed record DocumentAnalysis(
    SourceDocument Source,
    IReadOnlyList<Paragraph> Paragraphs,
    IReadOnlyList<TemporalMention> Mentions,
    IReadOnlyList<EventMention> Statements)
{
    /// <summary>The paragraphs left out as page furniture rather than article content.</summary>
    public IReadOnlyList<Paragraph> Boilerplate { get; init; } = [];

    /// <summary>The publication date inferred from the text when the metadata had none; null otherwise.</summary>
    public InferredDate? InferredDate { get; init; }

    /// <summary>
    /// This analysis with <see cref="Source"/> carrying <see cref="InferredDate"/>: an analysis read
    /// back from a cache is attached to the source as read, without the inferred date.
    /// </summary>
    public DocumentAnalysis WithInferredDate() =>
        InferredDate is { } inferred && Source.Published is null
            ? this with { Source = Source with { Published = inferred.Date, PublishedBasis = DateBasis.Inferred, PublishedEvidence = inferred.Evidence } }
            : this;
}
