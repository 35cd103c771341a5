using Timeline.Core.Sources;
using Timeline.Core.Text;
using Timeline.Temporal;

namespace Timeline.Core.Events;

/// <summary>What extraction learned from one source: its passages, its dates, and the statements they date.</summary>
public sealed record DocumentAnalysis(
    SourceDocument Source,
    IReadOnlyList<Paragraph> Paragraphs,
    IReadOnlyList<TemporalMention> Mentions,
    IReadOnlyList<EventMention> Statements);
