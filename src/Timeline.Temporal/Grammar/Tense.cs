using System.Runtime.CompilerServices;
using Timeline.Temporal.Lexicon;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Grammar;

internal enum Tense
{
    Unknown,
    Past,
    Future,
}

/// <summary>
/// The tense around a mention, read from a few words either side within the sentence. News
/// conventions need only this much: <c>on Wednesday</c> is the last Wednesday unless the verb is future.
/// </summary>
internal static class TenseReader
{
    private const int Behind = 8;
    private const int Ahead = 4;

    // With no cue that near, the clause's verb may stand further back ("will be named commander of
    // the shuttle for a mission in December", "would be paid on a still unspecified date in January").
    private const int FarBehind = 20;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Tense Read(Scan s, int first, int end)
    {
        // "Wednesday's ruling", "December's figures": news reports what has happened, whatever the verb.
        if (IsPossessive(s, end)) return Tense.Past;
        if (Governing(s, first, end) is var g && g != Tense.Unknown) return g;
        if (Fronted(s, first, end) is var f && f != Tense.Unknown) return f;

        // Auxiliaries ("will", "was") outrank participles ("will be passed"); among equals the nearest
        // wins, looking behind first: the verb governing a date is usually just before it. A deadline
        // ("pay down the loan by February") looks ahead unless a past verb says otherwise.
        var weak = s.IsWord(first - 1, "by") ? Tense.Future : Tense.Unknown;
        bool behindOpen = true;
        bool aheadOpen = true;
        // "faces a Friday deadline" looks ahead, but "tendered by the Tuesday deadline", "set Friday as the deadline"
        // report a deadline already past: the noun names the date's role, and the clause's verb, however far, decides first.
        bool deadline = false;
        for (int d = 1; d <= Behind; d++)
        {
            int b = first - d;
            if (behindOpen && b >= 0)
            {
                if (IsSentenceEnd(s, b)) behindOpen = false;
                else if (s.IsWord(b, "deadline")) deadline = true;
                else if (Classify(s, b, out bool strong) is var t && t != Tense.Unknown)
                {
                    if (strong) return t;
                    if (weak == Tense.Unknown) weak = t;
                }
            }

            int a = end + d - 1;
            if (aheadOpen && d <= Ahead && a < s.Count)
            {
                // "Police shot a man Sunday, and officials will investigate": the next clause has its own tense.
                if (IsSentenceEnd(s, a) || s.IsPunct(a, ',') || s.IsAnyWord(a, "and", "but", "while")) aheadOpen = false;
                else if (s.IsWord(a, "deadline")) deadline = true;
                else if (Classify(s, a, out bool strong) is var t && t != Tense.Unknown)
                {
                    if (strong) return t;
                    if (weak == Tense.Unknown) weak = t;
                }
            }
        }

        if (weak != Tense.Unknown) return weak;
        // A deadline's sentence is read to its main verb ("Sony completed its offer for …, with holders tendering 99.3% of
        // all shares by the Tuesday deadline").
        var far = behindOpen ? FarVerb(s, first, deadline ? SentenceBehind : FarBehind) : Tense.Unknown;
        return far == Tense.Unknown && deadline ? Tense.Future : far;
    }

    private const int SentenceBehind = 40;

    /// <summary>
    /// The clause's own verb beyond the near window: an auxiliary or a past form, but not the reporting
    /// verb of the sentence ("said") nor a verb whose infinitive the date belongs to ("agreed to acquire
    /// the bank in January" says nothing of January's side of the anchor).
    /// </summary>
    private static Tense FarVerb(Scan s, int first, int reach)
    {
        for (int b = first - 1; b >= 0 && b >= first - reach; b--)
        {
            // Reaching this far, an abbreviation's dot before a capital ("in $ETH. This tweet") ends the sentence too.
            if (IsSentenceEnd(s, b) || s.IsPunct(b, '.') && s.Has(b + 1) && s[b + 1].Capitalized && !s[b + 1].Glued && !InClockTime(s, b)) return Tense.Unknown;
            // "is scheduled to spend five hours there, her first stop Tuesday": a plan before the infinitive still looks ahead.
            if (IsInfinitive(s, b)) return s.IsClass(b - 1, WordClass.TenseMarker) && Classify(s, b - 1, out _) == Tense.Future ? Tense.Future : Tense.Unknown;
            if (first - b <= Behind || s[b].Kind != TokenKind.Word || s[b].Class is not (WordClass.TenseMarker or WordClass.None) || s.IsAnyWord(b, "said", "told")) continue;
            if (Classify(s, b, out _) is var t && t != Tense.Unknown) return t;
        }

        return Tense.Unknown;
    }

