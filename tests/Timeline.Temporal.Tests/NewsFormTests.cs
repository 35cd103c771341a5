namespace Timeline.Temporal.Tests;

/// <summary>Forms of news and business English: coordinated days, year-end, a month before a noun, ages that look like decades.</summary>
public sealed class NewsFormTests
{
    private static readonly CalendarDate Anchor = new(1999, 2, 10);

    [Theory]
    [InlineData("A ceremony will be held on April 24 and 25.", "April 24=1999-04-24 | 25=1999-04-25")]
    [InlineData("Officials met on March 3, 4 and 5 in Brussels.", "March 3=1999-03-03 | 4=1999-03-04 | 5=1999-03-05")]
    [InlineData("The vote may come on Oct. 2 or 3.", "Oct. 2=1998-10-02 | 3=1998-10-03")]
    public void CoordinatedDays_AreDatesOfTheirOwn(string text, string expected) =>
        Recognize.Timexes(text, Anchor).ShouldBe(expected);

    [Theory]
    [InlineData("On May 5, 10 soldiers died.", "May 5=1999-05-05")]
    [InlineData("The summit on April 24 and 25 delegates from Asia attended.", "April 24=1999-04-24")]
    [InlineData("Scores on March 3 were 4 and 2.", "March 3=1999-03-03")]
    [InlineData("On March 3, 2 people were hurt.", "March 3=1999-03-03")]
    public void CoordinatedDayLookAlikes_AreCountsOrScores(string text, string expected) =>
        Recognize.Timexes(text, Anchor).ShouldBe(expected);

    [Theory]
    [InlineData("The company expects to complete the transaction by year-end.", "year-end", "1999")]
    [InlineData("Cuts of 6,000 jobs are planned by year end.", "year end", "1999")]
    [InlineData("New rules should be in place by year's end.", "year's end", "1999")]
    [InlineData("The index has fallen 4% since year-end.", "year-end", "1998")]
    [InlineData("The bank had $2 billion in assets at year-end 1997.", "year-end 1997", "1997")]
    public void YearEnd_IsTheEndOfTheYear(string text, string expression, string timex)
    {
        var m = Recognize.Single(text, expression, Anchor);
        m.Value.Timex.ShouldBe(timex);
        m.Value.Modifier.ShouldBe(TimeModifier.End);
    }

    [Theory]
    [InlineData("The year-end results were strong.")]
    [InlineData("The board met at year-end meetings in the capital.")]
    [InlineData("It was the end of a long year.")]
    public void YearEndAsAnAdjective_IsNoDate(string text) =>
        Recognize.All(text, Anchor).ShouldBeEmpty();

    [Theory]
    [InlineData("The March accession will make them members.", "March", "1999-03")]
    [InlineData("Turnout in the May elections will be low.", "May", "1999-05")]
    public void MonthBeforeANoun_IsAMonth(string text, string expression, string timex) =>
        Recognize.Single(text, expression, Anchor).Value.Timex.ShouldBe(timex);

    [Theory]
    [InlineData("The March on Washington drew crowds.")]
    [InlineData("The May government fell after the vote.")]
    [InlineData("The march lasted hours.")]
    [InlineData("Protesters march toward the square.")]
    public void MarchAndMayAsNounsAndNames_AreNoDates(string text) =>
        Recognize.All(text, Anchor).ShouldBeEmpty();

    [Theory]
    [InlineData("Kopp was in his 30s when he left.")]
    [InlineData("She moved to Paris in her early 20s.")]
    [InlineData("Both were in their mid-40s.")]
    public void AgesInThePossessive_AreNoDecades(string text) =>
        Recognize.All(text, Anchor).ShouldBeEmpty();

    [Fact]
    public void DecadeAfterTheArticle_StaysADecade() =>
        Recognize.Single("Prices soared in the 30s and again in the '70s.", "the 30s", Anchor).Value.Timex.ShouldBe("193X");

    [Theory]
    [InlineData("The case is for today's youth what the blockade was for their parents.")]
    [InlineData("Women in today's world can prove paternity.")]
    [InlineData("The chips run many of today's personal computers.")]
    [InlineData("The plant cost $4 billion in today's dollars.")]
    public void TodayOfThePresentAge_DatesNothing(string text) =>
        Recognize.All(text, Anchor).ShouldBeEmpty();

    [Theory]
    [InlineData("The offer was advertised in today's editions of the paper.", "today")]
    [InlineData("Today's meeting was cancelled.", "Today")]
    public void TodayOfTheArticle_StaysADay(string text, string expression) =>
        Recognize.Single(text, expression, Anchor).Value.Timex.ShouldBe("1999-02-10");

    [Theory]
    [InlineData("The chairman forecast an earnings increase for the full year.", "the full year")]
    [InlineData("The drop will result in lower earnings for the fiscal year.", "the fiscal year")]
    [InlineData("It expects higher sales in the current fiscal year.", "the current fiscal year")]
    public void YearBeingReportedOn_IsTheAnchors(string text, string expression) =>
        Recognize.Single(text, expression, Anchor).Value.Timex.ShouldBe("1999");

    [Theory]
    [InlineData("In the fiscal year ended Jan. 31, the company earned $2 million.", "Jan. 31=1999-01-31")]
    [InlineData("Profit should rise throughout the fiscal year.", "")]
    public void FiscalYearAsALength_IsNoDate(string text, string expected) =>
        Recognize.Timexes(text, Anchor).ShouldBe(expected);

    [Theory]
    [InlineData("The economy is expected to slow in coming months.", "coming months", "FUTURE_REF")]
    [InlineData("It will weigh on results in the coming quarters.", "the coming quarters", "FUTURE_REF")]
    [InlineData("The credits will cut tax payments in future quarters.", "future quarters", "FUTURE_REF")]
    [InlineData("There were sell programs in past years, too.", "past years", "PAST_REF")]
    [InlineData("Market makers suffer more these days.", "these days", "PRESENT_REF")]
    public void VagueSpans_AreTimeMLReferences(string text, string expression, string timex) =>
        Recognize.Single(text, expression, Anchor).Value.Timex.ShouldBe(timex);

    [Theory]
    [InlineData("He reviewed the future of the company.")]
    [InlineData("These rules apply.")]
    [InlineData("Futures contracts fell.")]
    public void FutureAndTheseAlone_AreNoDates(string text) =>
        Recognize.All(text, Anchor).ShouldBeEmpty();

    [Fact]
    public void DayToAMonth_WithoutFrom_IsAPrepositionNotARange() =>
        Recognize.Timexes("After a small downward revision Friday to December's figures, jobs grew.", new CalendarDate(1998, 2, 6))
            .ShouldBe("Friday=1998-02-06 | December=1997-12");

    [Fact]
    public void MonthToAYear_StaysARange() =>
        Recognize.Single("Prices rose from April to 2019.", "from April to 2019", Anchor).Value.Timex.ShouldBe("1998-04/2019");
}
