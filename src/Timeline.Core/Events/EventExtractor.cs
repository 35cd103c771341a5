using System.Runtime.CompilerServices;
using Timeline.Core.Events.Terms;
using Timeline.Core.Inference;
using Timeline.Core.Sources;
using Timeline.Core.Text;
using Timeline.Temporal;

namespace Timeline.Core.Events;

/// <summary>
/// Finds the dated statements of one source: page furniture set aside, the publication date inferred
/// when the metadata lacks it, then one statement per date in the article's content. A pure
/// function of the source, so sources can be analysed in parallel.
/// </summary>
public sealed class EventExtractor(ITemporalRecognizer recognizer)
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public DocumentAnalysis Analyze(SourceDocument source)
    {
        string text = source.Text;
        var paragraphs = SentenceSplitter.Split(text);
        var furniture = Boilerplate.Classify(text, paragraphs);
        var content = paragraphs.Where((_, i) => !furniture[i]).ToList();
        var sentences = content.SelectMany(p => p.Sentences).ToList();

        // An undated article is recognized twice: without a date, to infer one, then against it. The second goes on
        // from where the first first needed the date, the same as recognizing it again from scratch.
        List<TemporalMention> mentions;
        InferredDate? inferred = null;
        using (var reading = recognizer.Read(text, new RecognitionOptions(source.Published)))
        {
            mentions = InContent(reading.Mentions, content);
            inferred = source.Published is null ? ArticleDateInference.Infer(text, source.Dateline, sentences, mentions, recognizer) : null;
            if (inferred is not null)
            {
                source = source with { Published = inferred.Date, PublishedBasis = DateBasis.Inferred, PublishedEvidence = inferred.Evidence };
                mentions = InContent(reading.Again(new RecognitionOptions(inferred.Date)), content);
            }
        }

        var statements = new List<EventMention>();
        int s = 0;
        string? quote = null;
        // The words of the sentence being quoted; a statement keeps none of them, so one list serves the document.
        var words = new List<Word>();
        foreach (var mention in mentions)
        {
            if (!StatementFilter.IsEventDate(text, mention)) continue;
            while (s < sentences.Count && sentences[s].End <= mention.Start) s++;
            if (s == sentences.Count) break;
            var sentence = sentences[s];
            if (!sentence.Contains(mention.Start)) continue;
            // Every date of one sentence quotes that sentence: one copy of it and one split into words, not one per date.
            if (quote is null || statements[^1].QuoteStart != sentence.Start)
            {
                quote = text.Substring(sentence.Start, sentence.Length);
                Word.SplitInto(words, text, sentence.Start, sentence.End);
            }
            statements.Add(Statement(source, text, sentence, mention, quote, words));
        }
        return new DocumentAnalysis(source, content, mentions, statements)
        {
            Boilerplate = paragraphs.Where((_, i) => furniture[i]).ToList(),
            InferredDate = inferred,
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static EventMention Statement(SourceDocument source, string text, Sentence sentence, TemporalMention mention, string quote, List<Word> words)
    {
        var clause = Clause.Find(words, mention.Start, mention.End);
        return new EventMention
        {
            SourceId = source.Id,
            Passage = sentence.Anchor,
            Quote = quote,
            QuoteStart = sentence.Start,
            DateText = mention.Text,
            DateStart = mention.Start,
            Value = mention.Value,
            Headline = Headline.FromClause(text, words, clause),
            IsWeak = StatementFilter.IsWeak(mention),
            IsRelativeClause = clause.IsRelative,
            Profile = StatementProfile.Of(words, clause),
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<TemporalMention> InContent(IReadOnlyList<TemporalMention> mentions, List<Paragraph> content)
    {
        var kept = new List<TemporalMention>(mentions.Count);
        int p = 0;
        foreach (var m in mentions)
        {
            while (p < content.Count && content[p].End <= m.Start) p++;
            if (p < content.Count && m.Start >= content[p].Start) kept.Add(m);
        }
        return kept;
    }
}
