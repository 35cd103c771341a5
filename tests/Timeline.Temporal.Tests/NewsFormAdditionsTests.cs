namespace Timeline.Temporal.Tests;

/// <summary>
/// Forms added for news and business English: comparison periods side by side, the week named by a bare day, spans
/// that run "to date", and sports scores after a weekday. Anchor: Friday 2023-07-28 unless the case says otherwise.
/// </summary>
public sealed class NewsFormAdditionsTests
{
    private static readonly CalendarDate Earnings = new(2023, 10, 26);

    [Theory]
    [InlineData("The company had a net loss of $2.3 million a year ago. Sales were $348.2 million compared with $307.2 million a year earlier.", "a year earlier", "2022")]
    [InlineData("Profit rose in the third quarter to $5 million from $4 million a year ago. In the year-earlier period, the company earned $4 million.", "the year-earlier period", "2022-Q3")]
    [InlineData("Profit rose in the third quarter to $5 million from $4 million a year ago, and sales were higher than a year earlier.", "a year earlier", "2022-Q3")]
    public void SideBySideComparisons_NameOnePeriod(string text, string expression, string timex) =>
        Recognize.All(text, Earnings).Last(m => m.Text == expression).Value.Timex.ShouldBe(timex);

    [Fact]
    public void NarrativeYearEarlier_StillCountsFromThePreviousDate() =>
        // "A year earlier," opening a sentence tells a story: the year before the one just named.
        Recognize.Single("The company went public in 2019. A year earlier, it had nearly failed.", "A year earlier", Earnings).Value.Timex.ShouldBe("2018");

    [Fact]
    public void NarrativeAfterAComparison_IsNotParallel() =>
        Recognize.Single("Sales fell from a year ago. A year earlier, the plant had closed.", "A year earlier", Earnings).Value.Timex.ShouldBe("2021");

    [Theory]
    [InlineData("The thrift lost $92 million for the quarter ended Sept. 30. It earned $10 million in the year-ago quarter.", "the year-ago quarter", "2022-Q3")]
    [InlineData("The insurer earned $10 million in the year-ago quarter.", "the year-ago quarter", "2022-Q3")]
    public void YearAgoQuarter_IsAQuarter_TheOneJustReportedWhenNoneIsNamed(string text, string expression, string timex) =>
        Recognize.Single(text, expression, Earnings).Value.Timex.ShouldBe(timex);

    [Theory]
    [InlineData("Can you set something up for the week of the 18th?", "the week of the 18th", "2023-W29")]
    [InlineData("Talks are planned for the week of the 7th.", "the week of the 7th", "2023-W32")]
    public void WeekOfABareDay_IsItsIsoWeek(string text, string expression, string timex) =>
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);

    [Theory]
    [InlineData("The week of the 18th Party Congress was tense.")]
    [InlineData("It was the week of the 4th round of talks.")]
    public void WeekOfAnOrdinalNoun_IsNoDate(string text) =>
        Recognize.Anchored(text).ShouldNotContain(m => m.Text.StartsWith("the week of", StringComparison.Ordinal));

    [Theory]
    [InlineData("Clusters docked from March to date.", "from March to date", "2023-03/2023-07-28")]
    [InlineData("Rows from 2010-01-01 till current date.", "from 2010-01-01 till current date", "2010-01-01/2023-07-28")]
    [InlineData("Orders rose from January until today's date.", "from January until today's date", "2023-01/2023-07-28")]
    public void SpanToDate_EndsOnTheAnchor(string text, string expression, string timex) =>
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);

    [Theory]
    [InlineData("It is the largest deal to date.")]
    [InlineData("The clinic uses the most up to date equipment.")]
    [InlineData("The Date Palm festival ran to Date Street.")]
    public void ToDateAsAnAdverbOrAName_IsNoDate(string text) =>
        Recognize.Anchored(text).ShouldBeEmpty();

    [Theory]
    [InlineData("Boston beat New York on Friday 3-1.")]
    [InlineData("The Rangers won Friday 3-1.")]
    [InlineData("Chelsea edged Arsenal on Saturday, 2-1.")]
    public void ScoreAfterAWeekday_IsNoDate(string text) =>
        Recognize.Anchored(text).ShouldAllBe(m => !m.Text.Contains('-', StringComparison.Ordinal));

    [Fact]
    public void DiaryDateAfterAWeekday_StaysADate() =>
        Recognize.Single("The meeting is on Friday 7-6.", "Friday 7-6", Recognize.Anchor).Value.Timex.ShouldBe("2023-07-06");

    [Theory]
    [InlineData("USA Today reported the deal.")]
    [InlineData("The paper, USA Today, said so.")]
    [InlineData("This is VOA Today.")]
    [InlineData("He told NBC's Today show about the plan.")]
    [InlineData("Baker said on ABC's \"This Week\" that the plan works.")]
    [InlineData("Baker said on ABC-TV's \"This Week With David Brinkley\" that the plan works.")]
    public void DateWordsInTheNameOfAPaperOrAProgram_AreNoDates(string text) =>
        Recognize.Anchored(text).ShouldBeEmpty();

    [Theory]
    [InlineData("Today, the company said it would cut jobs.", "Today", "2023-07-28")]
    [InlineData("He said, \"Today is a great day.\"", "Today", "2023-07-28")]
    [InlineData("Talks Resume This Week", "This Week", "2023-W30")]
    [InlineData("Also Today, the firm said it would sell the unit.", "Today", "2023-07-28")]
    public void CapitalizedDateWordsOpeningASentenceOrAHeadline_StayDates(string text, string expression, string timex) =>
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);

    [Theory]
    [InlineData("Kopp's 1987 Chevrolet Cavalier was found at the airport.")]
    [InlineData("He drove a 1994 Honda Accord.")]
    [InlineData("Police found a white 1978 Ford pickup.")]
    [InlineData("She bought a 2001 Mercedes-Benz SL500.")]
    public void ModelYearOfACar_IsNoDate(string text) =>
        Recognize.Anchored(text).ShouldBeEmpty();

    [Theory]
    [InlineData("In 1987 Ford bought a stake in Aston Martin.", "1987")]
    [InlineData("The 1996 Toyota recall cost millions.", "1996")]
    public void YearBeforeAMakeThatNamesNoCar_StaysADate(string text, string year) =>
        Recognize.Single(text, year, Recognize.Anchor).Value.Timex.ShouldBe(year);

    [Fact]
    public void YearEarlierPeriod_AfterAQuarterAYearBack_IsThatQuarter() =>
        Recognize.Single("The company earned $4 million in the 2022 third quarter. Costs in the year-earlier period included a plant closing.", "the year-earlier period", Earnings)
            .Value.Timex.ShouldBe("2022-Q3");

    [Theory]
    [InlineData("The maker earned $376,000 on revenue of $14.5 million in the 2022 quarter.", "the 2022 quarter", "2022-Q3")]
    [InlineData("Profit rose in the third quarter. In the year-earlier period, charges were high. In the 2023 period, interest expense was lower.", "the 2023 period", "2023-Q3")]
    public void YearPeriodOfAQuarterlyReport_IsTheReportedQuarterOfThatYear(string text, string expression, string timex) =>
        Recognize.Single(text, expression, Earnings).Value.Timex.ShouldBe(timex);
}
