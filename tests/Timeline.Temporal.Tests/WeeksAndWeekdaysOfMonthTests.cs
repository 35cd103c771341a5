namespace Timeline.Temporal.Tests;

/// <summary>Numbered weekdays and weeks of a month or year, and days within a relative month or week; anchor Friday 2023-07-28.</summary>
public sealed class WeeksAndWeekdaysOfMonthTests
{
    [Theory]
    [InlineData("I'll go back the first Friday of September.", "the first Friday of September", "2023-09-01")]
    [InlineData("We met the first friday in this month.", "the first friday in this month", "2023-07-07")]
    [InlineData("See you the second Monday of next month.", "the second Monday of next month", "2023-08-14")]
    [InlineData("I came back the third Wednesday of previous month.", "the third Wednesday of previous month", "2023-06-21")]
    [InlineData("The fair closes the last Sunday of August 2024.", "the last Sunday of August 2024", "2024-08-25")]
    [InlineData("Polls open on the 2nd Tuesday in May.", "the 2nd Tuesday in May", "2023-05-09")]
    [InlineData("I'll go back second Sunday.", "second Sunday", "2023-07-09")]
    public void NthWeekday_IsThatDayOfTheMonth(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("Protesters rallied for a second Sunday in Seoul.")]
    [InlineData("It rained for the third Monday in a row.")]
    [InlineData("The club meets every first Monday of the month.")]
    [InlineData("I'll go back fifth Friday.")]
    public void NthWeekday_CountsOfOccurrencesAreNoDate(string text)
    {
        // The weekday alone may still be read as a day; the count is not part of any date.
        Recognize.All(text, Recognize.Anchor).ShouldNotContain(m => m.Text.Contains("first") || m.Text.Contains("second") || m.Text.Contains("third") || m.Text.Contains("fifth"));
    }

    [Fact]
    public void NthWeekday_WithoutAnchorKeepsMonthAndOrdinal()
    {
        Recognize.Single("Come the first Friday of July.", "the first Friday of July").Value.Timex.ShouldBe("XXXX-07-WXX-5-1");
    }

    [Theory]
    [InlineData("I'll be out the third week of 2027.", "the third week of 2027", "2027-W03")]
    [InlineData("I'll be out the third week next year.", "the third week next year", "2024-W03")]
    [InlineData("We met first week of this year.", "first week of this year", "2023-W01")]
    [InlineData("Sales peaked last week of 2015.", "last week of 2015", "2015-W53")]
    [InlineData("I'll be out the third week of this month.", "the third week of this month", "2023-W29")]
    [InlineData("Exams are in the first week of October.", "the first week of October", "2023-W40")]
    [InlineData("Talks ran through the last week of July.", "the last week of July", "2023-W30")]
    [InlineData("It shut the first week of Oct 2016.", "the first week of Oct 2016", "2016-W40")]
    public void WeekOf_IsTheIsoWeek(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("Troops held the line in the first week of the war.")]
    [InlineData("The second week of talks opened in Geneva.")]
    public void WeekOf_WeeksOfEventsAreNoDate(string text)
    {
        Recognize.All(text, Recognize.Anchor).Where(m => m.Kind is MentionKind.Date or MentionKind.DateRange).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("I'll be out from 4 to 22 this month.", "from 4 to 22 this month", "2023-07-04/2023-07-22")]
    [InlineData("I'll be out 4 to 23 next month.", "4 to 23 next month", "2023-08-04/2023-08-23")]
    [InlineData("I'll be out 4 till 23 of this month.", "4 till 23 of this month", "2023-07-04/2023-07-23")]
    [InlineData("I'll be out between 4 and 22 this month.", "between 4 and 22 this month", "2023-07-04/2023-07-22")]
    [InlineData("I'll be out from 4-23 in next month.", "from 4-23 in next month", "2023-08-04/2023-08-23")]
    [InlineData("I'll be out November between 19 and 20.", "November between 19 and 20", "2023-11-19/2023-11-20")]
    [InlineData("Meet this week from Tue to Thur.", "this week from Tue to Thur", "2023-07-25/2023-07-27")]
    [InlineData("Meet next week between Wednesday and Friday.", "next week between Wednesday and Friday", "2023-08-02/2023-08-04")]
    [InlineData("The fair runs from Monday to Wednesday next week.", "from Monday to Wednesday next week", "2023-07-31/2023-08-02")]
    [InlineData("I'll be out today till tomorrow.", "today till tomorrow", "2023-07-28/2023-07-29")]
    [InlineData("I will leave from next monday to friday.", "from next monday to friday", "2023-07-31/2023-08-04")]
    public void DaysWithin_AreOneRange(string text, string expression, string timex)
    {
        var m = Recognize.Single(text, expression, Recognize.Anchor);
        m.Kind.ShouldBe(MentionKind.DateRange);
        m.Value.Timex.ShouldBe(timex);
        m.Parts.ShouldNotBeNull().Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("Cases rose from 4 to 22 this month.")]
    [InlineData("The score went from 4 to 22 this month.")]
    public void DaysWithin_ChangingCountsAreNoRange(string text)
    {
        Recognize.All(text, Recognize.Anchor).ShouldNotContain(m => m.Kind == MentionKind.DateRange);
    }