    /// <summary>
    /// The word right before the date, past a preposition or a clock time, governs it: "announced
    /// Wednesday", "charged on Thursday", "until 9 a.m. Tuesday", "as soon as Tuesday", whatever
    /// auxiliary sits further back ("would appeal the decision, announced Wednesday").
    /// </summary>
    private static Tense Governing(Scan s, int first, int end)
    {
        int p = first - 1;
        while (p >= 0 && first - p <= 6 && IsClockPart(s, p)) p--;
        // "until mid-November", "by early March": the verb governs the modified date.
        if (s.IsDash(p) && s.IsAnyWord(p - 1, "mid", "early", "late")) p -= 2;
        else if (s.IsAnyWord(p, "mid", "early", "late")) p--;
        if (p < 0) return Tense.Unknown;
        if (p < 0) return Tense.Unknown;
        if (s.IsWord(p, "on")) p--;
        if (p < 0 || IsSentenceEnd(s, p)) return Tense.Unknown;
        if (s.IsWord(p, "as") && s.IsWord(p - 2, "as") && s.IsAnyWord(p - 1, "soon", "early")) return Tense.Future;
        // "on patrol since March": what has lasted since a date began before now.
        if (s.IsWord(p, "since")) return Tense.Past;
        // "The deadline is Friday", "the vote is on Tuesday": a weekday named in the present is the coming one.
        if (s.IsAnyWord(p, "is", "are") && s.IsClass(first, WordClass.Weekday) && !s.IsMonth(first + 1) && !s.IsMonth(first + 2)) return Tense.Future;
        // "created an office of the chairman, effective Feb. 1": an announcement's date of effect is ahead.
        if (s.IsWord(p, "effective") && s.IsPunct(p - 1, ',')) return Tense.Future;
        if (EndPoints.EndsAnExtension(s, p)) return Tense.Future;
        if (s.IsWord(p, "until"))
        {
            // "postponed until Tuesday" looks ahead; a sentence opening "Until Thursday, they had not…" looks back.
            return p == 0 || IsSentenceEnd(s, p - 1) || s[p - 1].Kind == TokenKind.Punct ? Tense.Unknown : Tense.Future;
        }

        var governing = Classify(s, p, out _);
        // A preview names the coming weekday ("meet Monday"); a month and day may lie either side.
        return governing == Tense.Unknown && s.IsClass(first, WordClass.Weekday) && !s.IsMonth(first + 1) && !s.IsMonth(first + 2) && Previews.Governs(s, p)
            ? Tense.Future
            : governing;
    }

    /// <summary>
    /// "On Tuesday, the league plans to hold a news conference", "By Friday, rebels controlled the city": a
    /// date opening its sentence takes the tense of the main clause, however far the verb is.
    /// </summary>
    private static Tense Fronted(Scan s, int first, int end)
    {
        int p = s.IsAnyWord(first - 1, "on", "by", "in", "during", "over", "throughout", "at", "for") ? first - 2 : first - 1;
        if (p >= 0 && !IsSentenceEnd(s, p) || !s.IsPunct(end, ',')) return Tense.Unknown;
        // "On Friday, when Albright set aside her plans, …": a clause before the main one says nothing sure.
        if (s.IsAnyWord(end + 1, "when", "as", "after", "before", "while", "if", "although", "because", "since", "until")) return Tense.Unknown;
        for (int a = end + 1; a < s.Count && a <= end + 30 && !IsSentenceEnd(s, a); a++)
        {
            // "the government planned to pay": the plan is past, and so, in news, is its day.
            if (s.IsWord(a, "planned")) return Tense.Past;
            if (Classify(s, a, out _) is var t && t != Tense.Unknown) return t;
        }

        return Tense.Unknown;
    }

    /// <summary>"to" before a plain lowercase word ("to acquire"), not before an article, a number or a name ("to a calendar year", "next to the U.S.").</summary>
    private static bool IsInfinitive(Scan s, int i) =>
        s.IsWord(i, "to") && s.Has(i + 1) && s[i + 1].Kind == TokenKind.Word && !s[i + 1].Capitalized
        && s[i + 1].Class is WordClass.None or WordClass.TenseMarker or WordClass.Modifier
        && !s.IsAnyWord(i + 1, "the", "a", "an", "his", "her", "their", "its", "our", "your", "my", "this", "these", "those", "some", "which", "whom", "what");

    private static bool IsPossessive(Scan s, int i) =>
        (s.IsPunct(i, '\'') || s.IsPunct(i, '’')) && s.IsGlued(i) && s.IsWord(i + 1, "s") && s.IsGlued(i + 1);

    private static bool IsClockPart(Scan s, int i) =>
        s[i].Kind == TokenKind.Number && s[i].Length <= 2
        || s[i].Kind == TokenKind.Punct && s[i].Glued && (s[i].Value == ':' || s[i].Value == '.' && s.IsAnyWord(i - 1, "a", "p", "m"))
        || s.IsAnyWord(i, "a", "p", "m", "am", "pm", "noon", "midnight", "edt", "est", "gmt", "et", "pdt", "pst", "cdt", "cst", "utc");

