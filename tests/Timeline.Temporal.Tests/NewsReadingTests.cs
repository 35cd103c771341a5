namespace Timeline.Temporal.Tests;

/// <summary>
/// Readings of news English that turn on one word near the date: a deadline named by a past clause, a date of
/// effect, the end of an extension, a clock time before its day, a weekday before another day, a day of a month
/// named earlier.
/// </summary>
public sealed class NewsReadingTests
{
    private static readonly CalendarDate Saturday = new(2023, 7, 29);
    private static readonly CalendarDate Thursday = new(2023, 7, 27);
    private static readonly CalendarDate Wednesday = new(2023, 7, 26);

    [Theory]
    [InlineData("The agency had ruled that the boy must be returned to his father, and set Friday as the deadline for his return.", "Friday", "2023-07-28")]
    [InlineData("The company completed its tender offer, with shareholders tendering 99 percent of the shares outstanding by the Tuesday deadline.", "Tuesday", "2023-07-25")]
    [InlineData("Sony Corp. completed its tender offer for Columbia Pictures Entertainment Inc., with Columbia shareholders tendering 99.3% of all common shares outstanding by the Tuesday deadline.", "Tuesday", "2023-07-25")]
    [InlineData("Lawmakers missed the Monday deadline.", "Monday", "2023-07-24")]
    public void DeadlineInAPastClause_IsPast(string text, string expression, string timex) =>
        Recognize.Single(text, expression, Saturday).Value.Timex.ShouldBe(timex);

    [Theory]
    [InlineData("Congress faces a Friday deadline to pass the budget.", "Friday", "2023-07-28")]
    [InlineData("The deadline is Friday.", "Friday", "2023-07-28")]
    [InlineData("Bidders must respond by the Monday deadline.", "Monday", "2023-07-31")]
    public void DeadlineWithNoPastVerb_LooksAhead(string text, string expression, string timex) =>
        Recognize.Single(text, expression, Wednesday).Value.Timex.ShouldBe(timex);

    [Theory]
    [InlineData("The trust also created a four-member office of the chairman, effective Feb. 1.", "Feb. 1", "2024-02-01")]
    [InlineData("The chief executive resigned, effective Jan. 1, the company said.", "Jan. 1", "2024-01-01")]
    public void AnnouncedDateOfEffect_IsAhead(string text, string expression, string timex) =>
        Recognize.Single(text, expression, new CalendarDate(2023, 10, 26)).Value.Timex.ShouldBe(timex);

    [Fact]
    public void EffectiveWithoutTheComma_KeepsTheClauseTense() =>
        // "costs were boosted by the pact effective June 1": the pact is already in force.
        Recognize.Single("Costs were boosted by the new labor pact effective June 1.", "June 1", new CalendarDate(2023, 10, 26)).Value.Timex.ShouldBe("2023-06-01");

    [Theory]
    [InlineData("In recent months a group of lenders has extended the company up to $90 million in revolving loans through January.", "January", "2024-01")]
    [InlineData("The agency extended the deadline to Jan. 15.", "Jan. 15", "2024-01-15")]
    [InlineData("The government prolonged the curfew into February.", "February", "2024-02")]
    public void EndOfAnExtension_IsAhead(string text, string expression, string timex) =>
        Recognize.Single(text, expression, new CalendarDate(2023, 10, 30)).Value.Timex.ShouldBe(timex);

    [Theory]
    // No extension: "through" leaves the clause's tense alone.
    [InlineData("Sales rose 5 percent through January.", "January", "2023-01")]
    [InlineData("Prices fell through January, the agency said.", "January", "2023-01")]
    public void ThroughOrToWithoutAnExtension_KeepsTheClauseTense(string text, string expression, string timex) =>
        Recognize.Single(text, expression, new CalendarDate(2023, 10, 30)).Value.Timex.ShouldBe(timex);

    [Fact]
    public void ClockTimeBeforeTheDay_DoesNotEndTheSentence() =>
        Recognize.Single("\"The father will leave at 4 in the morning (4 a.m. EDT Thursday),\" the president said.", "Thursday", Wednesday)
            .Value.Timex.ShouldBe("2023-07-27");

    [Fact]
    public void ClockTimeAtTheEndOfASentence_StillEndsIt() =>
        // "will" is in the sentence before: this one has no tense of its own, and reads back.
        Recognize.Single("Polls will close at 8 p.m. Heavy rain in the capital Tuesday.", "Tuesday", Wednesday)
            .Value.Timex.ShouldBe("2023-07-25");

    [Theory]
    [InlineData("London shares closed lower Friday, down 4.5% from the previous Friday.", "the previous Friday", "2023-07-21")]
    [InlineData("The market rose on Wednesday after a fall on the preceding Monday.", "the preceding Monday", "2023-07-24")]
    [InlineData("Officials said the prior Sunday had been calm.", "the prior Sunday", "2023-07-23")]
    public void ThePreviousWeekday_IsTheOneBeforeTheDayInQuestion(string text, string expression, string timex) =>
        Recognize.Single(text, expression, Saturday).Value.Timex.ShouldBe(timex);

    [Theory]
    [InlineData("The doctor was shot last October. His name was crossed out that same day.", "that same day", "2022-10-XX")]
    [InlineData("The plant opened in 1998 and closed that day too.", "that day", "1998-XX-XX")]
    [InlineData("The doctor was shot on July 3. His name was crossed out that same day.", "that same day", "2023-07-03")]
    public void ThatDay_OfAMonthOrAYear_IsADayOfIt_NotItsFirst(string text, string expression, string timex) =>
        Recognize.Single(text, expression, Thursday).Value.Timex.ShouldBe(timex);

    [Theory]
    [InlineData("Two helicopters crashed last February.", "2023-03-01", "last February", "2022-02")]
    [InlineData("Two helicopters crashed last January.", "2023-03-01", "last January", "2023-01")]
    [InlineData("The plant closed last December.", "2024-01-10", "last December", "2023-12")]
    public void LastMonthByName_SkipsTheMonthJustEnded(string text, string anchor, string expression, string timex)
    {
        CalendarDate.TryParseIso(anchor, out var day).ShouldBeTrue();
        Recognize.Single(text, expression, day).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("She works Sunday mornings at the shelter.", "Sunday mornings", "XXXX-WXX-7TMO")]
    [InlineData("The club meets on Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI")]
    public void WeekdayWithAPluralPartOfDay_Recurs(string text, string expression, string timex)
    {
        var m = Recognize.Single(text, expression, Wednesday);
        m.Kind.ShouldBe(MentionKind.Set);
        m.Value.Timex.ShouldBe(timex);
    }

    [Fact]
    public void WeekdayWithASingularPartOfDay_StaysADay() =>
        Recognize.Single("She worked Sunday morning at the shelter.", "Sunday", Wednesday).Value.Timex.ShouldBe("2023-07-23");
}