    [Fact]
    public void WeekdayRange_SecondDayFollowsTheFirst()
    {
        // Friday anchor: Tuesday is placed in the past, so Thursday must be the one after it.
        Recognize.Single("The fair ran from Tuesday to Thursday.", "from Tuesday to Thursday", Recognize.Anchor).Value.Timex.ShouldBe("2023-07-25/2023-07-27");
    }

    [Theory]
    // Friday 28 July 2023 anchor: the first weekday is the one before the dated second end, not the one beside the anchor.
    [InlineData("The exhibition runs from Monday to Friday, March 3.", "from Monday to Friday, March 3", "2023-02-27/2023-03-03")]
    [InlineData("Talks were held from Tuesday to Thursday, June 8.", "from Tuesday to Thursday, June 8", "2023-06-06/2023-06-08")]
    [InlineData("The office is shut from Thursday to Monday, Jan. 2, 2023.", "from Thursday to Monday, Jan. 2, 2023", "2022-12-29/2023-01-02")]
    public void WeekdayBeforeADatedWeekday_IsTheOneBeforeIt(string text, string expression, string timex) =>
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);

    [Theory]
    [InlineData("Rain was heavy earlier in the year.", "earlier in the year", "2023")]
    [InlineData("We will meet later in the week.", "later in the week", "2023-W30")]
    [InlineData("Upcoming month holidays are long.", "Upcoming month", "2023-08")]
    [InlineData("It happened in the next decade.", "the next decade", "203X")]
    [InlineData("The vote was on Friday, July 21. That weekend, crowds gathered.", "That weekend", "2023-W29-WE")]
    [InlineData("Please schedule something for the following week.", "the following week", "2023-W31")]
    [InlineData("We met on Monday, July 17. The following week we left.", "The following week", "2023-W30")]
    public void Period_ResolvesToItsUnit(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("Troops will arrive by the end of the month.", "the end of the month", "2023-07")]
    [InlineData("It plans to cut costs by the end of the year.", "the end of the year", "2023")]
    [InlineData("The war began in 1950. By the end of the year, Seoul had fallen twice.", "the end of the year", "1950")]
    [InlineData("Rates will stay low in the near term.", "the near term", "FUTURE_REF")]
    [InlineData("Rates will stay low in the near future.", "the near future", "FUTURE_REF")]
    public void Period_EndOfTheCurrentPeriod(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Fact]
    public void Period_ThatWeekendWithoutDateIsAnUnresolvedWeekend()
    {
        Recognize.Single("I was not there that weekend.", "that weekend", Recognize.Anchor).Value.Timex.ShouldBe("XXXX-WXX-WE");
    }
}
