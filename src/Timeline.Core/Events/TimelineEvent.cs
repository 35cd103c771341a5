using Timeline.Temporal;

namespace Timeline.Core.Events;

/// <summary>A happening on the timeline, with every source passage that reports it.</summary>
public sealed record TimelineEvent
{
    /// <summary>A slug that depends only on the event itself, so permalinks survive rebuilds.</summary>
    public required string Id { get; init; }

    /// <summary>The event's date: the most precise of its mentions' dates (or an editor's).</summary>
    public required TimeValue When { get; init; }

    public required string Headline { get; init; }

    /// <summary>Every report of the event, in a stable order (by source, then position).</summary>
    public required IReadOnlyList<EventMention> Mentions { get; init; }

    /// <summary>
    /// Dates some sources give that disagree with <see cref="When"/> (27 July against 28 July 1953).
    /// Empty when the sources agree. The site shows them beside the date: "sources disagree: …".
    /// The mention whose <see cref="EventMention.Value"/> equals one of these is the dissenting source.
    /// </summary>
    public IReadOnlyList<TimeValue> Conflicts { get; init; } = [];

    /// <summary>
    /// Ids of events that belong with this one without being it: the enclosing happening (a visit of
    /// three days) and its parts (a reception on its second day). Each relation is listed on both events.
    /// </summary>
    public IReadOnlyList<string> Related { get; init; } = [];

    /// <summary>True for an event an editor added in timeline.yml rather than one found in a source.</summary>
    public bool IsManual { get; init; }

    /// <summary>True when an editor rewrote the headline or date in timeline.yml.</summary>
    public bool IsEdited { get; init; }

    /// <summary>
    /// The source of mention <paramref name="index"/>, without reading the mention when the events were kept as places among the sources'
    /// statements (<see cref="Incremental.PlacedMentions"/>): a source's statements left unparsed stay so.
    /// </summary>
    public string SourceOf(int index) => Mentions is Incremental.PlacedMentions placed ? placed.SourceIdAt(index) : Mentions[index].SourceId;

    /// <summary>
    /// Mention <paramref name="index"/>, read alone when the events were kept as places (<see cref="Incremental.PlacedMentions"/>):
    /// only its own source's statements are parsed, where reading <see cref="Mentions"/> parses those of every source the event cites.
    /// </summary>
    public EventMention MentionAt(int index) => Mentions is Incremental.PlacedMentions placed ? placed.At(index) : Mentions[index];
}
