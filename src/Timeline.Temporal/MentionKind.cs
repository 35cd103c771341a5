namespace Timeline.Temporal;

/// <summary>TIMEX3 types as Timeline reports them: a range is one mention with an <c>A/B</c> value.</summary>
public enum MentionKind
{
    Date,
    DateRange,
    Duration,
    Set,
}
