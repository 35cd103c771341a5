using Timeline.Temporal.Grammar;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Rules;

/// <summary>
/// The later days of a coordinated date, which take the first one's month and year: the <c>25</c> of
/// <c>April 24 and 25</c>, the <c>4</c> and <c>5</c> of <c>March 3, 4 and 5</c>, the <c>3</c> of
/// <c>Oct. 2 or 3</c>. Each is a date of its own (not a range: <c>April 24 and 26</c> skips a day).
/// <c>April 24 and 25 people</c> is a count.
/// </summary>
internal static class CoordinatedDays
{
    // Words that may follow the day without making the number a count ("25 in Washington", "25 people").
    private static readonly HashSet<string> Followers = new(StringComparer.OrdinalIgnoreCase)
        { "and", "or", "in", "at", "on", "to", "with", "when", "while", "as", "but", "respectively", "this", "next", "last" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Follower = Followers.GetAlternateLookup<ReadOnlySpan<char>>();

    public static Match? Parse(Scan s, int i)
    {
        var t = s[i];
        if (t.Kind != TokenKind.Number || t.Digits > 2 || t.Value is < 1 or > 31 || t.Glued) return null;
        if (!s.IsAnyWord(i - 1, "and", "or") && !s.IsPunct(i - 1, ',')) return null;
        // The first day must be the date just read, so that the month is the one written before it.
        if (s.LastDate is not { Precision: TimePrecision.Day, Start: { } previous } || PreviousMonth(s, i - 2) != previous.Month) return null;
        if (!EndsPhrase(s, i + 1)) return null;
        var value = Values.DayOrNull(previous.Year, previous.Month, t.Value);
        return value is null || t.Value <= previous.Day ? null : Match.Date(i, i + 1, value);
    }

    /// <summary>The month of what stands right before the link: a month and day ("April 24", "Oct. 2") or an earlier coordinated day ("3, 4"); 0 if none.</summary>
    private static int PreviousMonth(Scan s, int k)
    {
        // "March 3, 4 and 5": walk back over the days already coordinated.
        for (int guard = 0; guard < 8 && s.Has(k) && s[k].Kind == TokenKind.Number && s[k].Digits <= 2; guard++)
        {
            if (s.IsMonth(k - 1)) return s[k - 1].Value;
            if (s.IsPunct(k - 1, '.') && s.IsMonth(k - 2)) return s[k - 2].Value;
            if (!s.IsPunct(k - 1, ',')) return 0;
            k -= 2;
        }

        return 0;
    }

    private static bool EndsPhrase(Scan s, int end)
    {
        if (!s.Has(end)) return true;
        var n = s[end];
        if (n.Kind == TokenKind.Punct) return !n.Glued || n.Value is '.' or ',' or ';' or ')' && !(s.Has(end + 1) && s[end + 1].IsNumber && s.IsGlued(end + 1));
        if (n.Kind != TokenKind.Word || n.Glued) return false;
        return n.Length <= 12 && Follower.Contains(s.Span(end));
    }
}
