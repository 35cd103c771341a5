using Shouldly;
using Timeline.Core.Events.Terms;
using Xunit;

namespace Timeline.Core.Tests.Events.Terms;

// Word strings are pooled per thread: a word seen before must come back with its own spelling and
// lower case, never another case's entry, and a reused list must hold only the latest sentence.
public class WordSplitTests
{
    [Fact]
    public void SameWordInDifferentCases_KeepsEachSpellingAndOneLowerCase()
    {
        const string text = "Russia said RUSSIA and russia, Russia.";

        var words = Word.Split(text, 0, text.Length);

        words.Select(w => w.Text).ShouldBe(["Russia", "said", "RUSSIA", "and", "russia", ",", "Russia", "."]);
        words.Where(w => !w.IsPunctuation && w.Text != "said" && w.Text != "and").Select(w => w.Lower).ShouldAllBe(l => l == "russia");
        words.Select(w => text[w.Start..w.End]).ShouldBe(words.Select(w => w.Text));
    }

    [Fact]
    public void SplitInto_ReplacesWhatTheListHeld()
    {
        const string text = "Talks began on Monday. They ended in March.";
        var list = new List<Word>();

        Word.SplitInto(list, text, 0, 22);
        Word.SplitInto(list, text, 23, text.Length);

        list.Select(w => w.Text).ShouldBe(["They", "ended", "in", "March", "."]);
        list[0].Start.ShouldBe(23);
    }
}
