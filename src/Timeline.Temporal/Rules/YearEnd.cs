using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Rules;

/// <summary>
/// Business English for the end of the year: <c>by year-end</c>, <c>by year end</c>, <c>by year's end</c>,
/// <c>at year-end 1988</c>. Read as <c>the end of the year</c>: the year with the END modifier, the
/// anchor's unless a year follows; <c>since year-end</c> is the one already past. Only after a
/// preposition, so that <c>year-end results</c> stays an adjective.
/// </summary>
internal static class YearEnd
{
    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
        { "by", "at", "since", "until", "till", "before", "after", "around", "near", "toward", "towards", "through", "from", "to" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Preposition = Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that may follow the phrase without making it an adjective ("by year-end results").
    private static readonly HashSet<string> Followers = new(StringComparer.OrdinalIgnoreCase)
        { "and", "or", "but", "when", "if", "as", "to", "at", "in", "on", "for", "with", "from", "while", "because", "so", "than", "the", "a", "of" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Follower = Followers.GetAlternateLookup<ReadOnlySpan<char>>();

    public static Match? Parse(Scan s, int i)
    {
        if (!s.IsWord(i, "year") || !s.Has(i - 1) || s[i - 1].Kind != TokenKind.Word || s[i - 1].Length > 7 || !Preposition.Contains(s.Span(i - 1))) return null;
        int j = i + 1;
        if (s.IsDash(j) && s.IsGlued(j) && s.IsGlued(j + 1)) j++;
        else if ((s.IsPunct(j, '\'') || s.IsPunct(j, '’')) && s.IsGlued(j) && s.IsWord(j + 1, "s") && s.IsGlued(j + 1)) j += 2;
        if (!s.IsWord(j, "end")) return null;
        int end = j + 1;
        int year = s.FourDigitYear(end);
        if (year > 0) return Match.Date(i, end + 1, TimeValue.Year(year, TimeModifier.End));
        if (s.Has(end) && s[end].Kind == TokenKind.Word && !s[end].Capitalized && s[end].Class is WordClass.None or WordClass.Unit
            && !(s[end].Length <= 7 && Follower.Contains(s.Span(end)))) return null;
        if (s.Anchor is not { } a) return Match.Date(i, end, TimeValue.Unresolved("XXXX", TimePrecision.Year).WithModifier(TimeModifier.End));
        // The end of the year already reached: last year's until the last days of December.
        int y = s.IsWord(i - 1, "since") && a.Month < 12 ? a.Year - 1 : a.Year;
        return Match.Date(i, end, TimeValue.Year(y, TimeModifier.End));
    }
}
