namespace Timeline.Temporal.Tests;

/// <summary>Relative expressions against an article dated Friday 2023-07-28.</summary>
public sealed class RelativeDateTests
{
    [Theory]
    [InlineData("The talks ended today.", "today", "2023-07-28")]
    [InlineData("The talks ended yesterday.", "yesterday", "2023-07-27")]
    [InlineData("The talks end tomorrow.", "tomorrow", "2023-07-29")]
    [InlineData("He arrived on Wednesday.", "Wednesday", "2023-07-26")]
    [InlineData("He will arrive on Wednesday.", "Wednesday", "2023-08-02")]
    [InlineData("They met this week.", "this week", "2023-W30")]
    [InlineData("They met last week.", "last week", "2023-W29")]
    [InlineData("They met last month.", "last month", "2023-06")]
    [InlineData("They met last year.", "last year", "2022")]
    [InlineData("Sales rose this year.", "this year", "2023")]
    [InlineData("Sales will rise next year.", "next year", "2024")]
    [InlineData("It was announced earlier this month.", "earlier this month", "2023-07")]
    [InlineData("It happened two years ago.", "two years ago", "2021")]
    [InlineData("The war ravaged it seven decades ago.", "seven decades ago", "1953")]
    [InlineData("The law was passed in March.", "March", "2023-03")]
    [InlineData("The law will be passed in September.", "September", "2023-09")]
    [InlineData("The law was passed in September.", "September", "2022-09")]
    [InlineData("Prices fell last spring.", "last spring", "2023-SP")]
    [InlineData("Prices fell over the weekend.", "the weekend", "2023-W29-WE")]
    [InlineData("Leaders met the day before yesterday.", "the day before yesterday", "2023-07-26")]
    [InlineData("The pact was signed in June last year.", "June last year", "2022-06")]
    public void Relative_ResolvesAgainstAnchor(string text, string expression, string timex)
    {
        var m = Recognize.Single(text, expression, Recognize.Anchor);
        m.Value.Timex.ShouldBe(timex);
        m.IsAnchored.ShouldBeTrue();
    }

    [Theory]
    [InlineData("The talks ended today.", "today")]
    [InlineData("They met last month.", "last month")]
    [InlineData("It happened two years ago.", "two years ago")]
    [InlineData("The law was passed in March.", "March")]
    public void Relative_WithoutAnchorIsUnresolved(string text, string expression)
    {
        Recognize.Single(text, expression).IsAnchored.ShouldBeFalse();
    }

    [Theory]
    [InlineData("They said they would appeal the decision, announced Wednesday by the agency.", "Wednesday", "2023-07-26")]
    [InlineData("Lawyers who would object were charged on Thursday with fraud.", "Thursday", "2023-07-27")]
    [InlineData("Until Thursday, the police had not named a suspect.", "Thursday", "2023-07-27")]
    [InlineData("On Wednesday, when the minister set aside her plans, talks resumed.", "Wednesday", "2023-07-26")]
    [InlineData("The vote is set for Tuesday.", "Tuesday", "2023-08-01")]
    [InlineData("Boston won 4-2 on Sunday.", "Sunday", "2023-07-23")]
    [InlineData("He won't travel on Sunday.", "Sunday", "2023-07-30")]
    [InlineData("The envoy spoke Monday and will travel on.", "Monday", "2023-07-24")]
    [InlineData("Officials postponed until Tuesday any decision on the visa.", "Tuesday", "2023-08-01")]
    [InlineData("The agency gave them until 9 a.m. Tuesday to sign the paper.", "Tuesday", "2023-08-01")]
    [InlineData("The group was ready to leave as soon as Tuesday, he said.", "Tuesday", "2023-08-01")]
    [InlineData("The father could arrive as early as Monday.", "Monday", "2023-07-31")]
    [InlineData("In March, the company announced plans to expand.", "March", "2023-03")]
    [InlineData("The company plans to list its shares in September.", "September", "2023-09")]
    [InlineData("Protesters rallied on Saturday and were planning to march on Monday.", "Monday", "2023-07-31")]
    [InlineData("The ship has been on patrol since March and was scheduled to return.", "March", "2023-03")]
    [InlineData("Lawyers will appeal Wednesday's ruling.", "Wednesday", "2023-07-26")]
    [InlineData("On Tuesday, the league plans to hold a news conference in the capital.", "Tuesday", "2023-08-01")]
    [InlineData("On Tuesday, the government planned to pay the first claims.", "Tuesday", "2023-07-25")]
    [InlineData("Relatives looked for ways to get around Wednesday's ruling.", "Wednesday", "2023-07-26")]
    [InlineData("The firm will revise December's figures.", "December", "2022-12")]
    [InlineData("It must pay down the loan by February.", "February", "2024-02")]
    [InlineData("By Wednesday, the rebels controlled the city.", "Wednesday", "2023-07-26")]
    [InlineData("It gave the bidder until mid-November to reply.", "mid-November", "2023-11")]
    [InlineData("The reduced dividend is payable Jan. 2 to holders of record.", "Jan. 2", "2024-01-02")]
    public void Tense_NearestVerbGovernsWeekday(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("Let us meet next week Sunday.", "next week Sunday", "2023-08-06")]
    [InlineData("The hearing is Tuesday next week.", "Tuesday next week", "2023-08-01")]
    [InlineData("It opened this week on Wednesday.", "this week on Wednesday", "2023-07-26")]
    [InlineData("They signed it last week Monday.", "last week Monday", "2023-07-17")]
    [InlineData("Come on Sunday of next week.", "Sunday of next week", "2023-08-06")]
    public void WeekdayOfWeek_PlacesTheDayInThatWeek(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("The fair opened on Friday the 14th.", "Friday the 14th", "2023-07-14")]
    [InlineData("The vote falls on Tuesday the 15th.", "Tuesday the 15th", "2023-08-15")]
    public void WeekdayTheNth_IsTheNearestMatchingDay(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("He moved here 1 month 21 days ago.", "1 month 21 days ago", "2023-06-07")]
    [InlineData("It began 2 years, 1 month and 3 days ago.", "2 years, 1 month and 3 days ago", "2021-06-25")]
    [InlineData("She left three months, two weeks ago.", "three months, two weeks ago", "2023-W15")]
    public void Ago_CompoundCounts(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("Talks resume the week of March 6.", "the week of March 6", "2023-W10")]
    [InlineData("Rent is due the 20th of next month.", "the 20th of next month", "2023-08-20")]
    [InlineData("The offer ends 31st of this month.", "31st of this month", "2023-07-31")]
    [InlineData("The deal was struck last Oct. 23 in Geneva.", "last Oct. 23", "2022-10-23")]
    [InlineData("Set something up around the 21st this month.", "around the 21st this month", "2023-07-21")]
    [InlineData("I'll be out last sept.", "last sept", "2022-09")]
    public void WeekOfAndDayOfRelativeMonth(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("In the fiscal year ended Jan. 31, sales rose.", "Jan. 31", "2023-01-31")]
    [InlineData("The chief executive stepped down as chairman, president and director in March for health reasons.", "March", "2023-03")]
    public void YearlessDate_PastLeaning(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, new CalendarDate(2023, 11, 2)).Value.Timex.ShouldBe(timex);
    }

    [Fact]
    public void Relative_AgoIsApproximateForDecades()
    {
        Recognize.Single("seven decades ago", "seven decades ago", Recognize.Anchor).Value.Modifier.ShouldBe(TimeModifier.Approximate);
    }
}
