using Timeline.Temporal.Lexicon;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Grammar;

/// <summary>
/// A day of the month in any of the ways English writes one: <c>27</c>, <c>27th</c>, <c>second</c>,
/// <c>twenty-second</c>, <c>twenty second</c>, <c>thirty first</c>, and, where the caller's context
/// makes a bare count a day, the cardinals <c>fifteen</c>, <c>twenty one</c>, <c>twenty-five</c>.
/// </summary>
internal static class DayOfMonth
{
    /// <summary>The day at <paramref name="i"/> (1–31) or -1; <paramref name="end"/> is the token after it.</summary>
    public static int Read(Scan s, int i, out int end, bool cardinals = false)
    {
        end = i;
        if (!s.Has(i)) return -1;
        var t = s[i];
        if (t.Kind != TokenKind.Word)
        {
            int d = s.DayNumber(i);
            if (d > 0) end = i + 1;
            return d;
        }

        if (t.Class == WordClass.OrdinalWord)
        {
            if (t.Value > 31) return -1;
            end = i + 1;
            return t.Value;
        }

        if (t.Class != WordClass.NumberWord || s.IsAnyWord(i, "a", "an")) return -1;
        if (t.Value is 20 or 30)
        {
            int j = s.IsDash(i + 1) && s.IsGlued(i + 1) && s.IsGlued(i + 2) ? i + 2 : i + 1;
            bool ordinalUnit = s.IsClass(j, WordClass.OrdinalWord) && s[j].Value is >= 1 and <= 9;
            bool cardinalUnit = s.IsClass(j, WordClass.NumberWord) && s[j].Value is >= 1 and <= 9 && !s.IsAnyWord(j, "a", "an");
            if (ordinalUnit || cardinalUnit)
            {
                // "thirty-second" and "thirty five" are no days; reading "thirty" alone would misplace them.
                int day = t.Value + s[j].Value;
                if (day > 31 || cardinalUnit && !cardinals) return -1;
                end = j + 1;
                return day;
            }

            if (!cardinals) return -1;
            end = i + 1;
            return t.Value;
        }

        if (!cardinals || t.Value is < 1 or > 19) return -1;
        end = i + 1;
        return t.Value;
    }

    /// <summary>True when the day at <paramref name="i"/> was written as an ordinal (<c>27th</c>, <c>twenty-first</c>), not a bare count.</summary>
    public static bool IsOrdinal(Scan s, int i, int end) =>
        s[i].Kind == TokenKind.Ordinal || s.IsClass(end - 1, WordClass.OrdinalWord);
}
