namespace Timeline.Temporal.Tests;

/// <summary>
/// Periods placed against the anchor (Friday 28 July 2023): relative quarters, business-day spans, a day or the week
/// of a day of "the month", ranges running "to date", and "next 5/12".
/// </summary>
public sealed class AnchoredPeriodTests
{
    [Theory]
    [InlineData("Sales for previous quarter fell.", "previous quarter", "2023-Q2")]
    [InlineData("Profit rose in the past quarter.", "the past quarter", "2023-Q2")]
    [InlineData("What were the sales for the last quarter?", "the last quarter", "2023-Q2")]
    [InlineData("Revenue in prior quarter was flat.", "prior quarter", "2023-Q2")]
    [InlineData("Let's plan the work for the coming quarter.", "the coming quarter", "2023-Q4")]
    [InlineData("Hiring slows in the upcoming quarter.", "the upcoming quarter", "2023-Q4")]
    public void RelativeQuarters_AreTheQuarterBeforeOrAfterTheAnchors(string text, string expression, string timex)
    {
        var m = Recognize.Single(text, expression, Recognize.Anchor);
        m.Kind.ShouldBe(MentionKind.Date);
        m.Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("He scored 10 points in the last quarter of the game.")]
    [InlineData("Prices doubled over the past quarter century.")]
    [InlineData("She ran the last quarter-mile in a minute.")]
    [InlineData("Earnings fell in the past two quarters.")]
    public void QuartersOfOtherThingsAndCountedQuarters_AreNoDates(string text)
    {
        Recognize.All(text, Recognize.Anchor).ShouldNotContain(m => m.Kind == MentionKind.Date || m.Kind == MentionKind.DateRange);
    }

    [Theory]
    [InlineData("Please set it up for the next 3 business days.", "the next 3 business days", "2023-07-31/2023-08-02")]
    [InlineData("Check the previous 2 working days.", "the previous 2 working days", "2023-07-26/2023-07-27")]
    [InlineData("It will ship the next business day.", "the next business day", "2023-07-31")]
    public void BusinessDaySpans_SkipTheWeekend(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("Delivery takes 3 business days.")]
    [InlineData("The bank has two business days to reply.")]
    public void BusinessDaysWithoutARelation_AreNoDates(string text)
    {
        Recognize.All(text, Recognize.Anchor).ShouldNotContain(m => m.Kind == MentionKind.Date || m.Kind == MentionKind.DateRange);
    }

    [Theory]
    [InlineData("Deliver the units before the thirty-first day of the month.", "the thirty-first day of the month", "2023-07-31")]
    [InlineData("The report was filed before the 15th day of the month.", "the 15th day of the month", "2023-07-15")]
    [InlineData("Can you set something up for the week of the 18th?", "the week of the 18th", "2023-W29")]
    public void DaysOfTheMonth_AreTheAnchorsMonth(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("Workers marked the 18th day of the strike.")]
    [InlineData("It was the week of the 18th Congress.")]
    [InlineData("Troops crossed the 38th parallel.")]
    public void OrdinalsOfOtherThings_AreNoDates(string text)
    {
        Recognize.All(text, Recognize.Anchor).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("How many clusters docked from March to date?", "from March to date", "2023-03/2023-07-28")]
    [InlineData("rows from 2010-01-01 till current date", "from 2010-01-01 till current date", "2010-01-01/2023-07-28")]
    [InlineData("Data run from 1990 to the present.", "from 1990 to the present", "1990/2023-07-28")]
    public void RangesToDate_EndOnTheAnchor(string text, string expression, string timex)
    {
        var m = Recognize.Single(text, expression, Recognize.Anchor);
        m.Kind.ShouldBe(MentionKind.DateRange);
        m.Value.Timex.ShouldBe(timex);
    }

    [Fact]
    public void RangeToDate_StartsInThePastEvenEarlyInTheYear()
    {
        Recognize.Single("sales from March to date", "from March to date", new CalendarDate(2023, 2, 10)).Value.Timex.ShouldBe("2022-03/2023-02-10");
    }

    [Theory]
    [InlineData("It is the best result to date.")]
    [InlineData("Keep the list up to date.")]
    public void ToDateAlone_IsNoDate(string text)
    {
        Recognize.All(text, Recognize.Anchor).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("This task should be done next 5/12", "next 5/12", "2024-05-12")]
    [InlineData("It is due next 8/12", "next 8/12", "2023-08-12")]
    [InlineData("from this 5/12 to next 5/19", "from this 5/12 to next 5/19", "2023-05-12/2024-05-19")]
    public void NumericMonthDaysAfterNextOrThis_AreTheComingOrThisYears(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Fact]
    public void NextFraction_IsNoDate()
    {
        Recognize.All("over the next 3/4 of the year", Recognize.Anchor).ShouldNotContain(m => m.Text.Contains("3/4"));
    }
}

/// <summary><c>the remainder of the week</c> as <c>the rest of the week</c>; <c>the next fortnight</c> a length, as <c>the next two weeks</c>.</summary>
public sealed class RemainderAndFortnightTests
{
    [Theory]
    [InlineData("Take the remainder of the week off.", "the remainder of the week", "2023-07-28/2023-07-30")]
    [InlineData("why don't you take the remaining of the week off?", "the remaining of the week", "2023-07-28/2023-07-30")]
    [InlineData("Rain is forecast for the remainder of the month.", "the remainder of the month", "2023-07-28/2023-07-31")]
    public void Remainder_RunsFromTheAnchorToThePeriodsEnd(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("The remaining 20 hostages were freed.")]
    [InlineData("He paid the remainder of the debt.")]
    public void RemainderOfOtherThings_IsNoDate(string text)
    {
        Recognize.All(text, Recognize.Anchor).ShouldBeEmpty();
    }

    [Fact]
    public void NextFortnight_IsTwoWeeksOfTime()
    {
        var m = Recognize.Single("We hope to leave in the next fortnight.", "the next fortnight", Recognize.Anchor);
        m.Kind.ShouldBe(MentionKind.Duration);
        m.Value.Timex.ShouldBe("P2W");
    }
}
