namespace Timeline.Temporal.Grammar;

/// <summary>
/// News previews in the present tense: "the two leaders meet Monday", "talks resume Tuesday", "the
/// Senate reconvenes Monday", "Clinton leaves Friday for Asia". A schedule verb in the present, right
/// before its day or a short object away ("opens talks Monday"), speaks of the coming day. Only verbs
/// that are seldom nouns: "the vote Tuesday" and "a visit Monday" report what happened.
/// </summary>
internal static class Previews
{
    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "meet", "meets", "resume", "resumes", "reopen", "reopens", "convene", "convenes", "reconvene", "reconvenes",
        "begin", "begins", "arrive", "arrives", "depart", "departs", "leave", "leaves", "testify", "testifies",
        "fly", "flies", "open", "opens", "start", "starts", "return", "returns", "travel", "travels", "head", "heads",
        "visit", "visits", "face", "faces", "host", "hosts", "kick", "kicks", "wrap", "wraps", "go", "goes",
        "take", "takes", "hold", "holds", "decide", "decides", "rule", "rules", "vote", "votes", "sign", "signs",
        "play", "plays", "expire", "expires", "end", "ends", "conclude", "concludes", "launch", "launches",
    };

    // Verbs that are as often nouns or adjectives ("the final vote Tuesday", "tax returns", "missile
    // launches", "remained open Sunday"): they count only after a subject that cannot be their modifier,
    // a name or a pronoun ("the Senate votes Tuesday", "Clinton heads Tuesday to Africa", "they vote Monday").
    private static readonly HashSet<string> NounLike = new(StringComparer.OrdinalIgnoreCase)
    {
        "open", "start", "starts", "return", "returns", "travel", "travels", "head", "heads", "visit", "visits", "face", "faces",
        "host", "hosts", "kick", "take", "hold", "rule", "rules", "vote", "votes", "sign", "signs", "play", "plays", "end",
        "launch", "launches",
    };

    private static readonly HashSet<string> Subjects = new(StringComparer.OrdinalIgnoreCase)
        { "he", "she", "it", "we", "they", "who", "which", "that", "i", "you" };

    // Words before the verb that make it no present-tense preview: an infinitive, a past or negated
    // auxiliary ("did not meet Monday", "refused to meet Monday"), or a determiner that makes it a noun.
    private static readonly HashSet<string> Blockers = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "did", "not", "never", "had", "has", "have", "was", "were",
        "the", "a", "an", "his", "her", "their", "its", "our", "your", "my", "this", "last", "first", "next",
    };

    // "didn't meet Monday", "wasn't held Sunday": a past negation.
    private static readonly HashSet<string> PastNegations = new(StringComparer.OrdinalIgnoreCase) { "didn", "hadn", "wasn", "weren" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Verb = Verbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Nounish = NounLike.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Blocker = Blockers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Subject = Subjects.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PastNegation = PastNegations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when a present-tense schedule verb governs the day whose governing position is
    /// <paramref name="p"/> (the token right before it, past any preposition or clock time).
    /// </summary>
    public static bool Governs(Scan s, int p)
    {
        // "meet separately Monday", "opens talks Monday", "meets Albright on Monday".
        for (int v = p; v >= 0 && v >= p - 2; v--)
        {
            if (!s.Has(v) || s[v].Kind != Tokens.TokenKind.Word) return false;
            var word = s.Span(v);
            if (word.Length > 10 || !Verb.Contains(word))
            {
                // Only a plain word (an adverb, a name, a noun) may stand between the verb and its day.
                if (s[v].Class != Lexicon.WordClass.None || IsBlocker(s, v)) return false;
                continue;
            }

            // A capitalized verb mid-sentence is a name ("Open", "Face the Nation").
            if (s[v].Capitalized && v > 0 && !s.IsPunct(v - 1, '.')) return false;
            if (Nounish.Contains(word) && !IsNamedSubject(s, v - 1)) return false;
            if (s.IsWord(v - 1, "t") && s.Has(v - 3) && s[v - 3].Kind == Tokens.TokenKind.Word && PastNegation.Contains(s.Span(v - 3))) return false;
            // "the talks, which resume Monday": a verb in a relative clause is still a preview.
            return !IsBlocker(s, v - 1) && !s.IsPunct(v - 1, '\'') && !s.IsPunct(v - 1, '’');
        }

        return false;
    }

    private static bool IsNamedSubject(Scan s, int i) =>
        s.Has(i) && s[i].Kind == Tokens.TokenKind.Word
        && (s[i].Capitalized && i > 0 && !s.IsPunct(i - 1, '.') && s[i].Class == Lexicon.WordClass.None || s.Span(i).Length <= 5 && Subject.Contains(s.Span(i)));

    private static bool IsBlocker(Scan s, int i) =>
        s.Has(i) && s[i].Kind == Tokens.TokenKind.Word && s.Span(i).Length <= 7 && Blocker.Contains(s.Span(i));
}
