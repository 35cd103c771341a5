namespace Timeline.Temporal.Tests;

public sealed class DiscourseTests
{
    [Theory]
    [InlineData("The war began in 1950. The following year, China joined.", "The following year", "1951")]
    [InlineData("The war began in 1950. A year later, China joined.", "A year later", "1951")]
    [InlineData("The armistice was signed on July 27, 1953. The next day, troops withdrew.", "The next day", "1953-07-28")]
    [InlineData("Moscow invaded in February 2022. That month, prices rose.", "That month", "2022-02")]
    [InlineData("Moscow invaded in February 2022. Two weeks later, talks began.", "Two weeks later", "2022-W07")]
    [InlineData("He was taken to hospital on March 6, 2000. He appeared in court the next morning.", "the next morning", "2000-03-07")]
    [InlineData("The armistice was signed on July 27, 1953. The following year, troops withdrew.", "The following year", "1954")]
    public void Discourse_ResolvesAgainstPreviousDate(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Fact]
    public void Discourse_WithoutPreviousDateIsUnresolved()
    {
        Recognize.Single("The following year, China joined.", "The following year", Recognize.Anchor).IsAnchored.ShouldBeFalse();
    }
}
