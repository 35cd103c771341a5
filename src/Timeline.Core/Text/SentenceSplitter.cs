namespace Timeline.Core.Text;

/// <summary>
/// Splits text into paragraphs (at line breaks) and sentences (at . ! ? followed by a space and a
/// capital or an opening quote), leaving abbreviations (<c>U.S.</c>, <c>Feb.</c>, <c>Mr.</c>) and
/// decimal numbers whole. Linear in the text.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen", "rep", "rev", "st", "jr", "sr",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "vol", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "approx", "est", "fig", "mt", "ft",
    };

    public static IReadOnlyList<Paragraph> Split(string text)
    {
        var paragraphs = new List<Paragraph>();
        int index = 0;
        int pos = 0;
        while (pos < text.Length)
        {
            int lineEnd = text.IndexOfAny(['\r', '\n'], pos);
            if (lineEnd < 0) lineEnd = text.Length;
            var (start, end) = Trim(text, pos, lineEnd);
            if (end > start)
            {
                var sentences = SplitSentences(text, start, end, ref index);
                paragraphs.Add(new Paragraph(start, end - start, sentences));
            }
            pos = lineEnd + 1;
        }
        return paragraphs;
    }

    private static List<Sentence> SplitSentences(string text, int start, int end, ref int index)
    {
        var sentences = new List<Sentence>();
        int sentenceStart = start;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c is not ('.' or '!' or '?')) continue;
            int after = i + 1;
            while (after < end && text[after] is '"' or '\'' or '’' or '”' or ')') after++;
            if (after >= end || !char.IsWhiteSpace(text[after])) continue;
            int next = after;
            while (next < end && char.IsWhiteSpace(text[next])) next++;
            if (next >= end) continue;
            if (!StartsSentence(text[next])) continue;
            if (c == '.' && IsAbbreviation(text, sentenceStart, i)) continue;
            var (s, e) = Trim(text, sentenceStart, after);
            if (e > s) sentences.Add(new Sentence(index++, s, e - s));
            sentenceStart = next;
        }
        var (ls, le) = Trim(text, sentenceStart, end);
        if (le > ls) sentences.Add(new Sentence(index++, ls, le - ls));
        return sentences;
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[';

    // "U.S." and "Feb." end with a period but rarely end a sentence; a single capital ("J.") is an initial.
    private static bool IsAbbreviation(string text, int sentenceStart, int period)
    {
        int wordStart = period;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        var word = text.AsSpan(wordStart, period - wordStart);
        if (word.Length == 0) return false;
        if (word.Contains('.')) return true;
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        return Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end);
    }
}
