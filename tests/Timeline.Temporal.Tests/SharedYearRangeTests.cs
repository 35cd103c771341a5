namespace Timeline.Temporal.Tests;

/// <summary>Ranges whose first end borrows the year (or month) written after the second.</summary>
public sealed class SharedYearRangeTests
{
    [Theory]
    [InlineData("Sales ran Nov 18-Dec 19, 2015 in stores.", "Nov 18-Dec 19, 2015", "2015-11-18/2015-12-19")]
    [InlineData("The average for June-August 1992 was 67.", "June-August 1992", "1992-06/1992-08")]
    [InlineData("He served from January to April 2015.", "from January to April 2015", "2015-01/2015-04")]
    [InlineData("The Jan-Feb 2017 issue sold out.", "Jan-Feb 2017", "2017-01/2017-02")]
    [InlineData("The Nov-Feb 2017 season was mild.", "Nov-Feb 2017", "2016-11/2017-02")]
    [InlineData("Polls open from 4 to January 22, 1995.", "from 4 to January 22, 1995", "1995-01-04/1995-01-22")]
    [InlineData("The festival runs 9 to 12 of June.", "9 to 12 of June", "2023-06-09/2023-06-12")]
    public void FirstEnd_TakesTheYearWrittenAfterTheSecond(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("The fair runs april ninth through seventeenth.", "april ninth through seventeenth", "2023-04-09/2023-04-17")]
    [InlineData("It ran from April the ninth till the seventeenth.", "from April the ninth till the seventeenth", "2023-04-09/2023-04-17")]
    [InlineData("Talks continue between now and November 15th.", "between now and November 15th", "2023-07-28/2023-11-15")]
    [InlineData("Prices doubled between Jan 22 and now.", "between Jan 22 and now", "2023-01-22/2023-07-28")]
    [InlineData("He led the firm from 2007 to the end of 2008.", "from 2007 to the end of 2008", "2007/2008")]
    [InlineData("Sales grew between 2014~2018.", "between 2014~2018", "2014/2018")]
    public void SecondEnd_TakesItsMonthFromTheFirstOrIsNow(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Fact]
    public void RangeEndingAtNow_SplitsIntoItsWrittenEnds()
    {
        var parts = EnglishRecognizer.SplitRanges(Recognize.All("Prices doubled between Jan 22 and now.", Recognize.Anchor));
        string.Join(" | ", parts.Select(m => $"{m.Text}={m.Value.Timex}")).ShouldBe("Jan 22=2023-01-22 | now=PRESENT_REF");
    }

    [Theory]
    [InlineData("The index rose 9 to 12 of June's level.")]
    [InlineData("They won 9 to 12 of the races in June.")]
    public void CountsBeforeAMonth_AreNoDayRanges(string text)
    {
        Recognize.All(text, Recognize.Anchor).ShouldNotContain(m => m.Kind == MentionKind.DateRange);
    }
}
