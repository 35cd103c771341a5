using Timeline.Core.Text;

namespace Timeline.Core.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static List<string> Sentences(string text) =>
        SentenceSplitter.Split(text).SelectMany(p => p.Sentences).Select(s => text.Substring(s.Start, s.Length)).ToList();

    [Fact]
    public void Split_EndsSentencesAtTerminalPunctuationBeforeACapital()
    {
        Sentences("The war began in 1950. It ended in 1953! Did it? Yes.")
            .ShouldBe(["The war began in 1950.", "It ended in 1953!", "Did it?", "Yes."]);
    }

    [Fact]
    public void Split_KeepsAbbreviationsAndInitialsInsideTheSentence()
    {
        Sentences("The U.S. and Gen. Smith met on Feb. 3 with Mr. Kim. J. Doe was there.")
            .ShouldBe(["The U.S. and Gen. Smith met on Feb. 3 with Mr. Kim.", "J. Doe was there."]);
    }

    [Fact]
    public void Split_KeepsAClosingQuoteWithItsSentence()
    {
        Sentences("He said “it is over.” Then he left.").ShouldBe(["He said “it is over.”", "Then he left."]);
    }

    [Fact]
    public void Split_TreatsEachLineAsItsOwnParagraph()
    {
        var paragraphs = SentenceSplitter.Split("Heading\n\nFirst line. Second one.\r\nThird");
        paragraphs.Count.ShouldBe(3);
        paragraphs[1].Sentences.Count.ShouldBe(2);
        paragraphs.SelectMany(p => p.Sentences).Select(s => s.Anchor).ShouldBe(["s1", "s2", "s3", "s4"]);
    }

    [Fact]
    public void Split_OffsetsPointIntoTheOriginalText()
    {
        const string text = "  One.  Two.\n";
        foreach (var s in SentenceSplitter.Split(text).SelectMany(p => p.Sentences))
        {
            text.Substring(s.Start, s.Length).ShouldBe(s.Start == 2 ? "One." : "Two.");
        }
    }
}
