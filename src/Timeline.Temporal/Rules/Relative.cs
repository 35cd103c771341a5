using System.Runtime.CompilerServices;
using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;

namespace Timeline.Temporal.Rules;

/// <summary>
/// Expressions placed by the anchor, in news conventions: <c>today</c>, <c>yesterday</c>,
/// <c>this week</c>, <c>last month</c>, <c>next year</c>, <c>earlier this month</c>, <c>later in the year</c>, <c>last March</c>,
/// <c>on Wednesday</c>, <c>the weekend</c>, <c>now</c>. Without an anchor they stay unresolved.
/// </summary>
internal static class Relative
{
    public static Match? Parse(Scan s, int i) => DayWord(s, i) ?? Present(s, i) ?? Related(s, i) ?? Weekday(s, i) ?? Weekend(s, i);

    private static Match? DayWord(Scan s, int i)
    {
        if (!s.IsClass(i, WordClass.DayWord) || GenericToday.At(s, i) || TitledNames.At(s, i, i + 1)) return null;
        int offset = s[i].Value;
        return Match.Date(i, i + 1, s.Anchor is { } a ? TimeValue.Day(a.AddDays(offset)) : TimeValue.Unresolved("XXXX-XX-XX", TimePrecision.Day));
    }

    /// <summary><c>now</c>, <c>currently</c>: TimeML's PRESENT_REF, which dates nothing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Match? Present(Scan s, int i)
    {
        if (s.IsAnyWord(i, "now", "currently", "nowadays") && !s.IsWord(i + 1, "that"))
            return Match.Date(i, i + 1, TimeValue.Unresolved("PRESENT_REF", TimePrecision.Day));
        if (s.IsWord(i, "recently")) return Match.Date(i, i + 1, TimeValue.Unresolved("PAST_REF", TimePrecision.Day));
        if (s.IsWord(i, "recent") && s.IsAnyWord(i + 1, "years", "months", "weeks", "days", "decades"))
            return Match.Date(i, i + 2, TimeValue.Unresolved("PAST_REF", TimePrecision.Day));
        // "in coming months", "in the coming months", "future quarters", "in past years", "these days": vague, like "recent years".
        int c = s.IsWord(i, "the") && s.IsAnyWord(i + 1, "coming", "upcoming") ? i + 1 : i;
        if (s.IsAnyWord(c, "coming", "upcoming", "future") && IsPluralSpan(s, c + 1) && !s.IsWord(c + 2, "of"))
            return Match.Date(i, c + 2, TimeValue.Unresolved("FUTURE_REF", TimePrecision.Day));
        if (s.IsWord(i, "past") && !s.IsAnyWord(i - 1, "the", "his", "her", "their", "its", "our", "my", "your") && !(s.Has(i - 1) && (s[i - 1].IsNumber || s[i - 1].Class == WordClass.NumberWord))
            && IsPluralSpan(s, i + 1) && !s.IsWord(i + 2, "of"))
            return Match.Date(i, i + 2, TimeValue.Unresolved("PAST_REF", TimePrecision.Day));
        if (s.IsWord(i, "these") && s.IsWord(i + 1, "days")) return Match.Date(i, i + 2, TimeValue.Unresolved("PRESENT_REF", TimePrecision.Day));
        if (s.IsWord(i, "the") && s.IsWord(i + 1, "past") && !StartsAPeriod(s, i + 2))
            return Match.Date(i, i + 2, TimeValue.Unresolved("PAST_REF", TimePrecision.Day));
        if (s.IsWord(i, "the") && s.IsWord(i + 1, "future") && !s.IsWord(i + 2, "of"))
            return Match.Date(i, i + 2, TimeValue.Unresolved("FUTURE_REF", TimePrecision.Day));
        // "the near future", "the near term" (TimeML leaves "the foreseeable future" unmarked).
        if (s.IsWord(i, "the") && s.IsWord(i + 1, "near") && s.IsAnyWord(i + 2, "future", "term")
            && !s.IsWord(i + 3, "of") && !s.IsDash(i + 3))
            return Match.Date(i, i + 3, TimeValue.Unresolved("FUTURE_REF", TimePrecision.Day));
        return null;
    }

    private static bool IsPluralSpan(Scan s, int i) =>
        s.IsUnit(i, out var unit, out bool plural) && plural && unit is Unit.Day or Unit.Week or Unit.Month or Unit.Quarter or Unit.Year or Unit.Decade;

    private static bool StartsAPeriod(Scan s, int i) =>
        !s.Has(i) || s[i].IsNumber || s[i].Class is WordClass.Unit or WordClass.NumberWord or WordClass.Season or WordClass.Weekday or WordClass.OrdinalWord
        || s.IsAnyWord(i, "few", "several", "couple", "many", "two", "decade");

