namespace Timeline.Temporal.Grammar;

/// <summary>
/// A rule's result over tokens [<paramref name="First"/>, <paramref name="End"/>). A range keeps its
/// two ends as <paramref name="Parts"/> so that they can be reported separately, as TimeML does.
/// </summary>
internal sealed record Match(int First, int End, MentionKind Kind, TimeValue Value, IReadOnlyList<Match>? Parts = null)
{
    public int TokenCount => End - First;

    public static Match Date(int first, int end, TimeValue value) => new(first, end, MentionKind.Date, value);
}
