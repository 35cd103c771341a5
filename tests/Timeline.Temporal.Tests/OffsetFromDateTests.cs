namespace Timeline.Temporal.Tests;

/// <summary>A count of units from a named day (<c>3 days from Tuesday</c>), and a weekday pinned by such a count (<c>Monday two weeks from now</c>).</summary>
public sealed class OffsetFromDateTests
{
    [Theory]
    [InlineData("The vote will happen 3 days from Tuesday.", "3 days from Tuesday", "2023-08-04")]
    [InlineData("The deal closes 2 weeks from August 15.", "2 weeks from August 15", "2023-08-29")]
    [InlineData("It will end two months after next Friday.", "two months after next Friday", "2023-10-04")]
    [InlineData("The ban expires one year after March 1, 2021.", "one year after March 1, 2021", "2022-03-01")]
    public void CountFromADay_IsADay(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("The strike lasted 10 days from March 3 to March 13.")]
    [InlineData("He was held for 10 days from March 3.")]
    [InlineData("Applications are open for a period of 90 days from June 1.")]
    public void StretchesFromADay_AreNoSingleDay(string text)
    {
        Recognize.All(text, Recognize.Anchor).ShouldNotContain(m => m.Kind == MentionKind.Date && m.Value.Precision == TimePrecision.Day && m.Text.Contains("days from"));
    }

    [Theory]
    [InlineData("I'll be back Monday two weeks from now.", "Monday two weeks from now", "2023-08-14")]
    [InlineData("We fly in 3 days on Monday.", "3 days on Monday", "2023-07-31")]
    [InlineData("They will return 3 weeks after Christmas on Friday.", "3 weeks after Christmas on Friday", "2024-01-12")]
    [InlineData("We meet again Thursday, two years from now.", "Thursday, two years from now", "2025-07-31")]
    public void WeekdayNearACount_IsThatWeekdayNearestTheCountedDay(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("On Monday 3 people died in the blast.", "Monday")]
    [InlineData("Friday, 40 years after the war ended, veterans marched.", "Friday")]
    public void WeekdayBeforeACountOfOtherThings_StaysAWeekday(string text, string expression)
    {
        Recognize.All(text, Recognize.Anchor).ShouldContain(m => m.Text == expression);
    }
}
