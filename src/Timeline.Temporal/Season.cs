namespace Timeline.Temporal;

public enum Season
{
    Spring,
    Summer,
    Fall,
    Winter,
}