    private static bool IsSentenceEnd(Scan s, int i) =>
        s[i].Kind == TokenKind.Punct && s[i].Value is '.' or '!' or '?' or ';'
        && !(s[i].Value == '.' && s.Has(i - 1) && s[i - 1].Length <= 4 && s[i].Glued && (char.IsUpper(s.Text[s[i - 1].Start]) || s.IsAnyWord(i - 1, "vs", "v")))
        && !(s[i].Value == '.' && (InClockTime(s, i) || IsDecimalPoint(s, i)));

    /// <summary>"99.3%": a dot between glued digits.</summary>
    private static bool IsDecimalPoint(Scan s, int i) =>
        s[i].Glued && s.Has(i - 1) && s[i - 1].Kind == TokenKind.Number && s.Has(i + 1) && s[i + 1].Glued && s[i + 1].Kind == TokenKind.Number;

    /// <summary>
    /// The dots of "a.m."/"p.m.": the inner one never ends a sentence, the last one only before a capital that is
    /// neither a day, a month nor a time zone ("leave at 4 a.m. EDT Thursday", "until 9 a.m. Tuesday").
    /// </summary>
    private static bool InClockTime(Scan s, int i)
    {
        if (s.IsAnyWord(i - 1, "a", "p") && s.IsWord(i + 1, "m") && s.IsGlued(i + 1)) return true;
        if (!s.IsWord(i - 1, "m") || !s.IsPunct(i - 2, '.') || !s.IsAnyWord(i - 3, "a", "p")) return false;
        return !s.Has(i + 1) || !s[i + 1].Capitalized || s.IsClass(i + 1, WordClass.Weekday) || s.IsMonth(i + 1)
            || s.IsAnyWord(i + 1, "edt", "est", "gmt", "et", "pdt", "pst", "cdt", "cst", "utc", "bst", "cet");
    }

    private static Tense Classify(Scan s, int i, out bool strong)
    {
        strong = true;
        var t = s[i];
        if (t.Kind != TokenKind.Word) return Tense.Unknown;
        switch (t.Class)
        {
            case WordClass.TenseMarker when s.IsWord(i, "deadline"):
                // A noun: Read weighs it last, after any verb of the clause.
                return Tense.Unknown;
            case WordClass.TenseMarker when s.IsAnyWord(i, "set", "plan", "plans"):
                // "announced plans", like "set aside", says nothing of the date's direction.
                // "set for Monday", "set to meet" look ahead; "set aside", "set Friday as the deadline" are past as often.
                return s.IsAnyWord(i + 1, "for", "to") ? Tense.Future : Tense.Unknown;
            case WordClass.TenseMarker when s.IsAnyWord(i, "was", "were") && s.IsClass(i + 1, WordClass.TenseMarker) && s[i + 1].Value > 0:
                // "were planning to drive on Monday", "was expected to vote Tuesday": the plan looks ahead.
                return Tense.Future;
            case WordClass.TenseMarker when s.IsAnyWord(i, "won"):
                // "won't" looks ahead; "won" alone is the past of "win" ("Boston won 4-2 on Sunday").
                return s.Has(i + 2) && s[i + 1].Kind == TokenKind.Punct && s[i + 1].Value is '\'' or '\u2019' && s.IsAnyWord(i + 2, "t")
                    ? Tense.Future
                    : Tense.Past;
            case WordClass.TenseMarker:
                return t.Value > 0 ? Tense.Future : Tense.Past;
            case WordClass.DayWord when t.Value != 0:
                return t.Value > 0 ? Tense.Future : Tense.Past;
            case WordClass.Relation when t.Value == (int)Relation.Next || s.IsWord(i, "upcoming"):
                return Tense.Future;
            case WordClass.Relation when t.Value is (int)Relation.Last or (int)Relation.Ago:
                return Tense.Past;
            case WordClass.None when s.IsWord(i, "to") && s.IsAnyWord(i - 1, "is", "are"):
                // "trading is to resume Tuesday": a plan.
                return Tense.Future;
            case WordClass.None when t.Capitalized && i > 0 && !IsSentenceEnd(s, i - 1):
                // "the United Nations": a capitalized word inside a sentence is a name, not a past form.
                return Tense.Unknown;
            case WordClass.None:
                // A participle or past form ("signed", "ended") is weaker evidence than an auxiliary.
                var w = s.Span(i);
                if (!(w.Length > 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !w.EndsWith("eed", StringComparison.OrdinalIgnoreCase)) && !PastForms.Contains(w))
                    return Tense.Unknown;
                // "would be paid", "will be named": a passive participle takes its auxiliary's tense; "the case is heard in May" is present.
                if (s.IsAnyWord(i - 1, "be", "been") && s.IsClass(i - 2, WordClass.TenseMarker) && !s.IsAnyWord(i - 2, "set", "plan", "plans", "won"))
                    return s[i - 2].Value > 0 ? Tense.Future : Tense.Past;
                if (s.IsAnyWord(i - 1, "is", "are")) return Tense.Unknown;
                strong = false;
                return Tense.Past;
            default:
                return Tense.Unknown;
        }
    }
}
