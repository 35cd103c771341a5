namespace Timeline.Temporal.Tests;

public sealed class HolidayTests
{
    [Theory]
    [InlineData("They met on Christmas Day 2022.", "Christmas Day 2022", "2022-12-25")]
    [InlineData("They met on Thanksgiving 2010.", "Thanksgiving 2010", "2010-11-25")]
    [InlineData("They met on Easter Sunday 2018.", "Easter Sunday 2018", "2018-04-01")]
    [InlineData("They met on Father's Day of 2015.", "Father's Day of 2015", "2015-06-21")]
    [InlineData("They met on New Year's Eve.", "New Year's Eve", "2022-12-31")]
    [InlineData("They met on Memorial Day.", "Memorial Day", "2023-05-29")]
    [InlineData("Voters go to the polls on Election Day.", "Election Day", "2023-11-07")]
    [InlineData("Pilgrims arrived as Easter week began.", "Easter week", "2023-W14")]
    [InlineData("Shoppers spent more on Cyber Monday 2015.", "Cyber Monday 2015", "2015-11-30")]
    [InlineData("They marched on International Workers' Day.", "International Workers' Day", "2023-05-01")]
    [InlineData("They marched for May Day/Int'l Workers Day.", "Int'l Workers Day", "2023-05-01")]
    [InlineData("They celebrated Juneteenth.", "Juneteenth", "2023-06-19")]
    public void Holidays_ResolveToTheirDay(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Fact]
    public void Holidays_WithoutAnchorKeepTheirRule()
    {
        Recognize.Single("They met on Thanksgiving.", "Thanksgiving").Value.Timex.ShouldBe("XXXX-11-WXX-4-4");
    }

    [Theory]
    [InlineData("They spoke tonight.", "tonight", "2023-07-28")]
    [InlineData("They spoke last night.", "last night", "2023-07-27")]
    [InlineData("They spoke this morning.", "this morning", "2023-07-28")]
    public void PartsOfDay_NameTheirDay(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("a good deal for the new year")]
    [InlineData("the Easter Island statues")]
    [InlineData("the international community")]
    public void Holidays_CommonWordsAloneAreNotHolidays(string text)
    {
        Recognize.All(text, Recognize.Anchor).ShouldBeEmpty();
    }
}
