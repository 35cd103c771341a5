namespace Timeline.Temporal.Tests;

/// <summary>
/// Which side of the article date a year-less or weekday date falls on, read from news English: previews
/// in the present tense, a clause's verb some way back, a sentence opening with its date. Anchor: Friday 2023-07-28.
/// </summary>
public sealed class NewsTenseTests
{
    [Theory]
    [InlineData("The two leaders meet separately Monday with the envoy.", "Monday", "2023-07-31")]
    [InlineData("Talks resume Tuesday in Geneva.", "Tuesday", "2023-08-01")]
    [InlineData("The Senate reconvenes on Monday after the recess.", "Monday", "2023-07-31")]
    [InlineData("The minister leaves Sunday for Asia.", "Sunday", "2023-07-30")]
    [InlineData("The exhibition opens Wednesday at the museum.", "Wednesday", "2023-08-02")]
    [InlineData("The Senate votes Tuesday on the bill.", "Tuesday", "2023-08-01")]
    [InlineData("President Clinton heads Tuesday to East Africa.", "Tuesday", "2023-08-01")]
    [InlineData("The deadline is Friday.", "Friday", "2023-07-28")]
    [InlineData("The vote is on Tuesday.", "Tuesday", "2023-08-01")]
    [InlineData("The stock is to resume trading in Paris Tuesday.", "Tuesday", "2023-08-01")]
    public void PresentTensePreview_LooksAhead(string text, string expression, string timex) =>
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);

    [Theory]
    [InlineData("The two leaders did not meet Monday, officials said.", "Monday", "2023-07-24")]
    [InlineData("They didn't meet Monday.", "Monday", "2023-07-24")]
    [InlineData("The rebels refused to meet Monday.", "Monday", "2023-07-24")]
    [InlineData("The final vote Tuesday was close.", "Tuesday", "2023-07-25")]
    [InlineData("The agency announced new rules Tuesday.", "Tuesday", "2023-07-25")]
    [InlineData("Protesters carried signs Monday outside parliament.", "Monday", "2023-07-24")]
    [InlineData("The shops remained open Sunday.", "Sunday", "2023-07-23")]
    [InlineData("Iraqi missile launches Sunday alarmed the region.", "Sunday", "2023-07-23")]
    public void LookAlikesOfPreviews_StayInThePast(string text, string expression, string timex) =>
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);

    [Theory]
    [InlineData("Colonel Collins will be named commander of the space shuttle for a mission in December.", "December", "2023-12")]
    [InlineData("The dividend would be paid on a still unspecified date in January to holders of record.", "January", "2024-01")]
    [InlineData("The operator changed from a fiscal year to a calendar year in December.", "December", "2022-12")]
    [InlineData("She is scheduled to spend five hours on the ground in Nairobi, Kenya, her first stop Tuesday, and then fly home.", "Tuesday", "2023-08-01")]
    public void ClauseVerbFurtherBack_GovernsTheDate(string text, string expression, string timex) =>
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);

    [Theory]
    // The reporting verb and an infinitive's main verb do not place the date: the month stays the nearest reading.
    [InlineData("The company said in a statement released by its office in Houston that it expects to report results in August.", "August", "2023-08")]
    [InlineData("The bank agreed after long talks with several regional lenders to acquire the company in August.", "August", "2023-08")]
    // "next to the embassy" is no "next".
    [InlineData("Hundreds were wounded in the blasts next to the U.S. embassies in Kenya and Tanzania on Friday.", "Friday", "2023-07-28")]
    public void FarCuesThatSayNothing_AreSkipped(string text, string expression, string timex) =>
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);

    [Fact]
    public void FrontedMonth_ReadsTheMainClausePastAnAbbreviation() =>
        Recognize.Single("In January, a week after the anniversary of the Roe vs. Wade decision by the court in Washington, a clinic bombing in Birmingham, Ala., killed a guard.", "January", new CalendarDate(1998, 10, 25))
            .Value.Timex.ShouldBe("1998-01");

    [Fact]
    public void CapitalizedNameEndingInEd_IsNoPastTense() =>
        Recognize.Single("On Tuesday, the United Nations will vote on the resolution.", "Tuesday", Recognize.Anchor).Value.Timex.ShouldBe("2023-08-01");

    [Theory]
    [InlineData("Police shot a man on Sunday, and officials will investigate.", "Sunday", "2023-07-23")]
    [InlineData("The company sold its stake in September and will focus on retail.", "September", "2022-09")]
    [InlineData("The appeal is heard in September in the federal court.", "September", "2023-09")]
    public void IrregularPastForms_AreThePast_UnlessPresentPassive(string text, string expression, string timex) =>
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);

    [Fact]
    public void FrontedPeriod_TakesTheMainClause() =>
        Recognize.Single("Over the summer, rival brewers offered deeper discounts.", "the summer", new CalendarDate(2024, 1, 15)).Value.Timex.ShouldBe("2023-SU");

    [Fact]
    public void CopulaBeforeAMonthDay_DoesNotPushItAYearOn() =>
        Recognize.Single("The record date is Nov. 9.", "Nov. 9", new CalendarDate(2024, 1, 15)).Value.Timex.ShouldBe("2023-11-09");
}
