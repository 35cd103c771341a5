namespace Timeline.Temporal.Tests;

/// <summary>Dates glued into one run of characters: any order with a month name, and ISO dates inside names.</summary>
public sealed class GluedDateTests
{
    [Theory]
    [InlineData("I'll go back September-2020-23.", "September-2020-23", "2020-09-23")]
    [InlineData("I'll go back 2020/23/Sep.", "2020/23/Sep", "2020-09-23")]
    [InlineData("i'll go back 23-2020-September", "23-2020-September", "2020-09-23")]
    [InlineData("The file is sales_report-2002-10-09.xlsx", "2002-10-09", "2002-10-09")]
    [InlineData("See example.com/archive-2018-09-23-page-01", "2018-09-23", "2018-09-23")]
    public void GluedParts_ThatCanOnlyBeADate_AreOne(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("Order part 12-2018-09-23 today.")]
    [InlineData("Serial 2018-09-23-7 failed.")]
    public void GluedToMoreNumbers_IsACode(string text)
    {
        Recognize.All(text, Recognize.Anchor).ShouldNotContain(m => m.Value.Precision == TimePrecision.Day && m.Kind == MentionKind.Date && m.Text != "today");
    }
}
