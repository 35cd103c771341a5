using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Rules;

/// <summary>
/// Dates some units away from the anchor or from another date: <c>the week after next</c>, <c>the year
/// before last</c>, <c>in 3 weeks</c> (future only: "rose 40% in two years" is a length), <c>in four
/// business days</c>, <c>two Sundays from now</c>, <c>two Mondays later</c>, <c>the day before last
/// Tuesday</c>, <c>three days after March 5</c>, <c>2 weeks from January 15</c>, <c>two months after next Friday</c>. Days and weeks ahead give a day, longer units their own precision.
/// </summary>
internal static class Offsets
{
    public static Match? Parse(Scan s, int i) => AfterNext(s, i) ?? InCount(s, i) ?? Weekdays(s, i) ?? AroundDate(s, i);

    /// <summary><c>the week after next</c>, <c>the month after the next</c>, <c>the year before last</c>.</summary>
    private static Match? AfterNext(Scan s, int i)
    {
        if (!s.IsWord(i, "the") || !s.IsUnit(i + 1, out var unit, out bool plural) || plural) return null;
        if (unit is not (Unit.Week or Unit.Weekend or Unit.Month or Unit.Quarter or Unit.Year)) return null;
        int k = i + 2;
        int sign = s.IsWord(k, "after") ? 1 : s.IsWord(k, "before") ? -1 : 0;
        if (sign == 0) return null;
        k++;
        if (s.IsWord(k, "the")) k++;
        if (!(sign > 0 ? s.IsWord(k, "next") : s.IsAnyWord(k, "last", "previous"))) return null;
        // "the week after next Monday's vote" is a week after a day.
        if (s.IsClass(k + 1, WordClass.Weekday) || s.IsClass(k + 1, WordClass.Unit) || s.IsMonth(k + 1)) return null;
        int end = k + 1;
        if (s.Anchor is not { } a) return Match.Date(i, end, TimeValue.Unresolved(unit == Unit.Weekend ? "XXXX-WXX-WE" : Units.UnresolvedTimex(unit), Units.Precision(unit)));
        var value = unit == Unit.Weekend
            ? TimeValue.Weekend(Relative.NearSaturday(a, sign).AddDays(7L * sign))
            : Units.Shift(a, unit, 2 * sign);
        return value is null ? null : Match.Date(i, end, value);
    }

    /// <summary>
    /// <c>in 3 weeks</c>, <c>in two months</c>, <c>in four business days</c>: a date only when the verb looks
    /// ahead, since "the highest level in two years" and "doubled in two years" are lengths. The span starts
    /// at the count, where the scan can start; <c>in</c> is read before it.
    /// </summary>
    private static Match? InCount(Scan s, int i)
    {
        if (!s.IsWord(i - 1, "in") || s.IsWord(i - 2, "than")) return null;
        int n = Quantities.Read(s, i, out int k);
        if (n <= 0) return null;
        bool business = s.IsAnyWord(k, "business", "working");
        if (business) k++;
        if (!s.IsUnit(k, out var unit, out bool plural) || n > 1 && !plural || business && unit != Unit.Day) return null;
        if (unit is not (Unit.Day or Unit.Week or Unit.Fortnight or Unit.Month or Unit.Year)) return null;
        int end = k + 1;
        // "in a fortnight's time".
        if ((s.IsPunct(end, '\'') || s.IsPunct(end, '’')) && s.IsWord(end + 1, "s") && s.IsWord(end + 2, "time")) end += 3;
        if (s.IsAnyWord(end, "time", "of", "from", "after", "before", "ago", "later", "earlier", "hence", "in", "or", "to") || s.IsDash(end)) return null;
        var tense = TenseReader.Read(s, i, end);
        if (tense == Tense.Past) return null;
        // "the first time in two years", "the smallest gain in a year", "a record in a decade": a length.
        if (tense != Tense.Future && (IsSinceMark(s, i - 2) || IsSinceMark(s, i - 3))) return null;
        if (s.Anchor is not { } a) return Match.Date(i, end, TimeValue.Unresolved(business || unit is Unit.Day or Unit.Week or Unit.Fortnight ? "XXXX-XX-XX" : Units.UnresolvedTimex(unit), Units.Precision(unit)));
        if (n > 5000) return null;
        var value = unit switch
        {
            Unit.Day when business => TimeValue.Day(BusinessDays(a, n)),
            Unit.Day => TimeValue.Day(a.AddDays(n)),
            Unit.Week => TimeValue.Day(a.AddDays(7L * n)),
            Unit.Fortnight => TimeValue.Day(a.AddDays(14L * n)),
            _ => Units.Shift(a, unit, n),
        };
        return value is null ? null : Match.Date(i, end, value);
    }

