using System.Runtime.CompilerServices;
using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Rules;

/// <summary>
/// One entry in the date rule table for the families that start on few kinds of token: weekdays pinned by a count
/// or a day number, holidays by relation, parts of periods, glued dates, work weeks. The token is read once and only
/// the families that can start on it are asked, since the table is walked at every place a date may start; the
/// longest answer wins, the first asked on a tie.
/// </summary>
internal static class DayForms
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Match? Parse(Scan s, int i)
    {
        if (!s.Has(i)) return null;
        var t = s[i];
        Match? best = null;
        switch (t.Kind)
        {
            case TokenKind.Number:
                Take(ref best, WeekdayNearOffsets.Parse(s, i));
                Take(ref best, GluedDates.Parse(s, i));
                break;
            case TokenKind.Ordinal:
                Take(ref best, SubPeriods.Parse(s, i));
                Take(ref best, WeekdayDayNumbers.Parse(s, i));
                Take(ref best, GluedDates.Parse(s, i));
                break;
            case TokenKind.Word:
                switch (t.Class)
                {
                    case WordClass.Weekday:
                        Take(ref best, WeekdayNearOffsets.Parse(s, i));
                        Take(ref best, WeekdayDayNumbers.Parse(s, i));
                        Take(ref best, FollowingWeekdays.Parse(s, i));
                        Take(ref best, WeekdayAppositions.Parse(s, i));
                        break;
                    case WordClass.Relation:
                        Take(ref best, HolidayPhrases.Parse(s, i));
                        Take(ref best, SubPeriods.Parse(s, i));
                        Take(ref best, FollowingWeekdays.Parse(s, i));
                        Take(ref best, WeekdayAppositions.Parse(s, i));
                        Take(ref best, WorkWeeks.Parse(s, i));
                        break;
                    case WordClass.Starter:
                        Take(ref best, HolidayPhrases.Parse(s, i));
                        Take(ref best, SubPeriods.Parse(s, i));
                        Take(ref best, FollowingWeekdays.Parse(s, i));
                        Take(ref best, PreviousWeekdays.Parse(s, i));
                        break;
                    case WordClass.OrdinalWord:
                        Take(ref best, SubPeriods.Parse(s, i));
                        break;
                    case WordClass.NumberWord:
                        Take(ref best, WeekdayNearOffsets.Parse(s, i));
                        break;
                    case WordClass.Unit:
                        Take(ref best, HolidayPhrases.Parse(s, i));
                        break;
                    case WordClass.Month or WordClass.AmbiguousMonth:
                        Take(ref best, GluedDates.Parse(s, i));
                        break;
                    case WordClass.None when s.IsWord(i, "couple"):
                        Take(ref best, WeekdayNearOffsets.Parse(s, i));
                        break;
                }

                break;
        }

        return best;
    }

    private static void Take(ref Match? best, Match? m)
    {
        if (m is not null && (best is null || m.End > best.End)) best = m;
    }
}
