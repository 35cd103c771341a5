namespace Timeline.Temporal.Tests;

/// <summary>Days, years and decades written in words, as transcripts and speech write them.</summary>
public sealed class SpelledDateTests
{
    [Theory]
    [InlineData("The talks will resume on May twenty-first in Geneva.", "May twenty-first", "2024-05-21")]
    [InlineData("The talks resumed on May twenty one, officials said.", "May twenty one", "2023-05-21")]
    [InlineData("The vote was held on the twenty second of June.", "the twenty second of June", "2023-06-22")]
    [InlineData("It opened on the tenth of September, two thousand.", "the tenth of September, two thousand", "2000-09-10")]
    [InlineData("He was born on September the twenty-first nineteen seventy eight.", "September the twenty-first nineteen seventy eight", "1978-09-21")]
    [InlineData("The mill opened on September 10, nineteen zero one.", "September 10, nineteen zero one", "1901-09-10")]
    [InlineData("She was born on January twenty five nineteen eighty six.", "January twenty five nineteen eighty six", "1986-01-25")]
    [InlineData("She was born on twenty five January nineteen eighty six.", "twenty five January nineteen eighty six", "1986-01-25")]
    [InlineData("On fifteen August nineteen hundred ninety three, the plant opened.", "fifteen August nineteen hundred ninety three", "1993-08-15")]
    [InlineData("The ship sailed on 6 April seventeen hundred thirty three.", "6 April seventeen hundred thirty three", "1733-04-06")]
    [InlineData("The fair opens on January first two thousand and thirty two.", "January first two thousand and thirty two", "2032-01-01")]
    [InlineData("It happened in June of nineteen ninety nine.", "June of nineteen ninety nine", "1999-06")]
    [InlineData("It happened in the spring of nineteen seventy eight.", "the spring of nineteen seventy eight", "1978-SP")]
    [InlineData("Sales fell in the third quarter of two thousand and twenty.", "the third quarter of two thousand and twenty", "2020-Q3")]
    [InlineData("The republic was founded in one thousand seven hundred and eighty nine.", "one thousand seven hundred and eighty nine", "1789")]
    [InlineData("The emperor died in the year two hundred and sixty seven.", "the year two hundred and sixty seven", "0267")]
    [InlineData("The survey ended on Friday the fifteen.", "Friday the fifteen", "2023-09-15")]
    public void Spelled_DaysAndYearsComposeLikeDigits(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("in the nineteen seventies", "the nineteen seventies", "197X")]
    [InlineData("in the noughties", "the noughties", "200X")]
    [InlineData("in the twenty-tens", "the twenty-tens", "201X")]
    [InlineData("in the two thousands", "the two thousands", "200X")]
    [InlineData("in the two thousand and tens", "the two thousand and tens", "201X")]
    [InlineData("music of the 70's", "the 70's", "197X")]
    [InlineData("music of the 1970's", "the 1970's", "197X")]
    [InlineData("presidents in the 1990 s.", "the 1990 s", "199X")]
    [InlineData("a hit in nineties America", "nineties", "199X")]
    public void Spelled_DecadesInWordsAndWithApostrophes(string text, string expression, string timex)
    {
        Recognize.Single(text, expression, Recognize.Anchor).Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("He said two thousand people came.")]
    [InlineData("It may one day rain.")]
    [InlineData("They march two miles a day.")]
    [InlineData("He ran the 100 metres in 10 s flat.")]
    [InlineData("tens of thousands of people marched")]
    [InlineData("a group of twenty nineteen-year-olds")]
    public void Spelled_CountsAreNotDates(string text)
    {
        Recognize.All(text, Recognize.Anchor).Where(m => m.Kind is MentionKind.Date or MentionKind.DateRange).ShouldBeEmpty();
    }

    [Fact]
    public void Spelled_PluralGluedToANounIsNoDecade()
    {
        Recognize.All("He won the 1990 s-class race.", Recognize.Anchor).ShouldNotContain(m => m.Value.Precision == TimePrecision.Decade);
    }

    [Fact]
    public void Spelled_DayCountAfterMonthStaysACount()
    {
        Recognize.Single("In March two people died.", "March", Recognize.Anchor).Value.Timex.ShouldBe("2023-03");
    }
}
