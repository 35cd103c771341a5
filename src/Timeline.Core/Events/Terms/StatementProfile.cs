using System.Runtime.CompilerServices;
using Timeline.Core.Caching;

namespace Timeline.Core.Events.Terms;

/// <summary>
/// What a dated statement is about, for telling whether two statements report one happening:
/// the kinds of happening its clause names (<c>invasion</c> → conflict), the other content words
/// of the clause, and the names in its sentence (attribution such as <c>CNN reported</c> left out).
/// </summary>
internal sealed record StatementProfile
{
    public StatementProfile(IReadOnlyList<(string Stem, string Kind)> happenings, IReadOnlyList<string> content, IReadOnlyList<string[]> names)
    {
        (Happenings, Content, Names) = (happenings, content, names);
        // The same terms compiled once, in one pass each, for Similarity: it compares a statement
        // with hundreds of neighbours, and a warm build reads 200,000 profiles back from the cache.
        HappeningStems = new StemKey[happenings.Count];
        HappeningKinds = new string[happenings.Count];
        for (int i = 0; i < happenings.Count; i++)
        {
            HappeningStems[i] = StemKey.Of(happenings[i].Stem);
            HappeningKinds[i] = happenings[i].Kind;
            HappeningMask |= HappeningStems[i].Bit;
            KindMask |= StemKey.Of(happenings[i].Kind).Bit;
        }
        var distinct = new StemKey[content.Count];
        int n = 0;
        for (int i = 0; i < content.Count; i++)
        {
            if (Contains(distinct, n, content[i])) continue;
            distinct[n] = StemKey.Of(content[i]);
            ContentMask |= distinct[n++].Bit;
        }
        DistinctContent = n == distinct.Length ? distinct : distinct[..n];
        NameStems = new StemKey[names.Count][];
        for (int i = 0; i < names.Count; i++)
        {
            var name = NameStems[i] = new StemKey[names[i].Length];
            for (int j = 0; j < name.Length; j++) name[j] = StemKey.Of(names[i][j]);
            // A name matches only a name whose last word meets its own; an empty name matches any.
            NameMask |= name.Length == 0 ? ulong.MaxValue : name[^1].Bit;
        }
    }

    public IReadOnlyList<(string Stem, string Kind)> Happenings { get; }

    public IReadOnlyList<string> Content { get; }

    public IReadOnlyList<string[]> Names { get; }

    internal StemKey[] HappeningStems { get; }

    internal string[] HappeningKinds { get; }

    internal ulong HappeningMask { get; }

    internal ulong KindMask { get; }

    /// <summary>Content stems without repeats, as <see cref="Similarity"/> counts them.</summary>
    internal StemKey[] DistinctContent { get; }

    internal ulong ContentMask { get; }

    internal StemKey[][] NameStems { get; }

    /// <summary>The bits of the names' last words, which two names must share to match; all bits when a name is empty.</summary>
    internal ulong NameMask { get; }

    private static bool Contains(StemKey[] keys, int count, string stem)
    {
        for (int i = 0; i < count; i++)
        {
            if (keys[i].Text == stem) return true;
        }
        return false;
    }

    /// <summary>The profile of the statement in <paramref name="sentence"/> that holds the date at <paramref name="dateStart"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static StatementProfile Of(string sentence, int dateStart, int dateLength)
    {
        var words = Word.Split(sentence, 0, sentence.Length);
        return Of(words, Clause.Find(words, dateStart, dateStart + dateLength));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static StatementProfile Of(List<Word> words, Clause clause)
    {
        var happenings = new List<(string, string)>();
        var content = new List<string>();
        var stems = WordStrings.Current;
        for (int i = clause.First; i <= clause.Last; i++)
        {
            var w = words[i];
            if (w.IsPunctuation || clause.IsDate(i) || clause.IsSkipped(i)) continue;
            string lower = w.Lower;
            // "the Korean War" is a name, not a war happening in this statement; "the Armistice" is a happening.
            bool inName = w.IsCapitalized && i > 0 && words[i - 1].IsCapitalized && !words[i - 1].IsPunctuation;
            if (Lexicon.EventKinds.TryGetValue(lower, out string? kind) && !inName) happenings.Add((stems.StemOf(lower), kind));
            else if (!w.IsCapitalized && lower.Length >= 4 && !Lexicon.Stopwords.Contains(lower) && !char.IsDigit(lower[0]))
                content.Add(stems.StemOf(lower));
        }
        return new StatementProfile(happenings, content, NamesOf(words, clause));
    }

    // Runs of capitalised words outside the date and outside attribution segments. The sentence's
    // first word counts only when it is not a common word ("The", "However").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<string[]> NamesOf(List<Word> words, Clause clause)
    {
        var names = new List<string[]>();
        var run = new List<string>();
        var stems = WordStrings.Current;
        int segmentStart = 0;
        var attribution = new bool[words.Count];
        for (int i = 0; i <= words.Count; i++)
        {
            if (i < words.Count && !(words[i].IsPunctuation && words[i].Text is "," or ";" or ":" or "." or "“" or "”" or "\"")) continue;
            if (IsAttribution(words, segmentStart, i - 1))
                for (int k = segmentStart; k < i; k++) attribution[k] = true;
            segmentStart = i + 1;
        }
        for (int i = 0; i < words.Count; i++)
        {
            var w = words[i];
            // A sentence's first word is capitalised anyway: it names something only if it is no common word.
            bool common = Lexicon.Stopwords.Contains(w.Lower) || Lexicon.Connectives.Contains(w.Lower)
                || (i == 0 && Lexicon.EventKinds.ContainsKey(w.Lower));
            bool nameWord = !w.IsPunctuation && w.IsCapitalized && !clause.IsDate(i) && !attribution[i] && !common;
            if (nameWord) run.Add(stems.StemOf(w.Text));
            if (!nameWord || i == words.Count - 1)
            {
                if (run.Count > 0) names.Add([.. run]);
                run.Clear();
            }
        }
        return names;
    }

    private static bool IsAttribution(List<Word> words, int first, int last)
    {
        int count = 0;
        bool reporting = false;
        for (int i = first; i <= last; i++)
        {
            if (words[i].IsPunctuation) continue;
            count++;
            reporting |= Lexicon.ReportingVerbs.Contains(words[i].Lower);
        }
        return reporting && count <= 6;
    }
}
