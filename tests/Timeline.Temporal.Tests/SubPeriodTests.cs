namespace Timeline.Temporal.Tests;

/// <summary>Parts of a year or month named by their place (<c>the third month of 2021</c>, <c>the first 2 weeks of 2021</c>).</summary>
public sealed class SubPeriodTests
{
    [Theory]
    [InlineData("They will leave the third month of 2021.", "the third month of 2021", "2021-03")]
    [InlineData("The 9th month of next year we review it.", "The 9th month of next year", "2024-09")]
    [InlineData("The lease ends the last day of 2021.", "the last day of 2021", "2021-12-31")]
    [InlineData("We will come back on the 15th day of next month.", "the 15th day of next month", "2023-08-15")]
    [InlineData("They visited Paris first ten days of last year.", "first ten days of last year", "2022-01-01/2022-01-10")]
    [InlineData("Rooms are booked for the first 2 weeks of 2021.", "the first 2 weeks of 2021", "2021-W01/2021-W02")]
    [InlineData("Results for the last four months of 2021 are out.", "the last four months of 2021", "2021-09/2021-12")]
    [InlineData("Maintenance is set for the last 3 weeks of this year.", "the last 3 weeks of this year", "2023-W50/2023-W52")]
    [InlineData("I'll be out the third week of two thousand and twenty seven", "the third week of two thousand and twenty seven", "2027-W03")]
    public void PartsOfAPeriod_ResolveToTheirUnits(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Fact]
    public void CountedPart_SplitsAsTimeMLAnnotatesIt()
    {
        var mentions = EnglishRecognizer.SplitRanges(Recognize.All("Net income rose in the first nine months of 1989.", Recognize.Anchor)).ToList();
        string.Join(" | ", mentions.Select(m => $"{m.Text}={m.Kind}:{m.Value.Timex}"))
            .ShouldBe("the first nine months=Duration:P9M | 1989=Date:1989");
    }

    [Theory]
    [InlineData("He spent the first 100 days of his presidency abroad.")]
    [InlineData("It was the third day of the trial.")]
    [InlineData("Its 18th month of operation was the best.")]
    public void PartsOfThingsThatAreNoDates_AreNoDates(string text)
    {
        Recognize.All(text, Recognize.Anchor).ShouldNotContain(m => m.Kind == MentionKind.Date || m.Kind == MentionKind.DateRange);
    }
}
