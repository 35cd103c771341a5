using Timeline.Temporal.Grammar;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Rules;

/// <summary>
/// Sports results written after their day: "Boston beat New York on Friday 3-1", "the Rangers won Friday 3-1 in
/// overtime", "Friday's 3-1 victory". Two numbers joined by a dash after a weekday are a month and day in a diary
/// ("a call on Friday 7-6 with Jim") but a score when a result verb governs the weekday. (A result noun after the pair,
/// "Friday 3-1 win", already keeps it from ending a date's phrase.)
/// </summary>
internal static class Scores
{
    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "won", "win", "wins", "beat", "beats", "lost", "lose", "loses", "defeated", "defeats", "downed", "edged", "edges",
        "drew", "draw", "draws", "tied", "ties", "routed", "blanked", "topped", "tops", "trailed", "trails", "rallied",
        "whipped", "thrashed", "crushed", "outscored", "swept", "clinched", "scored", "led", "leads",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Verb = Verbs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when a result verb stands up to six words before the weekday at <paramref name="weekday"/>, in its sentence.</summary>
    public static bool AfterWeekday(Scan s, int weekday)
    {
        for (int b = weekday - 1; b >= 0 && b >= weekday - 6; b--)
        {
            if (s[b].Kind == TokenKind.Punct && s[b].Value is '.' or '!' or '?' or ';') return false;
            if (s[b].Kind == TokenKind.Word && s[b].Length <= 10 && Verb.Contains(s.Span(b))) return true;
        }

        return false;
    }
}
