namespace Timeline.Temporal.Tests;

/// <summary>
/// Years and their parts as accounts and forms write them (anchor Friday 28 July 2023): <c>this year's third
/// quarter</c>, <c>this calendar year</c>, <c>the year to date</c>, <c>EOY</c>, <c>2016 10 16</c>; a weekday in a
/// week named at length; hours and minutes "later" are no dates.
/// </summary>
public sealed class YearPhraseTests
{
    [Theory]
    [InlineData("In this year's third quarter, sales rose.", "this year's third quarter", "2023-Q3")]
    [InlineData("Growth resumes as early as next year's first quarter.", "next year's first quarter", "2024-Q1")]
    [InlineData("Profit fell in last year's final quarter.", "last year's final quarter", "2022-Q4")]
    [InlineData("Costs peaked in 1990's second half.", "1990's second half", "1990-H2")]
    public void PossessiveYearParts_AreOneDate(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Fact]
    public void PossessiveYearBeforeAnotherNoun_StaysTheYear()
    {
        Recognize.All("This year's first half-marathon was wet.", Recognize.Anchor).ShouldNotContain(m => m.Text.StartsWith("This year's", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("I have a lot of gains in this calendar year.", "this calendar year", "2023")]
    [InlineData("Taxes for last calendar year are due.", "last calendar year", "2022")]
    public void CalendarYears_AreTheYear(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("The stock is down 20% in the year to date.", "the year to date")]
    [InlineData("Year-to-date sales rose 4%.", "Year-to-date")]
    public void YearToDate_RunsFromJanuaryToTheAnchor(string text, string expression)
    {
        var m = Recognize.Single(text, expression, Recognize.Anchor);
        m.Kind.ShouldBe(MentionKind.DateRange);
        m.Value.Timex.ShouldBe("2023-01-01/2023-07-28");
    }

    [Fact]
    public void Eoy_IsTheEndOfTheYear()
    {
        var v = Recognize.Single("A big party will be held at the EOY.", "EOY", Recognize.Anchor).Value;
        v.Timex.ShouldBe("2023");
        v.Modifier.ShouldBe(TimeModifier.End);
    }

    [Theory]
    [InlineData("Prices rose from year to year.")]
    [InlineData("Keep the ledger up to date this year", "this year=2023")]
    [InlineData("the eoy party")]
    public void YearWordsWithoutThePhrase_AreNotYearToDate(string text, string expected = "")
    {
        Recognize.Timexes(text, Recognize.Anchor).ShouldBe(expected);
    }

    [Theory]
    [InlineData("On 2016 10 16, the conference started.", "2016 10 16", "2016-10-16")]
    [InlineData("2019 03 05: backup done", "2019 03 05", "2019-03-05")]
    public void SpacedYearMonthDay_IsADay(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("In 2016 10 people died.", "2016=2016")]
    [InlineData("Scores since 2016 10 12 14 were kept.", "2016=2016")]
    [InlineData("On 2016 13 16, nothing.", "2016=2016")]
    [InlineData("On 2016 10 16-year-olds voted.", "2016=2016 | 16-year=P16Y")]
    public void NumbersAfterAYear_AreNoSpacedDate(string text, string expected)
    {
        Recognize.Timexes(text, Recognize.Anchor).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Book it for the 1st week of Oct. on Friday.", "the 1st week of Oct. on Friday", "2023-10-06")]
    [InlineData("the week of March 6 on Tuesday", "the week of March 6 on Tuesday", "2023-03-07")]
    public void WeekdayInANamedWeek_IsThatDay(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("Two hours later, police arrived.")]
    [InlineData("Find 30 minutes later this week.")]
    public void HoursAndMinutesLater_AreNoDates(string text)
    {
        Recognize.All(text, Recognize.Anchor).ShouldNotContain(m => m.Kind == MentionKind.Date && m.Text.Contains("later") && !m.Text.Contains("week"));
    }
}

/// <summary>Range ends and prices: a weekday apposition closing a range, a year closing "Feb between 2-7", a price before a day.</summary>
public sealed class RangeEndFormTests
{
    [Theory]
    [InlineData("I'll be out 1st Jan until Wed, 22 of Jan", "1st Jan until Wed, 22 of Jan", "2024-01-01/2024-01-22")]
    [InlineData("Feb between 2-7 two thousand and eighteen", "Feb between 2-7 two thousand and eighteen", "2018-02-02/2018-02-07")]
    [InlineData("held November between 19 and 20, 2016 in Rome", "November between 19 and 20, 2016", "2016-11-19/2016-11-20")]
    public void RangeEnds_TakeTheirWeekdayOrYear(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("I bought it for $ 12 December 27", "December 27=2022-12-27")]
    [InlineData("I bought it for $12 December 27", "December 27=2022-12-27")]
    [InlineData("It sold for € 12 May 3", "May 3=2023-05-03")]
    public void APriceBeforeAMonth_IsNoDay(string text, string expected)
    {
        Recognize.Timexes(text, Recognize.Anchor).ShouldBe(expected);
    }
}
