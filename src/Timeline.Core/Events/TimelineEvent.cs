using Timeline.Temporal;

namespace Timeline.Core.Events;

/// <summary>A happening on the timeline, with every source passage that reports it.</summary>
public sealed record TimelineEvent
{
    /// <summary>A slug that depends only on the event itself, so permalinks survive rebuilds.</summary>
    public required string Id { get; init; }

    public required TimeValue When { get; init; }

    public required string Headline { get; init; }

    public required IReadOnlyList<EventMention> Mentions { get; init; }
}
