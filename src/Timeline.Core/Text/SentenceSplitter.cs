using System.Buffers;
using System.Runtime.CompilerServices;

namespace Timeline.Core.Text;

/// <summary>
/// Splits text into paragraphs (at line breaks) and sentences (at . ! ? … followed by a space and
/// a capital, a digit or an opening quote), leaving abbreviations (<c>U.S.</c>, <c>Feb.</c>,
/// <c>Mr.</c>, <c>Gen.</c>), initials, decimal numbers and ellipses inside a sentence whole.
/// Headings and list items are lines, so each is a paragraph of its own. Linear in the text.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen", "rep", "rev", "st", "jr", "sr",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "vol", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "approx", "est", "fig", "mt", "ft", "pres", "supt", "cmdr",
    };

    private static readonly SearchValues<char> Terminators = SearchValues.Create(".!?…");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static IReadOnlyList<Paragraph> Split(string text)
    {
        var paragraphs = new List<Paragraph>();
        int index = 0;
        int pos = 0;
        while (pos < text.Length)
        {
            int lineEnd = text.AsSpan(pos).IndexOfAny('\r', '\n');
            lineEnd = lineEnd < 0 ? text.Length : pos + lineEnd;
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<Sentence> SplitSentences(string text, int start, int end, ref int index)
    {
        var sentences = new List<Sentence>();
        int sentenceStart = SkipListMarker(text, start, end);
        for (int i = sentenceStart; i < end; i++)
        {
            // Straight to the next . ! ? or …, many characters at a time.
            int found = text.AsSpan(i, end - i).IndexOfAny(Terminators);
            if (found < 0) break;
            i += found;
            char c = text[i];
            int after = i + 1;
            while (after < end && text[after] is '.' or '!' or '?' or '…') after++; // "..." and "?!" end together
            while (after < end && text[after] is '"' or '\'' or '’' or '”' or ')' or ']') after++;
            if (after >= end || !char.IsWhiteSpace(text[after])) continue;
            int next = after;
            while (next < end && char.IsWhiteSpace(text[next])) next++;
            if (next >= end) continue;
            if (!StartsSentence(text[next])) continue;
            if (c == '.' && after == i + 1 && IsAbbreviation(text, sentenceStart, i)) continue;
            var (s, e) = Trim(text, sentenceStart, after);
            if (e > s) sentences.Add(new Sentence(index++, s, e - s));
            sentenceStart = next;
            i = next - 1;
        }
        var (ls, le) = Trim(text, sentenceStart, end);
        if (le > ls) sentences.Add(new Sentence(index++, ls, le - ls));
        return sentences;
    }

    // A list item's bullet ("- ", "* ", "• ") is not part of its sentence; a number ("1. ") stays,
    // and IsAbbreviation keeps it from ending a sentence of its own.
    private static int SkipListMarker(string text, int start, int end) =>
        end - start > 2 && text[start] is '-' or '*' or '•' or '–' && text[start + 1] == ' '
            ? Trim(text, start + 2, end).Start
            : start;

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[';

    // "U.S." and "Feb." end with a period but rarely end a sentence; a single capital ("J.") is an
    // initial; "1." at the start of a line numbers a list item.
    private static bool IsAbbreviation(string text, int sentenceStart, int period)
    {
        int wordStart = period;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        var word = text.AsSpan(wordStart, period - wordStart);
        if (word.Length == 0)
        {
            int digits = period;
            while (digits > sentenceStart && char.IsAsciiDigit(text[digits - 1])) digits--;
            return digits == sentenceStart && digits < period;
        }
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
