namespace Timeline.Temporal.Tests;

/// <summary>ISO 8601's basic form (<c>20161016</c>) and chat's lower-case months after a preposition (<c>in dec</c>).</summary>
public sealed class CompactAndLowercaseDateTests
{
    [Theory]
    [InlineData("I'll go back 20161016.", "20161016", "2016-10-16")]
    [InlineData("-20200701-", "20200701", "2020-07-01")]
    [InlineData("www.example.com/data/report-20170302.html", "20170302", "2017-03-02")]
    public void EightDigitIsoDates_AreDays(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("It cost $20161016 in all.")]
    [InlineData("Call +86 10 20161016 now.")]
    [InlineData("A population of 20161016 people.")]
    [InlineData("Order no. 20161016 shipped.")]
    [InlineData("The reading was 20161016.5 today")]
    [InlineData("Its code is 20161399.")]
    [InlineData("It rose 20161016% overall.")]
    public void EightDigitNumbersAmongNumbers_AreNoDates(string text)
    {
        Recognize.All(text, Recognize.Anchor).ShouldNotContain(m => m.Text.Contains("2016"));
    }

    [Theory]
    [InlineData("In dec $DEC farming is coming.", "dec", "2023-12")]
    [InlineData("It may be in may", "may", "2023-05")]
    [InlineData("I'll go back in sept.", "sept.", "2023-09")]
    public void LowercaseMonthsAfterAPreposition_AreMonths(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("Interest in may be low.")]
    [InlineData("They fell in march order.")]
    [InlineData("Troops march in, march out.")]
    public void LowercaseMonthWordsInProse_AreNoDates(string text)
    {
        Recognize.All(text, Recognize.Anchor).ShouldBeEmpty();
    }
}
