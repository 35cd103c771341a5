using Timeline.Core.Text;

namespace Timeline.Core.Tests.Text;

public sealed class BoilerplateTests
{
    private const string Story =
        "The armistice that ended the fighting in Korea was signed on July 27, 1953, at Panmunjom.\n" +
        "Talks had dragged on for two years while the front barely moved, and both sides counted their dead.\n" +
        "Historians still argue about who gained most from the long negotiations and the stalemate they froze.\n" +
        "The demilitarized zone drawn that summer still divides the peninsula seventy years later.\n";

    private static List<string> Furniture(string text)
    {
        var paragraphs = SentenceSplitter.Split(text);
        var flags = Boilerplate.Classify(text, paragraphs);
        return paragraphs.Where((_, i) => flags[i]).Select(p => text.Substring(p.Start, p.Length)).ToList();
    }

    [Fact]
    public void Boilerplate_AMenuLineOfCapitalisedWords_IsFurniture()
    {
        Furniture("Home World Politics Business Tech Science Opinion\n" + Story).ShouldBe(["Home World Politics Business Tech Science Opinion"]);
    }

    [Fact]
    public void Boilerplate_ABreadcrumb_IsFurniture()
    {
        Furniture("News › Asia › Korea\n" + Story).ShouldBe(["News › Asia › Korea"]);
    }

    [Fact]
    public void Boilerplate_ATitleCaseHeading_IsContent()
    {
        Furniture("The Long Road to Panmunjom\n" + Story).ShouldBeEmpty();
    }

    [Fact]
    public void Boilerplate_EverythingAfterAFooterBlockAtTheEnd_IsFurniture()
    {
        string text = Story + "Follow us on Twitter and Facebook\nThe Daily Example was founded in 1998 by two reporters.\nIt is owned by a trust.\n";
        Furniture(text).ShouldBe(["Follow us on Twitter and Facebook", "The Daily Example was founded in 1998 by two reporters.", "It is owned by a trust."]);
    }

    [Fact]
    public void Boilerplate_APublisherSpeakingAsWeAtTheEnd_IsFurniture()
    {
        string text = Story + "We are an independent newsroom and our reporting depends on readers like you, so we ask for your help.\n";
        Furniture(text).ShouldHaveSingleItem().ShouldStartWith("We are an independent newsroom");
    }

    [Fact]
    public void Boilerplate_AQuotedSpeakerSayingWe_IsContent()
    {
        string text = Story + "“We will never forget our soldiers, and we will rebuild,” the veteran said in 2023.\n";
        Furniture(text).ShouldBeEmpty();
    }

    [Fact]
    public void Boilerplate_TagAndCopyrightLines_AreFurniture()
    {
        string text = Story + "#Korea #History #Armistice\n© 2024 Example Media. All rights reserved.\n";
        Furniture(text).ShouldBe(["#Korea #History #Armistice", "© 2024 Example Media. All rights reserved."]);
    }

    [Fact]
    public void Boilerplate_FooterPhrasesEarlyInTheArticle_DoNotCutTheStory()
    {
        string text = "Share this article\n" + Story + Story;
        Furniture(text).ShouldBe(["Share this article"]);
    }

    [Fact]
    public void Boilerplate_LinksAndFooterPhrasesInCapitals_AreFurniture()
    {
        // The scans that skip most paragraphs quickly must still fold case as the word-by-word checks do.
        string text = "SHARE THIS: Facebook Twitter\nHTTPS://EXAMPLE.ORG/A WWW.EXAMPLE.ORG\n" + Story + Story + "Please SUBSCRIBE TO the weekly digest\n";
        Furniture(text).ShouldBe(["SHARE THIS: Facebook Twitter", "HTTPS://EXAMPLE.ORG/A WWW.EXAMPLE.ORG", "Please SUBSCRIBE TO the weekly digest"]);
    }

    [Fact]
    public void Boilerplate_ALineWithOneSeparatorOrSeparatorsAndAPeriod_IsNotABreadcrumb()
    {
        Furniture("Seoul > Pyongyang in 1953, said the report\nNews › Asia › Korea. Updated\n" + Story).ShouldBeEmpty();
    }
}
