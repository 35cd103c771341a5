namespace Timeline.Temporal.Tests;

public sealed class RangeTests
{
    [Theory]
    [InlineData("visited from the 25th to the 27th of July.", "from the 25th to the 27th of July", "2023-07-25/2023-07-27")]
    [InlineData("held 25-27 July 2023 in Seoul", "25-27 July 2023", "2023-07-25/2023-07-27")]
    [InlineData("held July 25–27, 2023 in Seoul", "July 25–27, 2023", "2023-07-25/2023-07-27")]
    [InlineData("fought between 1950 and 1953.", "between 1950 and 1953", "1950/1953")]
    [InlineData("the war of 1950–53 ended", "1950–53", "1950/1953")]
    [InlineData("fought from 1950 to 1953.", "from 1950 to 1953", "1950/1953")]
    [InlineData("talks July 25 through 27 in Seoul", "July 25 through 27", "2023-07-25/2023-07-27")]
    [InlineData("fighting from February 2022 until today.", "from February 2022 until today", "2022-02/2023-07-28")]
    public void Ranges_AreOneMentionWithBothEnds(string text, string expression, string timex)
    {
        var m = Recognize.Single(text, expression, Recognize.Anchor);
        m.Kind.ShouldBe(MentionKind.DateRange);
        m.Value.Timex.ShouldBe(timex);
        m.Parts.ShouldNotBeNull().Count.ShouldBe(2);
    }

    [Fact]
    public void Ranges_DayToDayOfMonth_WithoutAnchorKeepsYearUnknown()
    {
        Recognize.Single("from the 25th to the 27th of July.", "from the 25th to the 27th of July").Value.Timex.ShouldBe("XXXX-07-25/XXXX-07-27");
    }

    [Fact]
    public void Ranges_SplitGivesEachEndItsOwnSpan()
    {
        const string text = "fought from 1950 to 1953.";
        var parts = EnglishRecognizer.SplitRanges(Recognize.All(text)).ToList();
        parts.Select(p => p.Text).ShouldBe(["1950", "1953"]);
        parts.Select(p => p.Value.Timex).ShouldBe(["1950", "1953"]);
        parts.ShouldAllBe(p => text.Substring(p.Start, p.Length) == p.Text);
    }

    [Fact]
    public void Ranges_IntervalCoversBothEnds()
    {
        var v = Recognize.Single("fought between 1950 and 1953.", "between 1950 and 1953").Value;
        v.Start.ShouldBe(new CalendarDate(1950, 1, 1));
        v.End.ShouldBe(new CalendarDate(1954, 1, 1));
    }
}

public sealed class TimeValueRestoreTests
{
    [Fact]
    public void Restore_RebuildsAnEqualValue()
    {
        var v = TimeValue.Quarter(2022, 3, TimeModifier.Late);
        TimeValue.Restore(v.Timex, v.Precision, v.Modifier, v.Start, v.End).ShouldBe(v);
    }

    [Fact]
    public void Restore_RejectsPartsThatDisagree()
    {
        Should.Throw<ArgumentException>(() => TimeValue.Restore("2022", TimePrecision.Year, TimeModifier.None, new CalendarDate(2022, 1, 1), null));
    }

}

/// <summary>"The rest of the week" against an article dated Friday 2023-07-28.</summary>
public sealed class RestOfTests
{
    [Theory]
    [InlineData("I am busy the rest of the week.", "the rest of the week", "2023-07-28/2023-07-30")]
    [InlineData("Prices hold for the rest of this month.", "the rest of this month", "2023-07-28/2023-07-31")]
    [InlineData("Growth slows for the rest of the year.", "the rest of the year", "2023-07-28/2023-12-31")]
    public void RestOf_RunsFromAnchorToPeriodEnd(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Fact]
    public void RestOf_OnTheLastDayIsThatDay()
    {
        Recognize.Single("I am busy the rest of the week.", "the rest of the week", new CalendarDate(2023, 7, 30)).Value.Timex.ShouldBe("2023-07-30");
    }

    [Fact]
    public void RestOf_OtherNounsAreNoDate()
    {
        Recognize.Timexes("The rest of the team left.", Recognize.Anchor).ShouldBe("");
    }
}
