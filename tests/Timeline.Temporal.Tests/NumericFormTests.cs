namespace Timeline.Temporal.Tests;

/// <summary>Month-day and year-month written in digits, and a year written before its month or quarter.</summary>
public sealed class NumericFormTests
{
    [Theory]
    [InlineData("The hearing was moved to 4/22.", "4/22", "2023-04-22")]
    [InlineData("The hearing was held on 22/04.", "22/04", "2023-04-22")]
    [InlineData("The hearing was held on 4-22.", "4-22", "2023-04-22")]
    [InlineData("The hearing was held on 4.22.", "4.22", "2023-04-22")]
    [InlineData("The hearing is set for Friday 8/4.", "Friday 8/4", "2023-08-04")]
    [InlineData("The hearing was held 08/12,2015 in Ohio.", "08/12,2015", "2015-08-12")]
    [InlineData("The hearing was held 08/12,15 in Ohio.", "08/12,15", "2015-08-12")]
    [InlineData("The hearing was held on 2015.5.13.", "2015.5.13", "2015-05-13")]
    [InlineData("He was born 2/29, in a leap year.", "2/29", "XXXX-02-29")]
    [InlineData("I'll go back Oct/2", "Oct/2", "2023-10-02")]
    [InlineData("He was born on 16. Nov. 2016", "16. Nov. 2016", "2016-11-16")]
    [InlineData("Nobody forgot 9/11.", "9/11", "2001-09-11")]
    [InlineData("The plant reopens Sep-23-2020.", "Sep-23-2020", "2020-09-23")]
    [InlineData("The plant reopens Friday 2023-8-4.", "Friday 2023-8-4", "2023-08-04")]
    [InlineData("The plant reopens this coming Sunday, August sixth.", "this coming Sunday, August sixth", "2023-08-06")]
    [InlineData("I'll go back October. 2", "October. 2", "2023-10-02")]
    [InlineData("The plant reopened on 28 june in 2020.", "28 june in 2020", "2020-06-28")]
    [InlineData("The plant reopened after the 15th day of June.", "the 15th day of June", "2023-06-15")]
    public void Numeric_MonthDayWithoutYear(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData(2016, "He returns 3-7-27.", "2027-03-07")]
    [InlineData(1998, "The bond matures 3/7/05.", "2005-03-07")]
    [InlineData(2023, "He was born 3/7/43.", "1943-03-07")]
    public void Numeric_TwoDigitYearIsTheOneNearTheAnchor(int anchorYear, string text, string timex)
    {
        Recognize.All(text, new CalendarDate(anchorYear, 6, 1)).ShouldHaveSingleItem().Value.Timex.ShouldBe(timex);
    }

    [Fact]
    public void Numeric_MonthDayRange()
    {
        Recognize.Single("Closed from 10/1 to 11/7.", "from 10/1 to 11/7", Recognize.Anchor).Value.Timex.ShouldBe("2023-10-01/2023-11-07");
    }

    [Fact]
    public void Numeric_DayFirstSettingReadsAmbiguousPairs()
    {
        Recognize.All("The hearing was held on 4/6.", Recognize.Anchor, SlashDateOrder.DayFirst).ShouldHaveSingleItem().Value.Timex.ShouldBe("2023-06-04");
    }

    [Theory]
    [InlineData("Output rose in 2016-11.", "2016-11", "2016-11")]
    [InlineData("Output rose in 2016 / 11.", "2016 / 11", "2016-11")]
    [InlineData("Output rose in 11/2016.", "11/2016", "2016-11")]
    [InlineData("Output rose in 11-2016.", "11-2016", "2016-11")]
    [InlineData("Output rose in 3/2015.", "3/2015", "2015-03")]
    [InlineData("Output rose in 2015.3.", "2015.3", "2015-03")]
    [InlineData("Output rose in 2016 june.", "2016 june", "2016-06")]
    [InlineData("Output rose in 2016, nov, then fell.", "2016, nov", "2016-11")]
    [InlineData("Output rose in August 99.", "August 99", "1999-08")]
    [InlineData("She was born in April of 87.", "April of 87", "1987-04")]
    [InlineData("Output rose in Dec-2018.", "Dec-2018", "2018-12")]
    [InlineData("Output rose in Dec/2018.", "Dec/2018", "2018-12")]
    [InlineData("Output rose in April in 2016.", "April in 2016", "2016-04")]
    [InlineData("Output rose in 2016 Q3.", "2016 Q3", "2016-Q3")]
    [InlineData("Output rose in 2016H2.", "2016H2", "2016-H2")]
    [InlineData("Output rose in 2017-q1.", "2017-q1", "2017-Q1")]
    [InlineData("Output rose in q1-2019.", "q1-2019", "2019-Q1")]
    [InlineData("Output rose in Q2 this year.", "Q2 this year", "2023-Q2")]
    [InlineData("Output rose in 2016 the third quarter.", "2016 the third quarter", "2016-Q3")]
    public void Numeric_YearMonthsAndYearFirstParts(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Fact]
    public void Numeric_YearBeforeAMonthThatStartsANounPhraseStaysAYear()
    {
        Recognize.Single("By 2020 June sales had doubled.", "2020", Recognize.Anchor).Value.Timex.ShouldBe("2020");
    }

    [Fact]
    public void Numeric_MonthEndingASentenceKeepsTheNextSentencesNumber()
    {
        Recognize.Single("It ended in October. 2 people died.", "October", Recognize.Anchor).Value.Timex.ShouldBe("2022-10");
    }

    [Fact]
    public void Numeric_SeasonSpanStaysARange()
    {
        Recognize.Single("in the 2010-11 season", "2010-11", Recognize.Anchor).Value.Timex.ShouldBe("2010/2011");
    }

    [Theory]
    [InlineData("Boston won 4-2 on the road.")]
    [InlineData("a 3-1 vote in the council")]
    [InlineData("Add 3/4 of a cup.")]
    [InlineData("about 1/2 hour")]
    [InlineData("a 2/3 majority")]
    [InlineData("the shop is open 24/7")]
    [InlineData("version 2.10 ran on 3.5 now")]
    [InlineData("the index closed at 2015.3 points")]
    [InlineData("children aged 4-12 years")]
    [InlineData("shares rose 4.22% today")]
    [InlineData("Boston lost in 3-2.")]
    [InlineData("In 2016, June was the hottest month.")]
    [InlineData("In 1998 August Wilson won.")]
    [InlineData("Turnout rose from 1/2 to 2/3 of voters.")]
    [InlineData("He lives in Room 4/22 upstairs.")]
    public void Numeric_ScoresFractionsAndDecimalsAreNotMonthDays(string text)
    {
        Recognize.All(text, Recognize.Anchor)
            .Where(m => m.Kind is MentionKind.Date or MentionKind.DateRange && m.Value.Precision is TimePrecision.Day or TimePrecision.Month && m.Value.Timex is not ("PRESENT_REF" or "2023-07-28"))
            .Where(m => !(m.Text == "June" && text.StartsWith("In 2016", StringComparison.Ordinal)))
            .ShouldBeEmpty();
    }
}
