using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Rules;

/// <summary>
/// Two days of one month or one week named around it: <c>from 4 to 22 this month</c>, <c>4 till 23 of next
/// month</c>, <c>between 4 and 22 this month</c>, <c>from 4-23 in next month</c>, <c>November between 19 and 20</c>,
/// <c>this week from Tue to Thur</c>, <c>next week between Wednesday and Friday</c>, <c>from Monday to Wednesday
/// next week</c>. The ends are kept as parts, as for other ranges.
/// </summary>
internal static class DaysWithin
{
    public static Match? Parse(Scan s, int i) => DaysThenMonth(s, i) ?? MonthThenDays(s, i) ?? WeekThenDays(s, i) ?? DaysThenWeek(s, i);

    /// <summary><c>[from|between] 4 to 22 [of|in] this month</c>.</summary>
    private static Match? DaysThenMonth(Scan s, int i)
    {
        int j = Frame(s, i, out bool between);
        if (!TwoDays(s, j, between, out int dayA, out int dayB, out int linkAt, out int k) || IsChange(s, i - 1)) return null;
        if (s.IsAnyWord(k, "of", "in")) k++;
        int shift = s.IsAnyWord(k, "this", "current") ? 0 : s.IsAnyWord(k, "next", "coming") ? 1 : s.IsAnyWord(k, "last", "previous") ? -1 : int.MinValue;
        if (shift == int.MinValue || !s.IsWord(k + 1, "month")) return null;
        int end = k + 2;
        if (s.Anchor is not { } a) return Unresolved(i, j, linkAt, end, $"XXXX-XX-{dayA:D2}", $"XXXX-XX-{dayB:D2}");
        var m = a.AddMonths(shift);
        return Days(i, j, linkAt, end, m.Year, m.Month, dayA, dayB);
    }

    /// <summary><c>November between 19 and 20</c>, <c>November 2016 from 19 to 20</c>.</summary>
    private static Match? MonthThenDays(Scan s, int i)
    {
        int month = s.Month(i, out int k);
        if (month == 0) return null;
        int year = s.FourDigitYear(k);
        if (year > 0 && !Vetoes.NotADate(s, k)) k++;
        else year = 0;
        int j = Frame(s, k, out bool between);
        if (j == k || !TwoDays(s, j, between, out int dayA, out int dayB, out int linkAt, out int end) || IsChange(s, i - 1)) return null;
        // "Feb between 2-7 two thousand and eighteen", "November from 19 to 20, 2016": the year may close the phrase.
        if (year == 0 && Years.At(s, s.IsPunct(end, ',') ? end + 1 : end, out int yearEnd) is var after and > 0)
            (year, end) = (after, yearEnd);
        if (year == 0 && s.Anchor is not null) year = Anchoring.YearOfDay(s.Anchor.Value, month, dayA, TenseReader.Read(s, i, end));
        if (year == 0) return Unresolved(i, j, linkAt, end, $"XXXX-{month:D2}-{dayA:D2}", $"XXXX-{month:D2}-{dayB:D2}");
        return Days(i, j, linkAt, end, year, month, dayA, dayB);
    }

    /// <summary><c>this week from Tue to Thur</c>, <c>next week between Wednesday and Friday</c>.</summary>
    private static Match? WeekThenDays(Scan s, int i)
    {
        int shift = WeekShift(s, i);
        if (shift == int.MinValue) return null;
        int j = Frame(s, i + 2, out bool between);
        if (j == i + 2 || !TwoWeekdays(s, j, between, out var dayA, out var dayB, out int linkAt, out int end)) return null;
        return Weekdays(s, i, j, linkAt, end, shift, dayA, dayB);
    }

    /// <summary><c>from Monday to Wednesday next week</c>.</summary>
    private static Match? DaysThenWeek(Scan s, int i)
    {
        int j = Frame(s, i, out bool between);
        if (!TwoWeekdays(s, j, between, out var dayA, out var dayB, out int linkAt, out int k)) return null;
        int shift = WeekShift(s, k);
        if (shift == int.MinValue) return null;
        return Weekdays(s, i, j, linkAt, k + 2, shift, dayA, dayB);
    }

