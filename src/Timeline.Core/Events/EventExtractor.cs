using Timeline.Core.Sources;
using Timeline.Core.Text;
using Timeline.Temporal;

namespace Timeline.Core.Events;

/// <summary>Finds the dated statements of one source: every sentence with a date in it, once per date.</summary>
public sealed class EventExtractor(ITemporalRecognizer recognizer)
{
    public DocumentAnalysis Analyze(SourceDocument source)
    {
        var paragraphs = SentenceSplitter.Split(source.Text);
        var options = new RecognitionOptions(source.Published);
        var mentions = recognizer.Recognize(source.Text, options);
        var sentences = paragraphs.SelectMany(p => p.Sentences).ToList();

        var statements = new List<EventMention>();
        int s = 0;
        foreach (var mention in mentions)
        {
            if (mention.Kind is not (MentionKind.Date or MentionKind.DateRange)) continue;
            while (s < sentences.Count && sentences[s].End <= mention.Start) s++;
            if (s == sentences.Count) break;
            var sentence = sentences[s];
            if (!sentence.Contains(mention.Start)) continue;
            statements.Add(new EventMention
            {
                SourceId = source.Id,
                Passage = sentence.Anchor,
                Quote = source.Text.Substring(sentence.Start, sentence.Length),
                QuoteStart = sentence.Start,
                DateText = mention.Text,
                DateStart = mention.Start,
                Value = mention.Value,
            });
        }
        return new DocumentAnalysis(source, paragraphs, mentions, statements);
    }
}
