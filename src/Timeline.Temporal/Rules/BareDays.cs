using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Rules;

/// <summary>
/// A day of the month named without its month, where the context makes it a date: <c>on the 27th</c>,
/// <c>until the 3rd</c>, <c>for the twenty second</c>, <c>on 22nd</c>, <c>on 15</c>. The month is the
/// anchor's, or the one before or after it as the tense says. <c>the 38th parallel</c>, <c>its 18th
/// month</c> and <c>the second time</c> are not dates: the day must end its phrase.
/// </summary>
internal static class BareDays
{
    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
        { "on", "by", "until", "till", "til", "since", "before", "after", "from", "for", "through", "thru", "between" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Preposition = Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that may follow a date without making the number part of a noun phrase ("on the 27th at noon").
    private static readonly HashSet<string> Followers = new(StringComparer.OrdinalIgnoreCase)
        { "at", "and", "or", "to", "through", "till", "until", "when", "i", "we", "he", "she", "they", "you", "it", "there" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Follower = Followers.GetAlternateLookup<ReadOnlySpan<char>>();

    public static Match? Parse(Scan s, int i)
    {
        // Cheapest test first: this rule only starts on "the", digits or a number word.
        var t0 = s[i];
        if (t0.Kind == TokenKind.Word && t0.Class is not (WordClass.OrdinalWord or WordClass.NumberWord) && !s.IsWord(i, "the") || t0.Kind == TokenKind.Punct) return null;
        bool the = t0.Kind == TokenKind.Word && t0.Class == WordClass.Starter;
        int j = the ? i + 1 : i;
        if (!s.Has(j)) return null;
        int day = DayOfMonth.Read(s, j, out int end);
        if (day < 0 || !IsPreposition(s, i - 1) && !ClosesRange(s, i - 1)) return null;
        var t = s[j];
        if (t.Kind == TokenKind.Number)
        {
            // A bare number is a day only as "on 15" or "for the 27": "by 15", "to 27" are amounts.
            if (!the && !s.IsWord(i - 1, "on") || t.Digits > 2 || Vetoes.NotADate(s, j)) return null;
        }
        else if (t.Kind == TokenKind.Ordinal && s.IsGlued(j) && s.Has(j - 1) && s[j - 1].Kind != TokenKind.Punct) return null;

        if (!EndsPhrase(s, end)) return null;
        return Match.Date(i, end, Resolve(s, day, i, end));
    }

    /// <summary>
    /// "the week of the 18th": an ordinal day after "the", ending its phrase, as the day a week is named by (in the
    /// anchor's month or the one the tense points to). Not "the week of the 18th Party Congress".
    /// </summary>
    internal static Match? OfWeek(Scan s, int first, int i)
    {
        if (!s.IsWord(i, "the") || !s.Has(i + 1) || s[i + 1].Kind is not (TokenKind.Ordinal or TokenKind.Word)) return null;
        int day = DayOfMonth.Read(s, i + 1, out int end);
        if (day < 0 || end != i + 2 || !EndsPhrase(s, end)) return null;
        return Match.Date(i, end, Resolve(s, day, first, end));
    }

    private static bool IsPreposition(Scan s, int i) =>
        s.Has(i) && s[i].Kind == TokenKind.Word && s[i].Length <= 7 && Preposition.Contains(s.Span(i));

    /// <summary>The second end of <c>from the 4th to the 22nd</c>, <c>between the 5th and the 9th</c>.</summary>
    private static bool ClosesRange(Scan s, int i)
    {
        if (!s.IsAnyWord(i, "to", "and") && !s.IsDash(i)) return false;
        for (int k = i - 1; k >= 0 && k >= i - 4; k--)
            if (s.IsAnyWord(k, "from", "between")) return !s.IsWord(i, "and") || s.IsWord(k, "between");
        return false;
    }

    /// <summary>True when nothing after the day makes it an ordinal of a noun (<c>the 27th Infantry</c>, <c>the second time</c>).</summary>
    private static bool EndsPhrase(Scan s, int end)
    {
        if (!s.Has(end)) return true;
        var n = s[end];
        if (n.Kind == TokenKind.Punct)
            return !(n.Glued && (s.IsDash(end) || n.Value is '%' or '\'' or '’' or '/' or '$')) && !(n.Value is '.' or ',' or ':' && n.Glued && s.IsGlued(end + 1) && s.Has(end + 1) && s[end + 1].IsNumber);
        if (n.Kind != TokenKind.Word || n.Glued) return false;
        return n.Length <= 5 && Follower.Contains(s.Span(end));
    }

    /// <summary>
    /// The day <paramref name="day"/> of the anchor's month, or of the month before (past) or after
    /// (future) when the anchor has passed it or not yet reached it; with no tense, the anchor's month.
    /// </summary>
    internal static TimeValue Resolve(Scan s, int day, int first, int end)
    {
        if (s.Anchor is not { } a) return TimeValue.Unresolved($"XXXX-XX-{day:D2}", TimePrecision.Day);
        var before = Near(a, day, -1);
        var after = Near(a, day, 1);
        var tense = TenseReader.Read(s, first, end);
        var pick = tense switch
        {
            Tense.Past => before ?? after,
            Tense.Future => after ?? before,
            // No tense: the anchor's own month, so that both ends of "from the 4th to the 22nd" share it.
            _ => CalendarDate.IsValid(a.Year, a.Month, day) ? new CalendarDate(a.Year, a.Month, day) : before ?? after,
        };
        return pick is { } d ? TimeValue.Day(d) : TimeValue.Unresolved($"XXXX-XX-{day:D2}", TimePrecision.Day);
    }

    /// <summary>The nearest day numbered <paramref name="day"/> on or before (-1) or on or after (+1) the anchor.</summary>
    private static CalendarDate? Near(CalendarDate anchor, int day, int direction)
    {
        var month = new CalendarDate(anchor.Year, anchor.Month, 1);
        for (int k = 0; k <= 2; k++)
        {
            var m = month.AddMonths(direction * k);
            if (!CalendarDate.IsValid(m.Year, m.Month, day)) continue;
            var d = new CalendarDate(m.Year, m.Month, day);
            if (direction < 0 ? d <= anchor : d >= anchor) return d;
        }

        return null;
    }
}
