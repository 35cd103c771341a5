using System.Runtime.CompilerServices;
using System.Text;
using Timeline.Core.Events.Terms;

namespace Timeline.Core.Events;

/// <summary>
/// Short headlines from dated statements: the clause that holds the date, without the date itself,
/// attribution (<c>CNN reported</c>, <c>according to …</c>) or a leading connective
/// (<c>However,</c>), at most <see cref="MaxWords"/> words.
/// </summary>
public static class Headline
{
    public const int MaxWords = 12;

    // A builder that grew past this (a runaway clause) is let go rather than kept by the thread.
    private const int MaxPooledBuilder = 4096;

    [ThreadStatic]
    private static StringBuilder? t_builder;

    // The indexes of the clause's words that stay in the headline; made again for every statement before.
    [ThreadStatic]
    private static List<int>? t_kept;

    /// <summary>The headline of the statement in <paramref name="sentence"/> that holds the date at <paramref name="dateStart"/>.</summary>
    public static string FromStatement(string sentence, int dateStart, int dateLength)
    {
        var words = Word.Split(sentence, 0, sentence.Length);
        var clause = Clause.Find(words, dateStart, dateStart + dateLength);
        return FromClause(sentence, words, clause);
    }

    /// <summary>The whole sentence as a headline (no date known): trailing attribution off, cut to <see cref="MaxWords"/> words.</summary>
    public static string FromSentence(string sentence) => FromStatement(sentence, sentence.Length, 0);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static string FromClause(string text, List<Word> words, Clause clause)
    {
        if (NamedByYear(text, words, clause) is { } named) return named;
        var kept = t_kept ??= [];
        kept.Clear();
        for (int i = clause.First; i <= clause.Last; i++)
        {
            if (clause.IsDate(i) || clause.IsSkipped(i)) continue;
            // The preposition that introduced the date goes with it: "signed on July 27" → "signed".
            if (i + 1 == clause.DateFirst && !words[i].IsPunctuation && Lexicon.Prepositions.Contains(words[i].Lower)) continue;
            kept.Add(i);
        }
        TrimEdges(words, kept);
        DropTrailingAttribution(words, kept);
        if (kept.Count == 0) return "";

        // One builder per thread: a build makes a headline for every dated statement.
        var sb = t_builder ??= new StringBuilder(256);
        sb.Clear();
        int count = 0;
        bool cut = false;
        for (int k = 0; k < kept.Count; k++)
        {
            var w = words[kept[k]];
            if (!w.IsPunctuation && ++count > MaxWords) { cut = true; break; }
            if (k > 0)
            {
                var prev = words[kept[k - 1]];
                bool adjacent = kept[k] == kept[k - 1] + 1;
                if (adjacent) sb.Append(text, prev.End, w.Start - prev.End);
                else sb.Append(' ');
            }
            sb.Append(w.Text);
        }
        string headline = TidyEnd(sb.ToString(), cut);
        if (sb.Capacity > MaxPooledBuilder) t_builder = null;
        return Capitalized(headline);
    }

    private static string Capitalized(string headline)
    {
        if (headline.Length == 0) return headline;
        char first = char.ToUpperInvariant(headline[0]);
        if (first == headline[0]) return headline;
        return string.Create(headline.Length, (headline, first), static (span, state) =>
        {
            state.headline.AsSpan().CopyTo(span);
            span[0] = state.first;
        });
    }

    /// <summary>
    /// "under a 1986 bilateral border protocol": a bare year in front of a noun names a thing of that
    /// year, and the noun phrase is the headline (<c>1986 bilateral border protocol</c>). "the 1951
    /// Refugee Convention and its 1967 Protocol" gives <c>1967 Protocol of the 1951 Refugee Convention</c>.
    /// </summary>
    private static string? NamedByYear(string text, List<Word> words, Clause clause)
    {
        if (clause.DateFirst != clause.DateLast || clause.DateLast < 0) return null;
        int y = clause.DateFirst;
        if (words[y].Text.Length != 4 || words[y].Text.AsSpan().ContainsAnyExceptInRange('0', '9')) return null;
        int end = y + 1;
        while (end < words.Count && IsNounWord(words[end])) end++;
        if (end == y + 1) return null;
        string phrase = Join(text, words, y, end - 1);
        if (y >= 3 && words[y - 1].Lower is "its" or "their" && words[y - 2].Lower == "and")
        {
            int owner = y - 3;
            while (owner >= 0 && (IsNounWord(words[owner]) || words[owner].Lower is "the")) owner--;
            if (owner + 1 <= y - 3) phrase += " of " + Join(text, words, owner + 1, y - 3);
        }
        return phrase.Split(' ').Length <= MaxWords ? phrase : null;
    }

    private static bool IsNounWord(Word w) =>
        !w.IsPunctuation && !Lexicon.Stopwords.Contains(w.Lower) && !Lexicon.Prepositions.Contains(w.Lower)
        && !Lexicon.ClauseWords.Contains(w.Lower)
        && !w.Lower.EndsWith("ed", StringComparison.Ordinal);

    private static string Join(string text, List<Word> words, int first, int last) => text[words[first].Start..words[last].End];

    private static void TrimEdges(List<Word> words, List<int> kept)
    {
        while (kept.Count > 0 && (words[kept[0]].IsPunctuation && words[kept[0]].Text is not ("“" or "\"" or "‘")
            || Lexicon.Connectives.Contains(words[kept[0]].Lower)))
            kept.RemoveAt(0);
        while (kept.Count > 0 && (words[kept[^1]].IsPunctuation && words[kept[^1]].Text is not ("”" or "\"" or "’" or ")")
            || Lexicon.Prepositions.Contains(words[kept[^1]].Lower) || words[kept[^1]].Lower is "the" or "a" or "an" or "and" or "or"))
            kept.RemoveAt(kept.Count - 1);
    }

    // "…, CNN reported" is cut at the comma already; "CNN reported" with no comma before it is cut here.
    private static void DropTrailingAttribution(List<Word> words, List<int> kept)
    {
        if (kept.Count < 4 || !Lexicon.ReportingVerbs.Contains(words[kept[^1]].Lower)) return;
        int i = kept.Count - 2;
        while (i >= 0 && words[kept[i]].IsCapitalized && kept.Count - i <= 4) i--;
        if (i < kept.Count - 2 && i >= 1) kept.RemoveRange(i + 1, kept.Count - i - 1);
        TrimEdges(words, kept);
    }

    private static string TidyEnd(string headline, bool cut)
    {
        string text = headline.TrimEnd(' ', ',', ';', ':', '.', '—', '–');
        // An opening quote with nothing after it, or a quotation cut in half, reads badly.
        int open = text.AsSpan().Count('“'), close = text.AsSpan().Count('”');
        if (open > close) text = text.Replace("“", "", StringComparison.Ordinal);
        else if (close > open) text = text.Replace("”", "", StringComparison.Ordinal);
        text = text.Trim();
        return cut ? text + "…" : text;
    }
}
