namespace Timeline.Temporal.Tests;

/// <summary>A day of the month named without its month: placed in the anchor's month, or the one before or after by tense.</summary>
public sealed class BareDayTests
{
    [Theory]
    [InlineData("The accord was signed on the 29th.", "the 29th", "2023-06-29")]
    [InlineData("The accord was signed on the 27th.", "the 27th", "2023-07-27")]
    [InlineData("The accord was signed on the 3rd.", "the 3rd", "2023-07-03")]
    [InlineData("The vote will take place on the 3rd.", "the 3rd", "2023-08-03")]
    [InlineData("The vote will take place on the 30th.", "the 30th", "2023-07-30")]
    [InlineData("Talks are set for the twenty second, diplomats said.", "the twenty second", "2023-08-22")]
    [InlineData("Parliament sits on the 3rd and on the 30th.", "the 3rd", "2023-07-03")]
    [InlineData("He left on 22nd and came back.", "22nd", "2023-07-22")]
    [InlineData("Parliament met on 15.", "15", "2023-07-15")]
    [InlineData("The embassy stays shut until the 2nd.", "the 2nd", "2023-08-02")]
    public void BareDay_TakesTheAnchorsMonthByTense(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Fact]
    public void BareDay_WithoutAnchorKeepsOnlyTheDay()
    {
        Recognize.Single("The accord was signed on the 27th.", "the 27th").Value.Timex.ShouldBe("XXXX-XX-27");
    }

    [Fact]
    public void BareDay_RangeOfTwoDays()
    {
        Recognize.Single("Trains stopped from the 4th to the 22nd.", "from the 4th to the 22nd", Recognize.Anchor).Value.Timex.ShouldBe("2023-07-04/2023-07-22");
    }

    [Theory]
    [InlineData("along the 38th parallel")]
    [InlineData("the war drags into its 18th month")]
    [InlineData("the 27th Infantry Division moved north")]
    [InlineData("for the second time in a week")]
    [InlineData("on the second floor of the embassy")]
    [InlineData("prices fell by 15.")]
    [InlineData("he was charged on 15 counts")]
    [InlineData("on second thought, he stayed")]
    [InlineData("the team moved up to the 5th.")]
    public void BareDay_OrdinalsOfNounsAreNotDays(string text)
    {
        Recognize.All(text, Recognize.Anchor).Where(m => m.Kind is MentionKind.Date or MentionKind.DateRange).ShouldBeEmpty();
    }
}
