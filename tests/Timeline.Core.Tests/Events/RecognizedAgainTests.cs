using Timeline.Core.Corpus;
using Timeline.Temporal;

namespace Timeline.Core.Tests.Events;

/// <summary>
/// An undated article is recognized without a date, then again against the date inferred from it; the second
/// recognition goes on from where the first first read its anchor, and must give what recognizing from scratch gives.
/// </summary>
public sealed class RecognizedAgainTests
{
    private static string Describe(IEnumerable<TemporalMention> mentions) =>
        string.Join("\n", mentions.Select(m => $"{m.Start}+{m.Length} {m.Text} {m.Kind} {m.Value} [{(m.Parts is null ? "" : Describe(m.Parts))}]"));

    [Fact]
    public void Again_GivesWhatRecognizingFromScratchGives_ForEveryGeneratedArticle()
    {
        var (articles, _) = new CorpusGenerator(5).Generate(300);
        var anchors = new[] { new CalendarDate(2011, 3, 3), new CalendarDate(1999, 12, 31), new CalendarDate(2024, 2, 29) };
        int resumedPastTheStart = 0;

        foreach (var article in articles)
        {
            string text = article.Content;
            using var reading = EnglishRecognizer.Instance.Read(text);
            Describe(reading.Mentions).ShouldBe(Describe(EnglishRecognizer.Instance.Recognize(text)), article.Path);
            foreach (var anchor in anchors)
            {
                var again = reading.Again(new RecognitionOptions(anchor));
                var fromScratch = EnglishRecognizer.Instance.Recognize(text, new RecognitionOptions(anchor));
                Describe(again).ShouldBe(Describe(fromScratch), $"{article.Path} against {anchor}");
                if (again.Count > 0 && reading.Mentions.Count > 0 && ReferenceEquals(again[0], reading.Mentions[0])) resumedPastTheStart++;
            }
        }

        // Most articles find a date before they first need the anchor, so the mentions before it are reused.
        resumedPastTheStart.ShouldBeGreaterThan(articles.Count);
    }
}