    private static bool IsSinceMark(Scan s, int i) =>
        s.IsAnyWord(i, "time", "first", "ever", "level", "record", "low", "high", "once", "twice", "worst", "best", "most", "least", "only")
        || s.Has(i) && s[i].Kind == TokenKind.Word && s[i].Length > 4 && s.Span(i).EndsWith("est", StringComparison.OrdinalIgnoreCase);

    private static CalendarDate BusinessDays(CalendarDate from, int n)
    {
        var d = from;
        while (n > 0)
        {
            d = d.AddDays(1);
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) n--;
        }

        return d;
    }

    /// <summary><c>two Sundays from now</c>, <c>two Mondays later</c>: the nth such weekday after the anchor or the previous day named.</summary>
    private static Match? Weekdays(Scan s, int i)
    {
        if (!Counted.MayStart(s, i)) return null;
        int n = Quantities.Read(s, i, out int k);
        if (n is <= 1 or > 520 || !s.Has(k) || s[k].Kind != TokenKind.Word) return null;
        var word = s.Span(k);
        if (word.Length > 1 && (word[^1] == 's' || word[^1] == 'S')) word = word[..^1];
        var entry = Words.Lookup(word);
        if (entry.Class != WordClass.Weekday || word.Length < 6) return null;
        int end;
        CalendarDate? from;
        if (s.IsWord(k + 1, "from") && s.IsWord(k + 2, "now"))
        {
            end = k + 3;
            from = s.Anchor;
        }
        else if (s.IsWord(k + 1, "later"))
        {
            end = k + 2;
            from = s.LastDate is { Precision: TimePrecision.Day, Start: { } last } ? last : s.LastDate is null ? s.Anchor : null;
        }
        else return null;

        var day = (DayOfWeek)entry.Value;
        if (from is not { } f) return Match.Date(i, end, TimeValue.Unresolved($"XXXX-WXX-{((int)day + 6) % 7 + 1}", TimePrecision.Day));
        int ahead = ((int)day - (int)f.DayOfWeek + 7) % 7;
        if (ahead == 0) ahead = 7;
        return Match.Date(i, end, TimeValue.Day(f.AddDays(ahead + 7L * (n - 1))));
    }

    /// <summary>
    /// <c>the day before last Tuesday</c>, <c>three days after March 5</c>, <c>a week before Christmas</c>, <c>3 days from
    /// Tuesday</c>, <c>two months after next Friday</c>: a day counted from a day.
    /// </summary>
    private static Match? AroundDate(Scan s, int i)
    {
        int n;
        int k;
        if (s.IsWord(i, "the") && s.IsWord(i + 1, "day")) (n, k) = (1, i + 1);
        else
        {
            if (!Counted.MayStart(s, i)) return null;
            n = Quantities.Read(s, i, out k);
            if (n <= 0 || n > 5000) return null;
        }

        if (!s.IsUnit(k, out var unit, out bool plural) || !Counted.IsCalendarUnit(unit) || n > 1 && !plural) return null;
        int sign = s.IsWord(k + 1, "before") ? -1 : s.IsWord(k + 1, "after") ? 1 : 0;
        // "3 days from Tuesday", "2 weeks from January 15"; not a stretch ("for 10 days from March 3", "10 days from
        // March 3 to 13", "a period of 90 days from June 1").
        if (sign == 0 && s.IsWord(k + 1, "from") && !s.IsAnyWord(i - 1, "for", "of", "over", "within", "the", "lasting", "lasted", "spent", "took", "last", "next", "past", "first"))
            sign = 1;
        if (sign == 0) return null;
        int j = k + 2;
        // No chains ("the day before the day before …"): the date after must be a date of its own.
        if (s.IsWord(j, "the") && s.IsWord(j + 1, "day") || Quantities.Read(s, j, out int u) > 0 && s.IsClass(u, WordClass.Unit)) return null;
        var date = Grammar.Grammar.ParseDate(s, j);
        if (date is null || date.Kind != MentionKind.Date || date.Value.Precision != TimePrecision.Day) return null;
        // "the day before Tuesday's primary" is the day before Tuesday, when the primary was held.
        if (s.IsWord(k + 1, "from") && (s.IsDash(date.End) || s.IsAnyWord(date.End, "to", "until", "till", "through", "and"))) return null;
        if (date.Value.Start is not { } d) return Match.Date(i, date.End, TimeValue.Unresolved("XXXX-XX-XX", TimePrecision.Day));
        var counted = Counted.Of(unit, n, 0);
        return Match.Date(i, date.End, TimeValue.Day(sign > 0 ? counted.AddTo(d) : counted.SubtractFrom(d)));
    }
}
