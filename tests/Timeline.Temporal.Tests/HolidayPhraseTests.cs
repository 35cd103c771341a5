namespace Timeline.Temporal.Tests;

/// <summary>Holidays placed by a relation (<c>last Easter</c>), widened to their weekend, or named in lower case with a year.</summary>
public sealed class HolidayPhraseTests
{
    [Theory]
    [InlineData("Last Easter the church was full.", "Last Easter", "2023-04-09")]
    [InlineData("Last Christmas he was home.", "Last Christmas", "2022-12-25")]
    [InlineData("They will meet again next Thanksgiving.", "next Thanksgiving", "2023-11-23")]
    [InlineData("when was the previous easter?", "previous easter", "2023-04-09")]
    [InlineData("I'll go back on easter 2018", "easter 2018", "2018-04-01")]
    [InlineData("I'll go back on saint patrick 2020", "saint patrick 2020", "2020-03-17")]
    public void Holidays_PlacedByRelationOrYear(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("Hotels are full for Labor Day weekend.", "Labor Day weekend", "2023-W35-WE")]
    [InlineData("They booked the weekend of Thanksgiving 2021.", "the weekend of Thanksgiving 2021", "2021-W47-WE")]
    [InlineData("I want a flight for halloween weekend 2021", "halloween weekend 2021", "2021-W43-WE")]
    [InlineData("The parade is on Memorial Day 2024 weekend.", "Memorial Day 2024 weekend", "2024-W21-WE")]
    public void HolidayWeekends_AreTheSaturdayAndSundayBesideTheHoliday(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("He visited St. Patrick's Cathedral.")]
    [InlineData("Pilgrims prayed to St. Patrick.")]
    [InlineData("Children hunted for the easter bunny.")]
    [InlineData("She planned her next Easter Island trip.")]
    public void SaintsAndLowercaseHolidays_WithoutYearAreNoDates(string text)
    {
        Recognize.All(text, Recognize.Anchor).ShouldBeEmpty();
    }
}

/// <summary><c>Independence Day</c> is the United States' unless another country is named before it.</summary>
public sealed class IndependenceDayTests
{
    [Theory]
    [InlineData("Fireworks lit the sky on Independence Day.", "Independence Day", "2023-07-04")]
    [InlineData("There is an event on the independence day of this year.", "independence day of this year", "2023-07-04")]
    [InlineData("Independence Day 2019 was hot.", "Independence Day 2019", "2019-07-04")]
    public void IndependenceDay_IsTheFourthOfJuly(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("Crowds marked India's Independence Day.")]
    [InlineData("They watched the Mexican Independence Day parade.")]
    [InlineData("He spoke on the Ukrainian independence day.")]
    public void AnotherCountrysIndependenceDay_IsNoDate(string text)
    {
        Recognize.All(text, Recognize.Anchor).ShouldBeEmpty();
    }
}

/// <summary>A bare <c>new year</c> is New Year's Day only right after a preposition of time.</summary>
public sealed class NewYearTests
{
    [Theory]
    [InlineData("We will meet 5 days before new year.", "5 days before new year", "2023-12-27")]
    [InlineData("Sales have risen since New Year.", "New Year", "2023-01-01")]
    public void NewYear_AfterAPrepositionOfTime_IsJanuaryFirst(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("Happy new year to all.")]
    [InlineData("Talks resume in the new year.")]
    [InlineData("Shops closed before Chinese New Year.")]
    public void NewYearElsewhere_IsNoDay(string text)
    {
        Recognize.All(text, Recognize.Anchor).ShouldNotContain(m => m.Value.Timex.EndsWith("-01-01", StringComparison.Ordinal));
    }
}
