using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;

namespace Timeline.Temporal.Rules;

/// <summary>
/// Holidays placed by a relation or widened to their weekend: <c>last easter</c> (the most recent before the
/// anchor), <c>next Thanksgiving</c>, <c>the following Christmas</c> (after the previous date), <c>labor day
/// weekend</c>, <c>halloween weekend 2021</c>, <c>the weekend of Thanksgiving 2023</c>. A holiday's weekend is the
/// Saturday and Sunday beside it: before a Monday or Tuesday holiday, after one from Wednesday to Friday.
/// </summary>
internal static class HolidayPhrases
{
    public static Match? Parse(Scan s, int i) => Related(s, i) ?? HolidayWeekend(s, i) ?? WeekendOf(s, i);

    /// <summary><c>last|previous|next|following|this</c> + a holiday.</summary>
    private static Match? Related(Scan s, int i)
    {
        if (!s.IsClass(i, WordClass.Relation)) return null;
        var relation = (Relation)s[i].Value;
        int direction = relation switch
        {
            Relation.Last or Relation.Previous => -1,
            Relation.Next or Relation.Following or Relation.Coming => 1,
            Relation.This => 0,
            _ => int.MinValue,
        };
        if (direction == int.MinValue || Holidays.Find(s, i + 1, out int end) is not { } h) return null;
        // "Christmas Eve" read as "Christmas" would stop short: the longest name is found first in the table.
        if (s.IsWord(end, "week") || s.IsWord(end, "weekend")) return null;
        // "the following Easter" counts from the previous date, as "the following year" does.
        CalendarDate? from = s.IsWord(i - 1, "the") && direction != 0 ? s.LastDate?.Start ?? s.Anchor : s.Anchor;
        if (from is not { } a) return Match.Date(i, end, TimeValue.Unresolved("XXXX-XX-XX", TimePrecision.Day));
        var day = Holidays.DateIn(h, a.Year);
        if (direction < 0 && day >= a) day = Holidays.DateIn(h, a.Year - 1);
        else if (direction > 0 && day <= a) day = Holidays.DateIn(h, a.Year + 1);
        return Match.Date(i, end, TimeValue.Day(day));
    }

    /// <summary><c>labor day weekend</c>, <c>labor day 2021 weekend</c>, <c>halloween weekend 2021</c>.</summary>
    private static Match? HolidayWeekend(Scan s, int i)
    {
        if (!s.Has(i) || s[i].Kind != Tokens.TokenKind.Word || s[i].Class != WordClass.Starter || s.IsAnyWord(i, "the", "from", "between")) return null;
        // Cheap test before walking the holiday table again: a "weekend" within the next few words.
        int w = i + 1;
        while (w < i + 7 && s.Has(w) && !s.IsWord(w, "weekend")) w++;
        if (!s.IsWord(w, "weekend")) return null;
        var day = Holidays.Parse(s, i);
        if (day is null || !s.IsWord(day.End, "weekend")) return null;
        // "halloween weekend 2021": the year may follow the weekend.
        if (Holidays.Find(s, i, out int nameEnd) is { } h && nameEnd == day.End && Years.At(s, day.End + 1, out int yearEnd) is var year and > 0)
            return Weekend(i, yearEnd, TimeValue.Day(Holidays.DateIn(h, year)));
        return Weekend(i, day.End + 1, day.Value);
    }

    /// <summary><c>the weekend of Halloween</c>, <c>weekend of thanksgiving 2023</c>: the weekend beside a holiday or a day.</summary>
    private static Match? WeekendOf(Scan s, int i)
    {
        int k = s.SkipThe(i);
        if (!s.IsWord(k, "weekend") || !s.IsWord(k + 1, "of")) return null;
        var day = Holidays.Parse(s, k + 2);
        if (day is null) return null;
        return Weekend(i, day.End, day.Value);
    }

    private static Match Weekend(int first, int end, TimeValue day)
    {
        if (day.Start is not { } d) return Match.Date(first, end, TimeValue.Unresolved("XXXX-WXX-WE", TimePrecision.Week));
        int shift = d.DayOfWeek switch
        {
            DayOfWeek.Monday => -2,
            DayOfWeek.Tuesday => -3,
            DayOfWeek.Wednesday => 3,
            DayOfWeek.Thursday => 2,
            DayOfWeek.Friday => 1,
            DayOfWeek.Saturday => 0,
            _ => -1,
        };
        return Match.Date(first, end, TimeValue.Weekend(d.AddDays(shift)));
    }
}
