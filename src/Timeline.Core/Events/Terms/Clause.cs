using System.Runtime.CompilerServices;

namespace Timeline.Core.Events.Terms;

/// <summary>
/// The statement a date belongs to inside its sentence: the clause around the date, bounded by
/// punctuation and clause words (<c>that</c>, <c>when</c>, <c>since</c>…), with the noun a relative
/// clause refers back to, and the main clause when the date's own clause is only an adverbial
/// (<c>In another event on Wednesday, …</c>).
/// </summary>
internal sealed record Clause(IReadOnlyList<Word> Words, int First, int Last, int DateFirst, int DateLast, bool IsRelative)
{
    /// <summary>A parenthetical inside the statement (<c>, which were its allies,</c>) that is not part of it; -1 when none.</summary>
    public int SkipFirst { get; init; } = -1;

    public int SkipLast { get; init; } = -1;

    private static bool IsBoundary(Word w) =>
        w.IsPunctuation ? w.Text is "," or ";" or ":" or "(" or ")" or "—" or "–" or "[" or "]" or "!" or "?" : Lexicon.ClauseWords.Contains(w.Lower);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Clause Find(List<Word> words, int dateStart, int dateEnd)
    {
        int d0 = 0;
        while (d0 < words.Count && words[d0].End <= dateStart) d0++;
        if (d0 == words.Count) d0 = -1;
        int d1 = words.Count - 1;
        while (d1 >= 0 && words[d1].Start >= dateEnd) d1--;
        if (d0 < 0 || d1 < d0) return new Clause(words, 0, words.Count - 1, 0, -1, false);

        int left = d0 - 1;
        // "since 2022", "after July": a clause word that governs the date is its preposition, not a boundary.
        if (left >= 0 && !words[left].IsPunctuation && IsBoundary(words[left])) left--;
        while (left >= 0 && !IsBoundary(words[left])) left--;
        int right = d1 + 1;
        while (right < words.Count && !IsBoundary(words[right])) right++;

        // "officials said last year that …": what was said is the statement.
        if (right < words.Count && words[right].Lower == "that" && (Reporting(words, right - 1) || Reporting(words, d0 - 1)))
        {
            right++;
            while (right < words.Count && !IsBoundary(words[right])) right++;
        }

        int first = left + 1, last = right - 1;
        bool relative = left >= 0 && Lexicon.RelativePronouns.Contains(words[left].Lower);
        if (relative)
        {
            // The antecedent: up to four words back, stopping at punctuation, a preposition or a clause word.
            int a = left - 1;
            while (a >= 0 && left - a <= 4 && !words[a].IsPunctuation && !Lexicon.Prepositions.Contains(words[a].Lower) && !IsBoundary(words[a])) a--;
            first = a + 1 < left ? a + 1 : left + 1;
            if (first == left + 1) relative = false;
        }
        else if (IsAdverbial(words, first, last, d0, d1))
        {
            // The date only sets the time of the main clause after it: take the first clause of
            // four or more words that is not itself a prepositional phrase.
            int start = right + 1;
            while (start < words.Count)
            {
                int end = start;
                while (end < words.Count && !IsBoundary(words[end])) end++;
                int count = CountWords(words, start, end - 1);
                if (count >= 4 && !Lexicon.Prepositions.Contains(words[start].Lower))
                    return new Clause(words, start, end - 1, d0, d1, false);
                start = end + 1;
            }
        }
        // "Delegations from Russia and China, which were its allies, gathered …": the subject stands
        // before a parenthetical relative clause.
        if (!relative && left >= 1 && words[left].Text == "," && first <= last && !words[first].IsCapitalized)
        {
            int open = left - 1;
            while (open >= 0 && words[open].Text != "," && !(open < left - 1 && Lexicon.ClauseWords.Contains(words[open].Lower) && !Lexicon.RelativePronouns.Contains(words[open].Lower))) open--;
            if (open >= 1 && words[open].Text == "," && Lexicon.RelativePronouns.Contains(words[open + 1].Lower))
            {
                int subject = open - 1;
                while (subject >= 0 && !IsBoundary(words[subject])) subject--;
                if (subject + 1 < open) return new Clause(words, subject + 1, last, d0, d1, false) { SkipFirst = open, SkipLast = left };
            }
        }
        return new Clause(words, first, last, d0, d1, relative);
    }

    /// <summary>True when the word at <paramref name="index"/> lies in the parenthetical left out of the statement.</summary>
    public bool IsSkipped(int index) => index >= SkipFirst && index <= SkipLast;

    // "In another event on Wednesday": a preposition, a few words, and the date.
    private static bool IsAdverbial(List<Word> words, int first, int last, int d0, int d1)
    {
        if (first > last || !Lexicon.Prepositions.Contains(words[first].Lower)) return false;
        int outside = CountWords(words, first, d0 - 1) + CountWords(words, d1 + 1, last);
        return outside <= 4;
    }

    private static int CountWords(IReadOnlyList<Word> words, int first, int last)
    {
        int n = 0;
        for (int i = first; i <= last && i < words.Count; i++)
        {
            if (!words[i].IsPunctuation) n++;
        }
        return n;
    }

    private static bool Reporting(List<Word> words, int i) => i >= 0 && Lexicon.ReportingVerbs.Contains(words[i].Lower);

    /// <summary>True when the statement word at <paramref name="index"/> is part of the date expression.</summary>
    public bool IsDate(int index) => index >= DateFirst && index <= DateLast;
}
