namespace Timeline.Core.Tests.Events;

/// <summary>Which dated statements become events, and the headlines they get.</summary>
public sealed class ExtractionTests
{
    private static List<string> Headlines(string text) =>
        Timelines.Analyze(Timelines.Article("a", text)).Statements.Select(s => s.Headline).ToList();

    [Theory]
    [InlineData("The bridge was opened in 1932, CNN reported.", "The bridge was opened")]
    [InlineData("According to the ministry, the bridge was opened in 1932.", "The bridge was opened")]
    [InlineData("However, the bridge was opened in 1932.", "The bridge was opened")]
    [InlineData("Meanwhile the bridge was opened in 1932.", "The bridge was opened")]
    [InlineData("In 1932, the old bridge over the river was opened to traffic.", "The old bridge over the river was opened to traffic")]
    [InlineData("Prices rose sharply after the flood that destroyed the harbour in 1932.", "The flood that destroyed the harbour")]
    [InlineData("Exports fell under a 1932 trade agreement.", "1932 trade agreement")]
    public void Headline_IsTheClauseThatHoldsTheDate(string sentence, string headline)
    {
        Headlines(sentence).ShouldBe([headline]);
    }

    [Fact]
    public void Headline_IsAtMostTwelveWords()
    {
        string headline = Headlines("The long-awaited bridge across the wide brown river between the two old market towns finally opened to traffic in 1932.").Single();
        headline.TrimEnd('…').Split(' ').Length.ShouldBeLessThanOrEqualTo(12);
        headline.ShouldEndWith("…");
    }

    [Fact]
    public void NotEvents_DurationsDatelinesAndYearsInNames()
    {
        var statements = Timelines.Analyze(Timelines.Article("a",
            "July 28 — The fighting lasted four decades. The Expo 2020 pavilion stood empty. The museum opened in 1998.")).Statements;
        statements.Select(s => s.DateText).ShouldBe(["1998"]);
    }

    [Fact]
    public void NotEvents_DatesInPageFurniture()
    {
        string text = "World Politics Business Culture Sport Science Travel\n" +
            "The dam was finished in 1936 after five years of work on the canyon walls.\n" +
            "Engineers later called it the largest concrete structure of its age, a record it held for years.\n" +
            "Leave a comment\n" +
            "The Example Post was founded in 2011 to cover the desert states.\n";
        Timelines.Analyze(Timelines.Article("a", text)).Statements.Select(s => s.DateText).ShouldBe(["1936"]);
    }

    [Fact]
    public void Passages_AnchorTheSentenceThatHoldsTheDate()
    {
        const string text = "Nothing happened then. The dam was finished in 1936.";
        var statement = Timelines.Analyze(Timelines.Article("a", text)).Statements.Single();
        statement.Passage.ShouldBe("s2");
        statement.Quote.ShouldBe("The dam was finished in 1936.");
        text.Substring(statement.QuoteStart, statement.Quote.Length).ShouldBe(statement.Quote);
    }
}
