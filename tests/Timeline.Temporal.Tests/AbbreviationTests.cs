namespace Timeline.Temporal.Tests;

/// <summary>Weekday abbreviations that are no English words of their own, and prices beside dates.</summary>
public sealed class AbbreviationTests
{
    [Theory]
    [InlineData("The board met on tues.", "tues", "2023-07-25")]
    [InlineData("The board met on Thurs, July 27.", "Thurs, July 27", "2023-07-27")]
    [InlineData("The board meets on Tue May 9.", "Tue May 9", "2023-05-09")]
    public void Abbreviations_WeekdaysRead(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Fact]
    public void Abbreviations_PriceBeforeAMonthIsNotItsDay()
    {
        Recognize.Single("She bought it for $12 December 27.", "December 27", Recognize.Anchor).Value.Timex.ShouldBe("2022-12-27");
    }

    [Theory]
    [InlineData("the sun sat on the wed couple")]
    public void Abbreviations_CommonWordsAreNotWeekdays(string text)
    {
        Recognize.All(text, Recognize.Anchor).ShouldBeEmpty();
    }
}
