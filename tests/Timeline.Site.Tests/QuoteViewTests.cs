using Timeline.Site.Model;
using Timeline.Site.Rendering;

namespace Timeline.Site.Tests;

/// <summary>A quote keeps its sentence once and cuts the parts around the date when they are read.</summary>
public sealed class QuoteViewTests
{
    private const string Sentence = "Talks began on March 4, 2019 in Geneva.";

    [Fact]
    public void Parts_AreTheSentenceAroundTheDate()
    {
        var quote = new QuoteView(Sentence, 15, "March 4, 2019");
        (quote.Before, quote.Date, quote.After).ShouldBe(("Talks began on ", "March 4, 2019", " in Geneva."));
        var plain = new QuoteView(Sentence, Sentence.Length, "");
        (plain.Before, plain.Date, plain.After).ShouldBe((Sentence, "", ""));
    }

    [Fact]
    public void ADateTheSentenceDoesNotHoldThere_IsRefused()
    {
        Should.Throw<ArgumentException>(() => new QuoteView(Sentence, 14, "March 4, 2019"));
        Should.Throw<ArgumentOutOfRangeException>(() => new QuoteView(Sentence, 30, "March 4, 2019"));
    }

    [Fact]
    public void AQuote_EqualsAndHashesLikeItsPartsGivenApart()
    {
        var kept = new QuoteView(Sentence, 15, "March 4, 2019");
        var parts = new QuoteView("Talks began on ", "March 4, 2019", " in Geneva.");
        kept.ShouldBe(parts);
        kept.GetHashCode().ShouldBe(parts.GetHashCode());
        ViewHash.Of(kept).ShouldBe(ViewHash.Of(parts));
        kept.ShouldNotBe(new QuoteView(Sentence, Sentence.Length, ""));
    }
}
