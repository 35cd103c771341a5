namespace Timeline.Temporal.Tests;

/// <summary>
/// A text read once (<see cref="EnglishRecognizer.Read"/>) and recognized again under another anchor gives what
/// recognizing it from scratch under that anchor gives.
/// </summary>
public sealed class ReadingTests
{
    private static string Describe(IEnumerable<TemporalMention> mentions) =>
        string.Join(" | ", mentions.Select(m => $"{m.Start}+{m.Length} {m.Text}={m.Value.Timex}"));

    [Theory]
    [InlineData("Talks began on March 3, 2011. They resumed yesterday and ended the following day.")]
    [InlineData("On 4 May 2019 the plan failed. Last year it was revived; three days later it stalled, and in the 1980s it began.")]
    [InlineData("No date at all here.")]
    public void Again_GivesWhatRecognizingFromScratchGives(string text)
    {
        using var reading = EnglishRecognizer.Instance.Read(text);
        var options = new RecognitionOptions(Recognize.Anchor);

        Describe(reading.Mentions).ShouldBe(Describe(Recognize.All(text)));
        Describe(reading.Again(options)).ShouldBe(Describe(Recognize.All(text, Recognize.Anchor)));
    }

    [Fact]
    public void Again_GoesOnWithTheDatesSeenBeforeTheAnchorWasFirstNeeded()
    {
        // "a year ago" after a quarter close to the anchor is that quarter a year back: the first use of the anchor,
        // which needs the quarter named before it.
        const string text = "Profit rose in the third quarter of 2011 from a year ago, the company said.";
        var anchor = new CalendarDate(2011, 11, 1);
        using var reading = EnglishRecognizer.Instance.Read(text);

        string again = Describe(reading.Again(new RecognitionOptions(anchor)));

        again.ShouldBe(Describe(Recognize.All(text, anchor)));
        again.ShouldContain("a year ago=2010-Q3");
    }

    [Fact]
    public void Again_WithAnotherSlashOrder_ReadsTheSlashDatesThatWay()
    {
        const string text = "The deal was signed on 03/04/2022 and extended on Wednesday.";
        var options = new RecognitionOptions(Recognize.Anchor, SlashDateOrder.DayFirst);
        using var reading = EnglishRecognizer.Instance.Read(text);

        string again = Describe(reading.Again(options));

        again.ShouldBe(Describe(Recognize.All(text, Recognize.Anchor, SlashDateOrder.DayFirst)));
        again.ShouldContain("03/04/2022=2022-04-03");
    }
}
