namespace Timeline.Temporal.Tests;

/// <summary>Business news compares a reported quarter with the same quarter a year before.</summary>
public sealed class ReportingPeriodTests
{
    private static readonly CalendarDate Anchor = new(1989, 11, 2);

    [Theory]
    [InlineData("Profit rose in the third quarter from the year-earlier quarter.", "the year-earlier quarter", "1988-Q3")]
    [InlineData("Profit rose in the third quarter from a year ago.", "a year ago", "1988-Q3")]
    [InlineData("Profit rose in the third quarter from a year earlier.", "a year earlier", "1988-Q3")]
    [InlineData("Profit rose in the third quarter, above the 1988 period.", "the 1988 period", "1988-Q3")]
    [InlineData("Profit rose, above the 1988 second quarter.", "the 1988 second quarter", "1988-Q2")]
    public void ReportingPeriods_FollowTheReportedQuarter(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Anchor).Value.Timex.ShouldBe(timex);
    }

    [Fact]
    public void ReportingPeriods_WithoutAQuarterAYearAgoIsAYear()
    {
        Recognize.Single("Profit rose from a year ago.", "a year ago", Anchor).Value.Timex.ShouldBe("1988");
    }
}