    // "Cases rose from 4 to 22 this month": counts that changed, not days.
    internal static bool IsChange(Scan s, int i) =>
        s.IsAnyWord(i, "from", "between") ? IsChange(s, i - 1) : s.IsAnyWord(i, "rose", "rise", "risen", "fell", "fall", "fallen", "grew", "grown", "increased", "decreased", "climbed", "jumped",
            "dropped", "declined", "up", "down", "went", "gone", "surged", "slipped", "soared", "changed", "moved", "raised", "lowered", "cut", "reduced", "expanded");

    private static int Frame(Scan s, int i, out bool between)
    {
        between = s.IsWord(i, "between");
        return between || s.IsWord(i, "from") ? i + 1 : i;
    }

    private static bool IsLink(Scan s, int i, bool between) =>
        between ? s.IsWord(i, "and") || s.IsDash(i) : s.IsDash(i) || s.IsAnyWord(i, "to", "till", "until", "through", "thru");

    /// <summary>Two days of a month, <c>4 to 22</c>, <c>4th-23rd</c>, <c>4-23</c>, the second after the first.</summary>
    private static bool TwoDays(Scan s, int j, bool between, out int dayA, out int dayB, out int linkAt, out int end)
    {
        dayA = s.DayNumber(j);
        linkAt = j + 1;
        end = j + 3;
        dayB = s.DayNumber(j + 2);
        if (dayA < 0 || dayB <= dayA || s[j].Kind == TokenKind.Word || s[j + 2].Kind == TokenKind.Word) return false;
        if (!IsLink(s, linkAt, between)) return false;
        // A glued dash must join the two days alone: not "3-4-2016".
        if (s.IsDash(linkAt) && (s.IsDash(end) || s.IsPunct(end, '/')) && s.IsGlued(end)) return false;
        return !(s[j].Kind == TokenKind.Number && Vetoes.NotADate(s, j) && !(s.IsDash(linkAt) && s.IsGlued(linkAt)))
            && !(s[j + 2].Kind == TokenKind.Number && Vetoes.IsCountedNoun(s, j + 3));
    }

    private static bool TwoWeekdays(Scan s, int j, bool between, out DayOfWeek dayA, out DayOfWeek dayB, out int linkAt, out int end)
    {
        dayA = dayB = default;
        linkAt = j + 1;
        end = j + 3;
        if (!s.IsClass(j, WordClass.Weekday) || !IsLink(s, linkAt, between) || !s.IsClass(j + 2, WordClass.Weekday)) return false;
        dayA = (DayOfWeek)s[j].Value;
        dayB = (DayOfWeek)s[j + 2].Value;
        return true;
    }

    private static int WeekShift(Scan s, int i)
    {
        if (!s.IsWord(i + 1, "week")) return int.MinValue;
        return s.IsAnyWord(i, "this", "current") ? 0 : s.IsAnyWord(i, "next", "coming") ? 1 : s.IsAnyWord(i, "last", "previous") ? -1 : int.MinValue;
    }

    private static Match? Weekdays(Scan s, int first, int j, int linkAt, int end, int shift, DayOfWeek dayA, DayOfWeek dayB)
    {
        int a = ((int)dayA + 6) % 7;
        int b = ((int)dayB + 6) % 7;
        if (b <= a) return null;
        if (s.Anchor is not { } anchor) return Unresolved(first, j, linkAt, end, $"XXXX-WXX-{a + 1}", $"XXXX-WXX-{b + 1}");
        var monday = anchor.AddDays(-(((int)anchor.DayOfWeek + 6) % 7) + 7L * shift);
        return Make(first, j, linkAt, end, TimeValue.Day(monday.AddDays(a)), TimeValue.Day(monday.AddDays(b)));
    }

    private static Match? Days(int first, int j, int linkAt, int end, int year, int month, int dayA, int dayB)
    {
        var a = Values.DayOrNull(year, month, dayA);
        var b = Values.DayOrNull(year, month, dayB);
        return a is null || b is null ? null : Make(first, j, linkAt, end, a, b);
    }

    private static Match Unresolved(int first, int j, int linkAt, int end, string a, string b) =>
        Make(first, j, linkAt, end, TimeValue.Unresolved(a, TimePrecision.Day), TimeValue.Unresolved(b, TimePrecision.Day));

    private static Match Make(int first, int j, int linkAt, int end, TimeValue a, TimeValue b)
    {
        var parts = new[] { Match.Date(j, linkAt, a), Match.Date(linkAt + 1, end, b) };
        return new Match(first, end, MentionKind.DateRange, TimeValue.Range(a, b), parts);
    }
}
