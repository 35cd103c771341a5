namespace Timeline.Temporal.Tests;

/// <summary>Relative expressions against an article dated Friday 2023-07-28.</summary>
public sealed class RelativeDateTests
{
    [Theory]
    [InlineData("The talks ended today.", "today", "2023-07-28")]
    [InlineData("The talks ended yesterday.", "yesterday", "2023-07-27")]
    [InlineData("The talks end tomorrow.", "tomorrow", "2023-07-29")]
    [InlineData("He arrived on Wednesday.", "Wednesday", "2023-07-26")]
    [InlineData("He will arrive on Wednesday.", "Wednesday", "2023-08-02")]
    [InlineData("They met this week.", "this week", "2023-W30")]
    [InlineData("They met last week.", "last week", "2023-W29")]
    [InlineData("They met last month.", "last month", "2023-06")]
    [InlineData("They met last year.", "last year", "2022")]
    [InlineData("Sales rose this year.", "this year", "2023")]
    [InlineData("Sales will rise next year.", "next year", "2024")]
    [InlineData("It was announced earlier this month.", "earlier this month", "2023-07")]
    [InlineData("It happened two years ago.", "two years ago", "2021")]
    [InlineData("The war ravaged it seven decades ago.", "seven decades ago", "1953")]
    [InlineData("The law was passed in March.", "March", "2023-03")]
    [InlineData("The law will be passed in September.", "September", "2023-09")]
    [InlineData("The law was passed in September.", "September", "2022-09")]
    [InlineData("Prices fell last spring.", "last spring", "2023-SP")]
    [InlineData("Prices fell over the weekend.", "the weekend", "2023-W29-WE")]
    [InlineData("Leaders met the day before yesterday.", "the day before yesterday", "2023-07-26")]
    [InlineData("The pact was signed in June last year.", "June last year", "2022-06")]
    public void Relative_ResolvesAgainstAnchor(string text, string expression, string timex)
    {
        var m = Recognize.Single(text, expression, Recognize.Anchor);
        m.Value.Timex.ShouldBe(timex);
        m.IsAnchored.ShouldBeTrue();
    }

    [Theory]
    [InlineData("The talks ended today.", "today")]
    [InlineData("They met last month.", "last month")]
    [InlineData("It happened two years ago.", "two years ago")]
    [InlineData("The law was passed in March.", "March")]
    public void Relative_WithoutAnchorIsUnresolved(string text, string expression)
    {
        Recognize.Single(text, expression).IsAnchored.ShouldBeFalse();
    }

    [Fact]
    public void Relative_AgoIsApproximateForDecades()
    {
        Recognize.Single("seven decades ago", "seven decades ago", Recognize.Anchor).Value.Modifier.ShouldBe(TimeModifier.Approximate);
    }
}
