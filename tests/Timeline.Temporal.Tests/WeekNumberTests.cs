namespace Timeline.Temporal.Tests;

public sealed class WeekNumberTests
{
    [Theory]
    [InlineData("Sales peaked in week 10.", "week 10", "2023-W10")]
    [InlineData("Sales peaked in the week 31.", "the week 31", "2023-W31")]
    [InlineData("Sales peak in week 3 of 2027.", "week 3 of 2027", "2027-W03")]
    [InlineData("Sales peaked in week 27 of last year.", "week 27 of last year", "2022-W27")]
    [InlineData("The Jets lost in week 10 of the season.", "week 10", "2023-W10")]
    public void WeekNumber_IsTheIsoWeekOfTheYear(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Fact]
    public void WeekNumber_RangeOfWeeks()
    {
        Recognize.Single("I'll be out from Week 31 to Week 35", "from Week 31 to Week 35", Recognize.Anchor).Value.Timex.ShouldBe("2023-W31/2023-W35");
    }

    [Fact]
    public void WeekNumber_FiftyThirdOnlyWhereTheYearHasOne()
    {
        Recognize.Single("in week 53 of 2020", "week 53 of 2020", Recognize.Anchor).Value.Timex.ShouldBe("2020-W53");
        Recognize.All("in week 53 of 2021", Recognize.Anchor).ShouldNotContain(m => m.Value.Timex.Contains("W53", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("twice a week 10 times")]
    [InlineData("Article 10 of the treaty")]
    [InlineData("every week 3 people left")]
    public void WeekNumber_CountsAreNotWeeks(string text)
    {
        Recognize.All(text, Recognize.Anchor).ShouldNotContain(m => m.Value.Timex.Contains("-W", StringComparison.Ordinal));
    }
}
