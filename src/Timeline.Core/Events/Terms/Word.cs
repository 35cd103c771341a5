using System.Runtime.CompilerServices;

namespace Timeline.Core.Events.Terms;

/// <summary>A word or punctuation mark of a sentence, with its offsets in the source text.</summary>
/// <param name="Lower">The word in lower case, worked out once: clause, headline and profile rules ask for it many times per word.</param>
internal readonly record struct Word(int Start, int End, string Text, string Lower)
{
    public Word(int start, int end, string text)
        : this(start, end, text, text.ToLowerInvariant())
    {
    }

    public bool IsPunctuation => Text.Length == 1 && !char.IsLetterOrDigit(Text[0]);

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>Splits <paramref name="text"/>[start..end) into words (letters, digits, inner apostrophes and hyphens) and single punctuation marks.</summary>
    public static List<Word> Split(string text, int start, int end) =>
        // About one word or mark per five characters of English news text: one array, seldom regrown.
        SplitInto(new List<Word>((end - start) / 5 + 4), text, start, end);

    /// <summary><see cref="Split"/> into <paramref name="words"/>, cleared first, so that one list serves a whole document.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<Word> SplitInto(List<Word> words, string text, int start, int end)
    {
        words.Clear();
        var strings = WordStrings.Current;
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (!char.IsLetterOrDigit(c))
            {
                words.Add(strings.Word(text, i, i + 1));
                i++;
                continue;
            }
            int j = i + 1;
            while (j < end && (char.IsLetterOrDigit(text[j])
                || (text[j] is '\'' or '’' or '-' or '`' && j + 1 < end && char.IsLetterOrDigit(text[j + 1]))))
                j++;
            words.Add(strings.Word(text, i, j));
            i = j;
        }
        return words;
    }
}
