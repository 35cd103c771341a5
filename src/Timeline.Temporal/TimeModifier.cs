namespace Timeline.Temporal;

/// <summary>TIMEX3's <c>mod</c>: qualifies a value without changing its TIMEX string.</summary>
public enum TimeModifier
{
    None,
    Approximate,
    Early,
    Mid,
    Late,
    Start,
    End,
    Before,
    After,
}
