namespace Timeline.Temporal.Tests;

public sealed class AbsoluteDateTests
{
    [Theory]
    [InlineData("The war began in 1950.", "1950", "1950")]
    [InlineData("under the 1951 Refugee Convention", "1951", "1951")]
    [InlineData("a 1986 border protocol", "1986", "1986")]
    [InlineData("signed on July 27, 1953.", "July 27, 1953", "1953-07-27")]
    [InlineData("signed on 27 July 1953.", "27 July 1953", "1953-07-27")]
    [InlineData("signed on Jul. 27 1953.", "Jul. 27 1953", "1953-07-27")]
    [InlineData("signed on July 27th, 1953.", "July 27th, 1953", "1953-07-27")]
    [InlineData("published 2023-07-28 in Seoul", "2023-07-28", "2023-07-28")]
    [InlineData("signed on 27.07.1953 in Panmunjom", "27.07.1953", "1953-07-27")]
    [InlineData("signed on 07/27/1953 in Panmunjom", "07/27/1953", "1953-07-27")]
    [InlineData("invaded in February 2022", "February 2022", "2022-02")]
    [InlineData("invaded in Feb. 2022", "Feb. 2022", "2022-02")]
    [InlineData("Wednesday, July 26, 2023, was hot", "Wednesday, July 26, 2023", "2023-07-26")]
    [InlineData("the 27th of July, 1953", "the 27th of July, 1953", "1953-07-27")]
    public void Absolute_FullDatesInEveryOrder(string text, string expression, string timex)
    {
        var m = Recognize.Single(text, expression);
        m.Value.Timex.ShouldBe(timex);
        m.IsAnchored.ShouldBeTrue();
    }

    [Theory]
    [InlineData(SlashDateOrder.MonthFirst, "2022-03-04")]
    [InlineData(SlashDateOrder.DayFirst, "2022-04-03")]
    public void Absolute_SlashOrderResolvesAmbiguity(SlashDateOrder order, string timex)
    {
        var m = Recognize.All("The vote on 03/04/2022 was close.", order: order).ShouldHaveSingleItem();
        m.Value.Timex.ShouldBe(timex);
    }

    [Fact]
    public void Absolute_SlashDateImpossibleOneWayReadsTheOther()
    {
        Recognize.All("on 27/07/1953", order: SlashDateOrder.MonthFirst).ShouldHaveSingleItem().Value.Timex.ShouldBe("1953-07-27");
    }

    [Theory]
    [InlineData("in the 1950s", "the 1950s", "195X", TimePrecision.Decade)]
    [InlineData("music of the '90s", "the '90s", "199X", TimePrecision.Decade)]
    [InlineData("during the 1990s", "the 1990s", "199X", TimePrecision.Decade)]
    [InlineData("in the 20th century", "the 20th century", "19XX", TimePrecision.Century)]
    [InlineData("in the twentieth century", "the twentieth century", "19XX", TimePrecision.Century)]
    [InlineData("in the nineties", "the nineties", "199X", TimePrecision.Decade)]
    public void Absolute_DecadesAndCenturies(string text, string expression, string timex, TimePrecision precision)
    {
        var m = Recognize.Single(text, expression, Recognize.Anchor);
        m.Value.Timex.ShouldBe(timex);
        m.Value.Precision.ShouldBe(precision);
    }

    [Fact]
    public void Absolute_EarlyDecadeKeepsModifier()
    {
        var m = Recognize.Single("in the early 2000s", "the early 2000s");
        m.Value.Timex.ShouldBe("200X");
        m.Value.Modifier.ShouldBe(TimeModifier.Early);
    }

    [Theory]
    [InlineData("sales in summer 2022", "summer 2022", "2022-SU")]
    [InlineData("sales in Q3 2022", "Q3 2022", "2022-Q3")]
    [InlineData("sales in the third quarter of 2022", "the third quarter of 2022", "2022-Q3")]
    [InlineData("sales in the first half of 2023", "the first half of 2023", "2023-H1")]
    [InlineData("in the summer of 2022", "the summer of 2022", "2022-SU")]
    public void Absolute_SeasonsHalvesQuarters(string text, string expression, string timex)
    {
        Recognize.Single(text, expression).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("Thermopylae was fought in 480 BC.", "480 BC", "-0479")]
    [InlineData("Thermopylae was fought in 480 BCE.", "480 BCE", "-0479")]
    [InlineData("Vesuvius erupted in AD 79.", "AD 79", "0079")]
    [InlineData("Vesuvius erupted in 79 CE.", "79 CE", "0079")]
    [InlineData("Thermopylae was fought in 480 B.C. by", "480 B.C.", "-0479")]
    public void Absolute_Eras(string text, string expression, string timex)
    {
        var m = Recognize.Single(text, expression);
        m.Value.Timex.ShouldBe(timex);
        m.Value.Precision.ShouldBe(TimePrecision.Year);
    }

    [Theory]
    [InlineData("in early 1950", "early 1950", "1950", TimeModifier.Early)]
    [InlineData("by mid-July", "mid-July", "2023-07", TimeModifier.Mid)]
    [InlineData("until late 2022", "late 2022", "2022", TimeModifier.Late)]
    [InlineData("built around 1950", "around 1950", "1950", TimeModifier.Approximate)]
    [InlineData("by the end of 2022", "the end of 2022", "2022", TimeModifier.End)]
    [InlineData("at the beginning of the 20th century", "the beginning of the 20th century", "19XX", TimeModifier.Start)]
    public void Absolute_Modifiers(string text, string expression, string timex, TimeModifier modifier)
    {
        var m = Recognize.Single(text, expression, Recognize.Anchor);
        m.Value.Timex.ShouldBe(timex);
        m.Value.Modifier.ShouldBe(modifier);
    }

    [Theory]
    [InlineData("the winter of nineteen ninety-four", "the winter of nineteen ninety-four", "1994-WI")]
    [InlineData("in January nineteen ninety-seven", "January nineteen ninety-seven", "1997-01")]
    public void Absolute_SpelledOutYears(string text, string expression, string timex)
    {
        Recognize.All(text, Recognize.Anchor).ShouldContain(m => m.Value.Timex.EndsWith(timex, StringComparison.Ordinal) && m.Text.Contains(expression, StringComparison.Ordinal));
    }
}

public sealed class CompactDateTests
{
    [Theory]
    [InlineData("data for 2015-03 show", "2015-03", "2015-03")]
    [InlineData("data for 2015/3 show", "2015/3", "2015-03")]
    [InlineData("filed 05-Aug-2016 in court", "05-Aug-2016", "2016-08-05")]
    public void Compact_YearMonthAndDashedDates(string text, string expression, string timex)
    {
        Recognize.Single(text, expression).Value.Timex.ShouldBe(timex);
    }

    [Fact]
    public void Compact_SeasonOfTwoYearsIsNotAMonth()
    {
        Recognize.All("the 2010-11 season").ShouldAllBe(m => m.Value.Timex != "2010-11");
    }

    [Theory]
    [InlineData("Filed 05-Aug-2016 in court.", "05-Aug-2016", "2016-08-05")]
    [InlineData("Released 2019-sep-1 worldwide.", "2019-sep-1", "2019-09-01")]
    [InlineData("Released 2019/Sep/01 worldwide.", "2019/Sep/01", "2019-09-01")]
    public void NumericDate_WithMonthName(string text, string expression, string timex)
    {
        Recognize.Single(text, expression).Value.Timex.ShouldBe(timex);
    }
}
