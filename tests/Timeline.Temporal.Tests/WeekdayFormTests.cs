namespace Timeline.Temporal.Tests;

/// <summary>A weekday with a bare day of the month (<c>Tue 13th</c>) and <c>following</c> weekdays.</summary>
public sealed class WeekdayFormTests
{
    [Theory]
    [InlineData("I'll go back Tue 13th", "Tue 13th", "2023-06-13")]
    [InlineData("The fair opens Sat 14th", "Sat 14th", "2023-10-14")]
    [InlineData("Lunch on Mon 13th?", "Mon 13th", "2023-03-13")]
    [InlineData("Dinner on Thursday 27th.", "Thursday 27th", "2023-07-27")]
    public void WeekdayAndDayNumber_IsTheNearestMonthWhereTheyMeet(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("Do you have plans on Friday 31!", "Friday 31", "2023-03-31")]
    [InlineData("We open on Sunday 13.", "Sunday 13", "2023-08-13")]
    public void WeekdayAndPlainNumberEndingThePhrase_IsADay(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Fact]
    public void WeekdayBeforeACount_StaysAWeekday()
    {
        Recognize.Timexes("He said on Sunday 31 people were hurt.", Recognize.Anchor).ShouldBe("Sunday=2023-07-23");
    }

    [Theory]
    [InlineData("It will happen this working week", "this working week", "2023-W30")]
    [InlineData("Talks resume next workweek.", "next workweek", "2023-W31")]
    [InlineData("Sales fell last work week.", "last work week", "2023-W29")]
    public void WorkWeeks_AreISOWeeks(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("schedule me a meeting next week Mon or Tue", "next week Mon", "2023-07-31")]
    [InlineData("What happened on previous week - Monday", "previous week - Monday", "2023-07-17")]
    public void ShortWeekdayAfterANamedWeek_IsThatWeeksDay(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Fact]
    public void ShortWeekdayWordAfterAWeek_StaysAWord()
    {
        Recognize.Timexes("Next week sun and rain alternate.", Recognize.Anchor).ShouldBe("Next week=2023-W31");
    }

    [Theory]
    [InlineData("Set up a call this friday (jun-15) with Jim.", "this friday (jun-15)", "2023-06-15")]
    [InlineData("Set up a call this Friday-Jun-15 with Jim.", "this Friday-Jun-15", "2023-06-15")]
    [InlineData("The vote is on Friday (August 4).", "Friday (August 4)", "2023-08-04")]
    public void WeekdayWithItsDate_IsThatDate(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Fact]
    public void WeekdayRangeWithADash_StaysARange()
    {
        Recognize.Single("The office is open Monday-Friday.", "Monday-Friday", Recognize.Anchor).Kind.ShouldBe(MentionKind.DateRange);
    }

    [Theory]
    [InlineData("The sun rose over the 14th green.")]
    [InlineData("She sat 5th in the class.")]
    public void ShortWeekdayWords_AreWordsElsewhere(string text)
    {
        Recognize.All(text, Recognize.Anchor).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Can we meet on following Friday?", "following Friday", "2023-08-04")]
    [InlineData("It's on monday of the following week", "monday of the following week", "2023-07-31")]
    [InlineData("He left on May 3. The following Friday he returned.", "The following Friday", "2023-05-05")]
    public void FollowingWeekday_IsInTheWeekAfter(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }
}
