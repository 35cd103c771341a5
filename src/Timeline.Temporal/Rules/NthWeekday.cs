using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Rules;

/// <summary>
/// The nth weekday of a month: <c>the first Friday of July</c>, <c>the first friday in this month</c>,
/// <c>the second Monday of next month</c>, <c>the last Sunday of March 2024</c>, and bare, of the anchor's
/// month: <c>second Sunday</c>. A month that has no such day (a fifth Sunday) gives no date.
/// </summary>
internal static class NthWeekday
{
    public static Match? Parse(Scan s, int i)
    {
        int first = i;
        bool the = s.IsWord(i, "the");
        if (the) i++;
        int nth = Ordinal(s, i);
        if (nth == 0 || !s.IsClass(i + 1, WordClass.Weekday) || s[i + 1].Length < 6) return null;
        var day = (DayOfWeek)s[i + 1].Value;
        // "every first Monday of the month" recurs; "for a second Sunday" counts occurrences.
        if (s.IsAnyWord(first - 1, "every", "each", "a", "its", "his", "her", "their")) return null;
        int k = i + 2;
        if (s.IsAnyWord(k, "of", "in"))
        {
            var month = MonthOf(s, k + 1, out int end);
            if (end > k + 1) return Resolve(s, first, end, month, day, nth);
        }

        // Bare: "I'll go back second Sunday". With an article or a following "in a row", "straight", it counts.
        if (the || nth < 0 || s.IsAnyWord(k, "in", "of", "straight", "running", "since", "after", "before") || s.IsWord(first - 1, "for")) return null;
        if (s.Anchor is not { } a) return Match.Date(first, k, TimeValue.Unresolved($"XXXX-XX-WXX-{((int)day + 6) % 7 + 1}-{nth}", TimePrecision.Day));
        return Resolve(s, first, k, (a.Year, a.Month), day, nth);
    }

    /// <summary>first … fifth, 1st … 5th, or last (-1); 0 when none.</summary>
    internal static int Ordinal(Scan s, int i)
    {
        if (!s.Has(i)) return 0;
        var t = s[i];
        if (t.Kind == TokenKind.Word && t.Class == WordClass.OrdinalWord && t.Value <= 5) return t.Value;
        if (t.Kind == TokenKind.Ordinal && t.Value is >= 1 and <= 5) return t.Value;
        if (s.IsWord(i, "last")) return -1;
        return 0;
    }

    /// <summary>
    /// The month after "of": <c>July</c>, <c>July 2024</c>, <c>this|next|last|previous month</c>, <c>the month</c>;
    /// year 0 when there is no anchor to place it, and <paramref name="end"/> left at <paramref name="i"/> when there is no month.
    /// </summary>
    internal static (int Year, int Month) MonthOf(Scan s, int i, out int end)
    {
        end = i;
        int month = s.Month(i, out int k);
        if (month > 0)
        {
            int year = s.FourDigitYear(k);
            if (year > 0 && !Vetoes.NotADate(s, k))
            {
                end = k + 1;
                return (year, month);
            }

            end = k;
            if (s.Anchor is not { } anchor) return (0, month);
            return (Anchoring.YearOfMonth(anchor, month, TenseReader.Read(s, i, k)), month);
        }

        int shift = s.IsAnyWord(i, "this", "the", "current") ? 0 : s.IsAnyWord(i, "next", "following") ? 1 : s.IsAnyWord(i, "last", "previous") ? -1 : int.MinValue;
        if (shift == int.MinValue || !s.IsWord(i + 1, "month")) return (0, 0);
        end = i + 2;
        if (s.Anchor is not { } a) return (0, 0);
        var m = a.AddMonths(shift);
        return (m.Year, m.Month);
    }

    private static Match? Resolve(Scan s, int first, int end, (int Year, int Month) month, DayOfWeek day, int nth)
    {
        if (month.Month == 0 || month.Year == 0)
        {
            string mm = month.Month == 0 ? "XX" : $"{month.Month:D2}";
            return Match.Date(first, end, TimeValue.Unresolved($"XXXX-{mm}-WXX-{((int)day + 6) % 7 + 1}-{(nth < 0 ? "L" : nth)}", TimePrecision.Day));
        }

        var date = Holidays.NthWeekday(month.Year, month.Month, day, nth);
        return date.Month != month.Month ? null : Match.Date(first, end, TimeValue.Day(date));
    }
}
