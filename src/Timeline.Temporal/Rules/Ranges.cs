using System.Runtime.CompilerServices;
using Timeline.Temporal.Grammar;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Rules;

/// <summary>
/// Two dates as one span of time: <c>from the 25th to the 27th of July</c>, <c>25-27 July 2023</c>,
/// <c>July 25–27, 2023</c>, <c>July 25 through 27</c>, <c>1950–53</c>, <c>between 1950 and 1953</c>,
/// <c>from 1950 to 1953</c>, <c>from February 2022 until today</c>. The ends are kept as parts.
/// </summary>
internal static class Ranges
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Match? Parse(Scan s, int i)
    {
        int first = i;
        int j = i;
        bool between = s.IsWord(j, "between");
        if (between || s.IsWord(j, "from")) j++;
        bool framed = j > first;
        return DaysOfMonth(s, first, j, between, framed) ?? MonthDays(s, first, j, between) ?? YearSpan(s, first, j, between) ?? Dates(s, first, j, between, framed);
    }

    private static bool IsLink(Scan s, int i, bool between) =>
        between ? s.IsWord(i, "and") || s.IsPunct(i, '~') && s.IsGlued(i) : s.IsDash(i) || s.IsPunct(i, '~') && s.IsGlued(i) || s.IsAnyWord(i, "to", "through", "until", "till", "thru");

    /// <summary><c>the 25th to the 27th of July</c>, <c>25-27 July 2023</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Match? DaysOfMonth(Scan s, int first, int j, bool between, bool framed)
    {
        int a = s.SkipThe(j);
        int dayA = s.DayNumber(a);
        if (dayA < 0 || s[a].Kind == TokenKind.Word && !s.IsClass(a, Lexicon.WordClass.OrdinalWord) || a > j && s[a].Kind == TokenKind.Number) return null;
        if (s[a].Kind == TokenKind.Number && Vetoes.NotADate(s, a) && !(s.IsDash(a + 1) && s.IsGlued(a + 1))) return null;
        if (!IsLink(s, a + 1, between)) return null;
        // Unframed counts need a dash ("25-27 July") or a second day "of" its month ("9 to 12 of June").
        if (!framed && s[a].Kind == TokenKind.Number && !s.IsDash(a + 1) && !(s.IsWord(a + 3, "of") && s.IsMonth(a + 4) && !s.IsPunct(a + 5, '\'') && !s.IsPunct(a + 5, '’'))) return null;
        var second = FullDates.Parse(s, a + 2);
        if (second is null || second.Value.Precision != TimePrecision.Day) return null;
        int b = s.SkipThe(a + 2);
        // "from 4 to January 22, 1995": the second end may name its month first.
        if (s.DayNumber(b) < 0 && !(framed && s.IsMonth(b))) return null;
        var endValue = second.Value;
        var startValue = WithDay(endValue, dayA);
        if (startValue is null) return null;
        return Make(first, j, a + 1, startValue, a + 2, second.End, endValue);
    }

    /// <summary><c>July 25–27, 2023</c>, <c>July 25 through 27</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Match? MonthDays(Scan s, int first, int j, bool between)
    {
        var head = FullDates.Parse(s, j);
        if (head is null || head.Value.Precision != TimePrecision.Day) return null;
        int link = head.End;
        // The head must have stopped after its day: "July 25" and not "July 25, 2023".
        if (!s.IsMonth(link - 2) && !(s.IsPunct(link - 2, '.') && s.IsMonth(link - 3))) return null;
        if (!IsLink(s, link, between)) return null;
        int b = link + 1;
        int dayB = s.DayNumber(b);
        if (dayB < 0 || s.IsMonth(b + 1) || s[b].Kind == TokenKind.Word) return null;
        if (s.Has(b) && s[b].Kind == TokenKind.Number && Vetoes.NotADate(s, b) && !s.IsPunct(b + 1, ',')) return null;
        int year = FullDates.YearAfter(s, b + 1, out int end);
        if (year <= 0) end = b + 1;
        string t = head.Value.Timex;
        int month = (t[^5] - '0') * 10 + (t[^4] - '0');
        TimeValue? startValue;
        TimeValue? endValue;
        if (year > 0)
        {
            startValue = Values.DayOrNull(year, month, (t[^2] - '0') * 10 + (t[^1] - '0'));
            endValue = Values.DayOrNull(year, month, dayB);
        }
        else
        {
            startValue = head.Value;
            endValue = WithDay(head.Value, dayB);
        }

        if (startValue is null || endValue is null) return null;
        return Make(first, j, link, startValue, b, end, endValue);
    }

    /// <summary><c>1950–53</c>, <c>1950-1953</c>, <c>between 1950 and 1953</c>.</summary>
    private static Match? YearSpan(Scan s, int first, int j, bool between)
    {
        int yearA = s.FourDigitYear(j);
        if (yearA < 0 || Vetoes.NotADate(s, j) && !(s.IsDash(j + 1) && s.IsGlued(j + 1))) return null;
        if (!IsLink(s, j + 1, between)) return null;
        int b = j + 2;
        if (!s.Has(b) || s[b].Kind != TokenKind.Number) return null;
        int yearB;
        if (s[b].Digits == 4) yearB = s[b].Value;
        else if (s[b].Digits == 2 && s.IsDash(j + 1) && s.IsGlued(b)) yearB = yearA / 100 * 100 + s[b].Value;
        else return null;
        if (yearB <= yearA || yearB > 2199 || s.IsMonth(b + 1) || s.IsDash(b + 1) && s.IsGlued(b + 1)) return null;
        if (s.IsGlued(b + 1) && s.Has(b + 1) && s[b + 1].Kind != TokenKind.Punct) return null;
        if (Vetoes.IsCountedNoun(s, b + 1)) return null;
        return Make(first, j, j + 1, TimeValue.Year(yearA), b, b + 1, TimeValue.Year(yearB));
    }

    /// <summary>Any two dates: <c>from February 2022 until today</c>, <c>between March and May</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Match? Dates(Scan s, int first, int j, bool between, bool framed)
    {
        // "from 2007 to the end of 2008": an end may carry a modifier.
        var a = Grammar.Grammar.ParseDate(s, j) ?? (s.IsClass(j, Lexicon.WordClass.Starter) || s.IsClass(j, Lexicon.WordClass.Modifier) ? Modifiers.Parse(s, j) : null);
        if (a is null || a.Kind != MentionKind.Date) return null;
        if (!IsLink(s, a.End, between)) return null;
        // "this Friday-Jun-15" names one day twice (WeekdayAppositions); "Monday-Friday" stays a range.
        if (s.IsDash(a.End) && s.IsGlued(a.End) && s.IsClass(a.End - 1, Lexicon.WordClass.Weekday) && s.IsMonth(a.End + 1)) return null;
        if (!framed && !s.IsDash(a.End) && !s.IsAnyWord(a.End, "through", "until", "till", "to")) return null;
        var b = DayAfterWeekday(s, a, a.End + 1) ?? ToDate.End(s, a.End + 1) ?? Grammar.Grammar.ParseDate(s, a.End + 1) ?? WeekdayAfter(s, a, a.End + 1) ?? Modifiers.Parse(s, a.End + 1);
        if (b is null || b.Kind != MentionKind.Date) return null;
        if (!framed && (s.IsDash(a.End) || s.IsWord(a.End, "to")) && (a.Value.Precision < TimePrecision.Year || b.Value.Precision < TimePrecision.Year)) return null;
        // "a revision Friday to December's figures": with no "from", "to" joins a day to a month as a preposition, not a range.
        if (!framed && s.IsWord(a.End, "to") && a.Value.Precision == TimePrecision.Day && b.Value.Precision < TimePrecision.Week) return null;
        var aValue = SharedYears.Placed(s, a, b) ?? a.Value;
        var bValue = SharedYears.SecondDay(s, a, b) ?? b.Value;
        // "from Tuesday to Thursday": a weekday placed alone before the first end is the one after it.
        if (b.TokenCount == 1 && s.IsClass(b.First, Lexicon.WordClass.Weekday) && aValue.Start is { } sa && bValue.Start is { } sb && sb < sa)
            bValue = TimeValue.Day(sb.AddDays(7 * ((sa.DayNumber - sb.DayNumber + 6) / 7)));
        // "from Monday to Friday, March 3": a weekday alone before an end that names its own weekday and day is the one before it.
        if (a.TokenCount == 1 && s.IsClass(a.First, Lexicon.WordClass.Weekday) && b.TokenCount > 1 && s.IsClass(b.First, Lexicon.WordClass.Weekday)
            && bValue is { Precision: TimePrecision.Day, Start: { } sb2 })
            aValue = TimeValue.Day(sb2.AddDays(-(((int)sb2.DayOfWeek - s[a.First].Value + 7) % 7)));
        // "between now and November 15th" looks ahead, "between Jan 22 and now" back, whatever the tense.
        if (aValue.Timex == "PRESENT_REF" && s.Anchor is { } now1 && bValue is { Precision: TimePrecision.Day, Start: { } sb1 } && sb1 < now1)
            bValue = TimeValue.Day(sb1.AddYears(1));
        if (bValue.Timex == "PRESENT_REF" && s.Anchor is { } now2 && aValue is { Precision: TimePrecision.Day, Start: { } sa2 } && sa2 > now2)
            aValue = TimeValue.Day(sa2.AddYears(-1));
        // "from March to date": the March before the anchor.
        if (bValue.Timex == "PRESENT_REF" && s.Anchor is { } now3 && aValue is { Precision: TimePrecision.Month, Start: { } sa3 } && sa3 > now3)
            aValue = TimeValue.Month(sa3.Year - 1, sa3.Month);
        var range = Make(first, j, a.End, aValue, a.End + 1, b.End, bValue);
        // "between now and November 15th": the range runs from the anchor's day; the end itself stays "now".
        if (range is not null && s.Anchor is { } today && (aValue.Timex == "PRESENT_REF" || bValue.Timex == "PRESENT_REF"))
        {
            var from = aValue.Timex == "PRESENT_REF" ? TimeValue.Day(today) : aValue;
            var to = bValue.Timex == "PRESENT_REF" ? TimeValue.Day(today) : bValue;
            if (from.Start is { } f && to.End is { } t && t > f) range = range with { Value = TimeValue.Range(from, to) };
        }

        return range;
    }

    /// <summary>"1st Jan until Wed, 22 of Jan": an end whose weekday, a comma and its date name one day.</summary>
    private static Match? DayAfterWeekday(Scan s, Match a, int i)
    {
        // "from Monday to Friday, March 3": after a weekday, the date belongs to the second end only as often as to both.
        if (a.Value.Precision != TimePrecision.Day || s.IsClass(a.First, Lexicon.WordClass.Weekday) || s.IsClass(a.First + 1, Lexicon.WordClass.Weekday)) return null;
        bool weekday = s.IsClass(i, Lexicon.WordClass.Weekday) || s.Has(i) && s[i].Capitalized && s.IsAnyWord(i, "mon", "wed", "sat", "sun");
        if (!weekday || !s.IsPunct(i + 1, ',')) return null;
        var day = Grammar.Grammar.ParseDate(s, i + 2);
        if (day is null || day.Kind != MentionKind.Date || day.Value.Precision != TimePrecision.Day) return null;
        return day with { First = i };
    }

    /// <summary>"from next monday to friday": a weekday, of any case, as the second end after a day is the first such day on.</summary>
    private static Match? WeekdayAfter(Scan s, Match a, int i)
    {
        if (!s.IsClass(i, Lexicon.WordClass.Weekday) || a.Value.Precision != TimePrecision.Day) return null;
        var day = (DayOfWeek)s[i].Value;
        if (a.Value.Start is not { } from) return Match.Date(i, i + 1, TimeValue.Unresolved($"XXXX-WXX-{((int)day + 6) % 7 + 1}", TimePrecision.Day));
        return Match.Date(i, i + 1, TimeValue.Day(from.AddDays(((int)day - (int)from.DayOfWeek + 7) % 7)));
    }

    /// <summary>A date like <paramref name="model"/> but on day <paramref name="day"/> of its month.</summary>
    private static TimeValue? WithDay(TimeValue model, int day)
    {
        string t = model.Timex;
        if (t.Length < 10 || model.Precision != TimePrecision.Day) return null;
        int month = (t[^5] - '0') * 10 + (t[^4] - '0');
        if (model.Start is { } d) return Values.DayOrNull(d.Year, d.Month, day);
        return CalendarDate.IsValid(2000, month, day) ? TimeValue.Unresolved($"{t[..^2]}{day:D2}", TimePrecision.Day) : null;
    }

    private static Match? Make(int first, int aFirst, int aEnd, TimeValue a, int bFirst, int bEnd, TimeValue b)
    {
        if (a.Start is { } sa && b.Start is { } sb && sb < sa)
        {
            // "from Oct. 2 to October 22" placed each end alone; read together, the second follows the first.
            if (b.Precision is not (TimePrecision.Day or TimePrecision.Month) || sb.AddYears(1) < sa) return null;
            b = b.Precision == TimePrecision.Day ? TimeValue.Day(sb.AddYears(1)) : TimeValue.Month(sb.Year + 1, sb.Month);
        }
        var parts = new[] { Match.Date(aFirst, aEnd, a), Match.Date(bFirst, bEnd, b) };
        return new Match(first, bEnd, MentionKind.DateRange, TimeValue.Range(a, b), parts);
    }
}
