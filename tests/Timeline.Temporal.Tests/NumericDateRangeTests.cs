namespace Timeline.Temporal.Tests;

/// <summary>Two all-digit month-day dates as one range (<c>from 10/1/2018-10/7/2018</c>).</summary>
public sealed class NumericDateRangeTests
{
    [Theory]
    [InlineData("My vacation is from 10/1/2018-10/7/2018.", "from 10/1/2018-10/7/2018", "2018-10-01/2018-10-07")]
    [InlineData("My vacation is from 10-1-2018-10-7-2018.", "from 10-1-2018-10-7-2018", "2018-10-01/2018-10-07")]
    [InlineData("The period is 10/1-11/2/2017.", "10/1-11/2/2017", "2017-10-01/2017-11-02")]
    [InlineData("I will leave from 5/1-5/7, 2020.", "from 5/1-5/7, 2020", "2020-05-01/2020-05-07")]
    [InlineData("The office is closed between 12/28-1/3/2021.", "between 12/28-1/3/2021", "2020-12-28/2021-01-03")]
    [InlineData("The sale runs from 8/1 to 8/7.", "from 8/1 to 8/7", "2023-08-01/2023-08-07")]
    public void NumericEnds_FormOneRange(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("They lost 2-1 to 3-2 over the season.")]
    [InlineData("Mix 1/2-3/4 cup of flour.")]
    [InlineData("Call 1-800-555-0199 now.")]
    public void ScoresFractionsAndPhoneNumbers_AreNoRanges(string text)
    {
        Recognize.All(text, Recognize.Anchor).ShouldNotContain(m => m.Kind == MentionKind.DateRange);
    }
}
