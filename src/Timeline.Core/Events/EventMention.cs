using Timeline.Temporal;

namespace Timeline.Core.Events;

/// <summary>
/// One source's report of an event: the sentence that says it (<see cref="Quote"/>, anchored on the
/// source page at <see cref="Passage"/>) and the date expression inside it.
/// </summary>
public sealed record EventMention
{
    public required string SourceId { get; init; }

    /// <summary>The fragment id of the sentence on the source page.</summary>
    public required string Passage { get; init; }

    public required string Quote { get; init; }

    /// <summary>Offset of the quote in the source's text.</summary>
    public required int QuoteStart { get; init; }

    /// <summary>The date expression as written (<c>July 27, 1953</c>).</summary>
    public required string DateText { get; init; }

    /// <summary>Offset of the date expression in the source's text.</summary>
    public required int DateStart { get; init; }

    public required TimeValue Value { get; init; }
}