    /// <summary><c>this|last|next</c> + a unit, a weekday or a month; <c>earlier|later this month</c>.</summary>
    private static Match? Related(Scan s, int i)
    {
        int first = i;
        int j = i;
        var modifier = TimeModifier.None;
        if (s.IsAnyWord(j, "earlier", "later") && s.IsAnyWord(j + 1, "this", "that"))
        {
            modifier = s.IsWord(j, "earlier") ? TimeModifier.Early : TimeModifier.Late;
            j++;
        }
        else if (s.IsAnyWord(j, "earlier", "later") && s.IsWord(j + 1, "in") && s.IsWord(j + 2, "the") && s.IsAnyWord(j + 3, "week", "month", "year"))
        {
            // "earlier in the year": this year's, as TimeML reads it ("later in the day" is a time of day).
            modifier = s.IsWord(j, "earlier") ? TimeModifier.Early : TimeModifier.Late;
            s.IsUnit(j + 3, out var period, out _);
            var inThe = UnitValue(s, period, 0);
            return inThe is null ? null : Match.Date(first, j + 4, inThe.WithModifier(modifier));
        }

        if (!s.IsClass(j, WordClass.Relation)) return null;
        var relation = (Relation)s[j].Value;
        int direction = relation switch
        {
            Relation.This or Relation.Current => 0,
            Relation.Last => -1,
            Relation.Next or Relation.Coming => 1,
            _ => int.MinValue,
        };
        int k = j + 1;
        // "previous Monday", "past Monday" as "last Monday"; "the previous month" leans on another date (Discourse).
        if (relation is Relation.Previous or Relation.Past && s.IsClass(k, WordClass.Weekday) && !s.IsWord(j - 1, "the")) direction = -1;
        if (direction == int.MinValue) return null;
        if (s.IsUnit(k, out var unit, out bool plural) && !plural)
        {
            if (TitledNames.At(s, first, k + 1)) return null;
            // "the last quarter-mile", "last quarter-century": a quarter of something else.
            if (unit == Unit.Quarter && s.IsDash(k + 1) && s.IsGlued(k + 1)) return null;
            var v = UnitValue(s, unit, direction);
            if (v is null) return null;
            return Match.Date(first, k + 1, modifier == TimeModifier.None ? v : v.WithModifier(modifier));
        }

        // "this coming Friday", "the coming Friday": the next one, even in this week.
        if (s.IsClass(k, WordClass.Weekday)) return WeekdayValue(s, first, k + 1, (DayOfWeek)s[k].Value, relation == Relation.Coming ? Upcoming : direction);
        // "last March" needs its capital ("last march" walks); "last sept" does not.
        if (s.IsMonth(k) && (s[k].Capitalized || s.IsClass(k, WordClass.Month)))
        {
            int month = s[k].Value;
            // "last Oct. 23": the most recent (or, after "next", the coming) such day.
            if (direction != 0 && DayAfterMonth(s, k) is var (dom, dayEnd) && dom > 0)
            {
                if (s.Anchor is not { } an) return Match.Date(first, dayEnd, TimeValue.Unresolved($"XXXX-{month:D2}-{dom:D2}", TimePrecision.Day));
                int y = an.Year;
                if (!CalendarDate.IsValid(y, month, dom) && !CalendarDate.IsValid(y + direction, month, dom)) return null;
                var candidate = CalendarDate.IsValid(y, month, dom) ? new CalendarDate(y, month, dom) : new CalendarDate(y + direction, month, dom);
                if (direction < 0 && candidate >= an) candidate = candidate.AddYears(-1);
                if (direction > 0 && candidate <= an) candidate = candidate.AddYears(1);
                return Match.Date(first, dayEnd, TimeValue.Day(candidate));
            }

            if (s.Anchor is not { } a) return Match.Date(first, k + 1, TimeValue.Unresolved($"XXXX-{month:D2}", TimePrecision.Month));
            int year = direction switch
            {
                // "last February" on March 1 is not the month just ended, which English calls "last month" (or "in
                // February"): it contrasts with this year's February, as "last March" would.
                < 0 => month < a.Month - 1 ? a.Year : a.Year - 1,
                > 0 => month > a.Month ? a.Year : a.Year + 1,
                _ => a.Year,
            };
            return Match.Date(first, k + 1, TimeValue.Month(year, month));
        }

        return null;
    }

    /// <summary>A day of the month right after the month word at <paramref name="k"/> with no year after it: the day and the end, or 0.</summary>
    private static (int Day, int End) DayAfterMonth(Scan s, int k)
    {
        s.Month(k, out int d);
        int dom = s.DayNumber(d);
        if (dom < 0 || s[d].Kind == Tokens.TokenKind.Word || Vetoes.NotADate(s, d, afterMonth: true) || s.IsClass(d + 1, WordClass.Unit)) return (0, 0);
        if (FullDates.YearAfter(s, d + 1, out _) > 0) return (0, 0);
        return (dom, d + 1);
    }

