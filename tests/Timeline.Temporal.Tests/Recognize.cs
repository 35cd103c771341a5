namespace Timeline.Temporal.Tests;

/// <summary>Short helpers so that each test reads as its sentence and its expected value.</summary>
internal static class Recognize
{
    public static readonly CalendarDate Anchor = new(2023, 7, 28);

    public static IReadOnlyList<TemporalMention> All(string text, CalendarDate? anchor = null, SlashDateOrder order = SlashDateOrder.MonthFirst) =>
        EnglishRecognizer.Instance.Recognize(text, new RecognitionOptions(anchor, order));

    public static IReadOnlyList<TemporalMention> Anchored(string text) => All(text, Anchor);

    /// <summary>The one mention whose text is <paramref name="expression"/>, checked to exist.</summary>
    public static TemporalMention Single(string text, string expression, CalendarDate? anchor = null)
    {
        var all = All(text, anchor);
        var found = all.Where(m => m.Text == expression).ToList();
        found.Count.ShouldBe(1, $"'{expression}' in '{text}': found [{string.Join(", ", all.Select(m => $"'{m.Text}'={m.Value}"))}]");
        return found[0];
    }

    /// <summary>Timex of every mention, in order, for compact assertions.</summary>
    public static string Timexes(string text, CalendarDate? anchor = null) =>
        string.Join(" | ", All(text, anchor).Select(m => $"{m.Text}={m.Value.Timex}"));
}
