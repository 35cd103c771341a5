using System.Runtime.CompilerServices;
using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Rules;

/// <summary>
/// One entry in the date rule table for periods placed against the anchor and the numeric forms of forms and logs:
/// relative quarters, days of "the month", possessive year parts, calendar-year phrases, spaced and compact dates.
/// As in <see cref="DayForms"/>, the token is read once and only the families that can start on it are asked; the
/// longest answer wins, the first asked on a tie.
/// </summary>
internal static class PeriodForms
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Match? Parse(Scan s, int i)
    {
        if (!s.Has(i)) return null;
        var t = s[i];
        Match? best = null;
        switch (t.Kind)
        {
            case TokenKind.Number when t.Digits == 4:
                Take(ref best, SpacedDates.Parse(s, i));
                Take(ref best, PossessiveYearParts.Parse(s, i));
                break;
            case TokenKind.Number when t.Digits == 8:
                Take(ref best, CompactDates.Parse(s, i));
                break;
            case TokenKind.Word when t.Class == WordClass.Relation:
                Take(ref best, RelativeQuarters.Parse(s, i));
                Take(ref best, PossessiveYearParts.Parse(s, i));
                Take(ref best, CalendarYearPhrases.Parse(s, i));
                break;
            case TokenKind.Word when t.Class == WordClass.Starter:
                Take(ref best, RelativeQuarters.Parse(s, i));
                Take(ref best, DaysOfTheMonth.Parse(s, i));
                Take(ref best, CalendarYearPhrases.Parse(s, i));
                break;
            case TokenKind.Word when t.Class == WordClass.Unit:
                Take(ref best, CalendarYearPhrases.Parse(s, i));
                break;
        }

        return best;
    }

    private static void Take(ref Match? best, Match? m)
    {
        if (m is not null && (best is null || m.End > best.End)) best = m;
    }
}