    private static TimeValue? UnitValue(Scan s, Unit unit, int direction)
    {
        if (s.Anchor is not { } a)
        {
            return unit switch
            {
                Unit.Day => TimeValue.Unresolved("XXXX-XX-XX", TimePrecision.Day),
                Unit.Week => TimeValue.Unresolved("XXXX-WXX", TimePrecision.Week),
                Unit.Weekend => TimeValue.Unresolved("XXXX-WXX-WE", TimePrecision.Week),
                Unit.Month => TimeValue.Unresolved("XXXX-XX", TimePrecision.Month),
                Unit.Quarter => TimeValue.Unresolved("XXXX-QX", TimePrecision.Quarter),
                Unit.Year => TimeValue.Unresolved("XXXX", TimePrecision.Year),
                Unit.Decade => TimeValue.Unresolved("XXX", TimePrecision.Decade),
                Unit.Century => TimeValue.Unresolved("XX", TimePrecision.Century),
                _ => null,
            };
        }

        return unit switch
        {
            Unit.Day => TimeValue.Day(a.AddDays(direction)),
            Unit.Week => TimeValue.WeekOf(a.AddDays(direction * 7L)),
            Unit.Weekend => TimeValue.Weekend(NearSaturday(a, direction)),
            Unit.Month => TimeValue.Month(a.AddMonths(direction).Year, a.AddMonths(direction).Month),
            Unit.Quarter => QuarterOf(a.AddMonths(direction * 3)),
            Unit.Year => TimeValue.Year(a.Year + direction),
            Unit.Decade => TimeValue.Decade((a.Year / 10 + direction) * 10),
            Unit.Century => TimeValue.Century(a.Year / 100 + direction),
            _ => null,
        };
    }

    private static TimeValue QuarterOf(CalendarDate d) => TimeValue.Quarter(d.Year, (d.Month - 1) / 3 + 1);

    /// <summary>The Saturday of this weekend (0), the last (-1) or the next (+1).</summary>
    internal static CalendarDate NearSaturday(CalendarDate a, int direction)
    {
        var sat = Anchoring.Weekday(a, DayOfWeek.Saturday, Tense.Past);
        if (a.DayOfWeek == DayOfWeek.Sunday) sat = a.AddDays(-1);
        return direction switch
        {
            < 0 => a.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? sat.AddDays(-7) : sat,
            > 0 => a.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? sat.AddDays(7) : sat.AddDays(7),
            _ => a.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? sat : sat.AddDays(7),
        };
    }

    /// <summary><c>on Wednesday</c>, <c>Wednesday</c>: the last such day unless the verb is future.</summary>
    private static Match? Weekday(Scan s, int i)
    {
        int first = i;
        if (!s.IsClass(i, WordClass.Weekday) || !s[i].Capitalized && !s.IsWord(i - 1, "on")) return null;
        return WeekdayValue(s, first, i + 1, (DayOfWeek)s[i].Value, int.MinValue);
    }

    /// <summary>A weekday's direction meaning the next such day, whichever week it falls in.</summary>
    private const int Upcoming = int.MaxValue;

    private static Match WeekdayValue(Scan s, int first, int end, DayOfWeek day, int direction)
    {
        if (s.Anchor is not { } a) return Match.Date(first, end, TimeValue.Unresolved($"XXXX-WXX-{((int)day + 6) % 7 + 1}", TimePrecision.Day));
        CalendarDate d;
        if (direction == int.MinValue) d = Anchoring.Weekday(a, day, TenseReader.Read(s, first, end));
        else if (direction < 0)
        {
            d = Anchoring.Weekday(a.AddDays(-1), day, Tense.Past);
        }
        else if (direction == Upcoming)
        {
            d = Anchoring.Weekday(a.AddDays(1), day, Tense.Future);
        }
        else if (direction > 0)
        {
            // "next Friday" is the Friday of next week ("Friday" alone is this week's): a Monday article's
            // "next Friday" is eleven days on, a Saturday article's "next Monday" two.
            d = a.AddDays(7 - ((int)a.DayOfWeek + 6) % 7 + ((int)day + 6) % 7);
        }
        else
        {
            // "this Friday": the one in the anchor's week.
            d = a.AddDays(((int)day + 6) % 7 - ((int)a.DayOfWeek + 6) % 7);
        }

        return Match.Date(first, end, TimeValue.Day(d));
    }

    /// <summary><c>the weekend</c>, <c>over the weekend</c>: the last one unless the verb is future.</summary>
    private static Match? Weekend(Scan s, int i)
    {
        if (!s.IsWord(i, "the") || !s.IsWord(i + 1, "weekend")) return null;
        if (s.Anchor is not { } a) return Match.Date(i, i + 2, TimeValue.Unresolved("XXXX-WXX-WE", TimePrecision.Week));
        var tense = TenseReader.Read(s, i, i + 2);
        var sat = tense == Tense.Future ? Anchoring.Weekday(a, DayOfWeek.Saturday, Tense.Future) : Anchoring.Weekday(a, DayOfWeek.Saturday, Tense.Past);
        if (tense != Tense.Future && a.DayOfWeek == DayOfWeek.Sunday) sat = a.AddDays(-1);
        return Match.Date(i, i + 2, TimeValue.Weekend(sat));
    }
}
