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

public sealed class SentenceSplitterEdgeTests
{
    private static List<string> Sentences(string text) =>
        SentenceSplitter.Split(text).SelectMany(p => p.Sentences).Select(s => text.Substring(s.Start, s.Length)).ToList();

    [Fact]
    public void Split_KeepsAnEllipsisBeforeLowerCaseInsideTheSentence()
    {
        Sentences("The talks stalled... and then resumed in 1951. Nothing changed.")
            .ShouldBe(["The talks stalled... and then resumed in 1951.", "Nothing changed."]);
    }

    [Fact]
    public void Split_EndsASentenceAtAnEllipsisBeforeACapital()
    {
        Sentences("The talks stalled… Then came 1953.").ShouldBe(["The talks stalled…", "Then came 1953."]);
    }

    [Fact]
    public void Split_KeepsAQuotedQuestionWithItsAttribution()
    {
        Sentences("“Is it over?” he asked. “No,” she said.").ShouldBe(["“Is it over?” he asked.", "“No,” she said."]);
    }

    [Fact]
    public void Split_TitlesBeforeNamesDoNotEndSentences()
    {
        Sentences("Gen. Lee met Mr. Kim and Dr. Park in the U.S. on Feb. 3. They talked.")
            .ShouldBe(["Gen. Lee met Mr. Kim and Dr. Park in the U.S. on Feb. 3.", "They talked."]);
    }

    [Fact]
    public void Split_HeadingsAndListItemsAreTheirOwnParagraphs()
    {
        const string text = "What happened in 1953\n- The armistice was signed.\n- Fighting stopped.\n1. Talks began. They failed.";
        var paragraphs = SentenceSplitter.Split(text);
        paragraphs.Count.ShouldBe(4);
        var sentences = paragraphs.SelectMany(p => p.Sentences).Select(s => text.Substring(s.Start, s.Length)).ToList();
        sentences.ShouldBe(["What happened in 1953", "The armistice was signed.", "Fighting stopped.", "1. Talks began.", "They failed."]);
    }
}
