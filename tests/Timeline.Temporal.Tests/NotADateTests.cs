namespace Timeline.Temporal.Tests;

public sealed class NotADateTests
{
    [Theory]
    [InlineData("the latest Hwasong-17 missile")]
    [InlineData("the RQ-4 Global Hawk")]
    [InlineData("an MQ-9 Reaper")]
    [InlineData("a letter from the G7 leaders")]
    [InlineData("since the COVID-19 pandemic")]
    [InlineData("a squadron of F-35 jets")]
    [InlineData("a Boeing 737 landed")]
    [InlineData("in violation of Resolution 2397 of the council")]
    [InlineData("more than 180,000 troops died")]
    [InlineData("it cost $1,950 in total")]
    [InlineData("it cost $1950 in total")]
    [InlineData("1,953 people were killed")]
    [InlineData("along the 38th parallel")]
    [InlineData("the war drags into its 18th month")]
    [InlineData("see page 1950 of the report")]
    [InlineData("call 555-1950 or (212) 555-1953 now please")]
    [InlineData("the meeting starts at 10:30 and ends at 12:45")]
    [InlineData("he may go to Seoul")]
    [InlineData("protesters march on the capital")]
    [InlineData("the exercise Northern/Interaction-2023 began")]
    [InlineData("a 2.5% rise and 3.1950 ratio")]
    [InlineData("He said 1500 people came")]
    [InlineData("Spring water and fall colours")]
    [InlineData("The Lakers won 4-2 at home.")]
    [InlineData("He scored 3 to 5 points a game.")]
    [InlineData("Pick the next 3 candidates from the list.")]
    [InlineData("Troops held out in the first week of the siege.")]
    public void NotADate_Rejected(string text)
    {
        Recognize.All(text, Recognize.Anchor)
            .Where(m => m.Kind is MentionKind.Date or MentionKind.DateRange && m.Value.Timex is not ("PRESENT_REF" or "PAST_REF" or "FUTURE_REF"))
            .ShouldBeEmpty();
    }

    [Theory]
    [InlineData("It lasted for three years.", "three years", "P3Y")]
    [InlineData("after seven decades of division", "seven decades", "P70Y")]
    [InlineData("for the first time in four decades", "four decades", "P40Y")]
    [InlineData("a three-year plan", "three-year", "P3Y")]
    [InlineData("over the past five years", "the past five years", "P5Y")]
    public void NotADate_DurationsAreDurations(string text, string expression, string timex)
    {
        var m = Recognize.Single(text, expression, Recognize.Anchor);
        m.Kind.ShouldBe(MentionKind.Duration);
        m.Value.Timex.ShouldBe(timex);
        m.IsAnchored.ShouldBeFalse();
    }

    [Theory]
    [InlineData("The law passed in May.", "May", "2023-05")]
    [InlineData("Protests began in March 2022.", "March 2022", "2022-03")]
    [InlineData("On May 9 troops paraded.", "May 9", "2023-05-09")]
    public void NotADate_MonthWordsStillDatesInContext(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }
}
