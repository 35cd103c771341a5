namespace Timeline.Temporal.Tests;

/// <summary>Stretches and offsets counted from the anchor, Friday 2023-07-28; ranges have an inclusive end.</summary>
public sealed class SpanAndOffsetTests
{
    [Theory]
    [InlineData("I'll be out next 3 days.", "next 3 days", "2023-07-29/2023-07-31")]
    [InlineData("She is away next 2 weeks.", "next 2 weeks", "2023-07-29/2023-08-11")]
    [InlineData("I was out past 3 weeks.", "past 3 weeks", "2023-07-07/2023-07-27")]
    [InlineData("I was out past month.", "past month", "2023-06-28/2023-07-27")]
    [InlineData("Sales were flat last 3year.", "last 3year", "2020-07-28/2023-07-27")]
    [InlineData("He was ill previous 2 months.", "previous 2 months", "2023-05-28/2023-07-27")]
    [InlineData("What will happen in the 2 upcoming months?", "2 upcoming months", "2023-07-29/2023-09-28")]
    [InlineData("I will be back within 5 days.", "within 5 days", "2023-07-28/2023-08-01")]
    [InlineData("They will decide within the next 3 years.", "within the next 3 years", "2023-07-28/2026-07-27")]
    [InlineData("I will be back within 1 year 2 months.", "within 1 year 2 months", "2023-07-28/2024-09-27")]
    [InlineData("I will come back within 2 weeks from today.", "within 2 weeks from today", "2023-07-28/2023-08-10")]
    [InlineData("I will come back less than 2 weeks from today.", "2 weeks from today", "2023-07-28/2023-08-10")]
    [InlineData("Set an out-of-office reply for 3 days from today.", "3 days from today", "2023-07-28/2023-07-30")]
    [InlineData("I will be back less than 3 days after tomorrow.", "3 days after tomorrow", "2023-07-29/2023-07-31")]
    [InlineData("Set it for a week starting tomorrow.", "a week starting tomorrow", "2023-07-29/2023-08-04")]
    [InlineData("Replies for 3 days starting from next Monday.", "3 days starting from next Monday", "2023-07-31/2023-08-02")]
    public void Span_IsARangeFromTheAnchor(string text, string expression, string timex)
    {
        var m = Recognize.Single(text, expression, Recognize.Anchor);
        m.Kind.ShouldBe(MentionKind.DateRange);
        m.Value.Timex.ShouldBe(timex);
    }

    [Fact]
    public void PastDay_IsYesterday()
    {
        Recognize.Single("I was out past day.", "past day", Recognize.Anchor).Value.Timex.ShouldBe("2023-07-27");
    }

    [Theory]
    [InlineData("Shares went past year-end highs.")]
    [InlineData("It is past midnight.")]
    public void PastAsAPreposition_IsNoSpan(string text)
    {
        Recognize.All(text, Recognize.Anchor).ShouldNotContain(m => m.Kind == MentionKind.DateRange);
    }

    [Theory]
    [InlineData("Exports doubled over the past five years.", "the past five years", "P5Y")]
    [InlineData("Talks will go on over the next two weeks.", "the next two weeks", "P2W")]
    [InlineData("In his last three years in office he did little.", "three years", "P3Y")]
    [InlineData("The suspect emerged within two weeks of the killing.", "two weeks", "P2W")]
    [InlineData("He was released within a week.", "a week", "P1W")]
    [InlineData("The deal closed in less than 2 weeks.", "2 weeks", "P2W")]
    public void Span_WithArticleOrAnotherBasisStaysALength(string text, string expression, string timex)
    {
        var m = Recognize.Single(text, expression, Recognize.Anchor);
        m.Kind.ShouldBe(MentionKind.Duration);
        m.Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("I'll be out the week after next.", "the week after next", "2023-W32")]
    [InlineData("I'll be out the month after the next.", "the month after the next", "2023-09")]
    [InlineData("The vote is the year after next.", "the year after next", "2025")]
    [InlineData("We met the year before last.", "the year before last", "2021")]
    [InlineData("Let's go the weekend after next.", "the weekend after next", "2023-W31-WE")]
    [InlineData("I'll go back two weeks from now.", "two weeks from now", "2023-08-11")]
    [InlineData("The ban ends two years from now.", "two years from now", "2025")]
    [InlineData("It will happen 2 days hence.", "2 days hence", "2023-07-30")]
    [InlineData("It will happen 4 weeks in the future.", "4 weeks in the future", "2023-08-25")]
    [InlineData("Are you free three weeks from tomorrow?", "three weeks from tomorrow", "2023-08-19")]
    [InlineData("I'll go back tmrw.", "tmrw", "2023-07-29")]
    [InlineData("I'll go back the day after tmrw.", "the day after tmrw", "2023-07-30")]
    [InlineData("I will leave in 3 weeks.", "3 weeks", "2023-08-18")]
    [InlineData("The company will list its shares in two years.", "two years", "2025")]
    [InlineData("Set up a call in four business days.", "four business days", "2023-08-03")]
    [InlineData("We meet again in a fortnight's time.", "a fortnight's time", "2023-08-11")]
    [InlineData("Are you available two Sundays from now?", "two Sundays from now", "2023-08-06")]
    [InlineData("Elections were held on March 5, 2023. Two Mondays later, the count ended.", "Two Mondays later", "2023-03-13")]
    [InlineData("He arrived the day before last Tuesday.", "the day before last Tuesday", "2023-07-24")]
    [InlineData("The vote came three days after March 5.", "three days after March 5", "2023-03-08")]
    public void Offset_ResolvesAgainstAnchorOrDate(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("Prices rose 40% in two years.", "two years")]
    [InlineData("It was the first time in two years that the index fell.", "two years")]
    [InlineData("Spending rose 0.2%, the smallest gain in a year.", "a year")]
    [InlineData("You may, in a year or two, save more lives.", "a year")]
    [InlineData("It is the worst drought in 50 years.", "50 years")]
    [InlineData("The region faces its deadliest floods in 30 years.", "30 years")]
    public void Offset_InACountThatIsALengthIsNoDate(string text, string expression)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Kind.ShouldBe(MentionKind.Duration);
    }

    [Fact]
    public void Offset_DayBeforeAPossessiveDayCountsFromThatDay()
    {
        Recognize.Single("He spoke the day before last Tuesday's primary.", "the day before last Tuesday", Recognize.Anchor).Value.Timex.ShouldBe("2023-07-24");
    }

    [Theory]
    [InlineData("I'll go back next Sunday.", "next Sunday", "2023-08-06")]
    [InlineData("Do you have plans next Monday?", "next Monday", "2023-07-31")]
    [InlineData("It happened on previous Tuesday.", "previous Tuesday", "2023-07-25")]
    [InlineData("Come this coming Saturday.", "coming Saturday", "2023-07-29")]
    [InlineData("They met this past Wednesday.", "past Wednesday", "2023-07-26")]
    public void NextWeekday_IsThatDayOfNextWeek(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Fact]
    public void Span_WithoutAnchorIsUnresolved()
    {
        var m = Recognize.Single("I'll be out next 3 days.", "next 3 days");
        m.Kind.ShouldBe(MentionKind.DateRange);
        m.IsAnchored.ShouldBeFalse();
    }
}
