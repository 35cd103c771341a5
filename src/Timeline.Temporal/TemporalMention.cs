namespace Timeline.Temporal;

/// <summary>
/// One date expression found in a text: where it is (UTF-16 offsets into the text as given),
/// what it says, and what it means.
/// </summary>
public sealed record TemporalMention(int Start, int Length, string Text, MentionKind Kind, TimeValue Value)
{
    public int End => Start + Length;

    /// <summary>False when the value could not be placed in time (relative with no anchor, no year known).</summary>
    public bool IsAnchored => Value.IsResolved;

    /// <summary>For a range, its two ends as mentions of their own (TimeML annotates each end); otherwise null.</summary>
    public IReadOnlyList<TemporalMention>? Parts { get; init; }
}
