namespace Timeline.Temporal;

/// <summary>How to read the numeric day–month order of slash dates such as <c>03/04/2022</c>.</summary>
public enum SlashDateOrder
{
    MonthFirst,
    DayFirst,
}

/// <summary>
/// What the recognizer knows besides the text. <see cref="Anchor"/> is the article's publication
/// date; without it relative expressions stay unresolved and are never guessed from the clock.
/// </summary>
public sealed record RecognitionOptions(CalendarDate? Anchor = null, SlashDateOrder SlashOrder = SlashDateOrder.MonthFirst)
{
    public static RecognitionOptions Default { get; } = new();
}
