using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal;

/// <summary>
/// The English date recognizer: tokenize once, match the rule grammar longest-first, resolve against
/// the anchor, and let discourse dates lean on the previous date. Stateless between calls, so one
/// instance serves every thread.
/// </summary>
public sealed class EnglishRecognizer : ITemporalRecognizer
{
    public static EnglishRecognizer Instance { get; } = new();

    public IReadOnlyList<TemporalMention> Recognize(string text, RecognitionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scan = new Scan(text, Tokenizer.Tokenize(text), options ?? RecognitionOptions.Default);
        var mentions = new List<TemporalMention>();
        int i = 0;
        while (i < scan.Count)
        {
            var match = MayStart(scan[i]) ? Grammar.Grammar.ParseAt(scan, i) : null;
            if (match is null)
            {
                i++;
                continue;
            }

            mentions.Add(ToMention(scan, match));
            if (match.Kind is MentionKind.Date or MentionKind.DateRange && match.Value.IsResolved)
                scan.LastDate = match.Parts is { Count: > 0 } parts ? parts[^1].Value : match.Value;
            i = match.End;
        }

        return mentions;
    }

    /// <summary>Splits a range into its two ends, as TimeML annotates them; other mentions pass through.</summary>
    public static IEnumerable<TemporalMention> SplitRanges(IEnumerable<TemporalMention> mentions) =>
        mentions.SelectMany(m => m.Parts is { Count: > 0 } parts ? parts : [m]);

    private static TemporalMention ToMention(Scan s, Match m)
    {
        int start = s[m.First].Start;
        int end = s[m.End - 1].End;
        var mention = new TemporalMention(start, end - start, s.Text[start..end], m.Kind, m.Value);
        if (m.Parts is null) return mention;
        return mention with { Parts = [.. m.Parts.Select(p => ToMention(s, p))] };
    }

    // Most tokens are plain words that no rule can start on; skipping them is most of the speed.
    private static bool MayStart(Token t) => t.Kind != TokenKind.Word || t.Class != WordClass.None || IsStarterWord(t);

    private static bool IsStarterWord(Token t) => t.Length <= 8;
}
