using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Rules;

/// <summary>
/// A weekday and a day of the month with no month: <c>Tue 13th</c>, <c>Sat 14th</c>, <c>Thursday 14th</c>, <c>on Friday 31!</c> — the 13th
/// that falls on a Tuesday nearest the anchor, as <c>Friday the 15th</c>. The short forms that are also words
/// (<c>mon</c>, <c>wed</c>, <c>sat</c>, <c>sun</c>) count only before an ordinal with its suffix, capitalized or after "on", and the scan reaches
/// them from that ordinal, since no rule starts on a plain word.
/// </summary>
internal static class WeekdayDayNumbers
{
    public static Match? Parse(Scan s, int i)
    {
        if (!s.Has(i)) return null;
        if (s.IsClass(i, WordClass.Weekday) && s.Has(i + 1) && s[i + 1].Kind == TokenKind.Ordinal)
            return Make(s, i, i + 1, (DayOfWeek)s[i].Value);
        // "on Friday 31!", "Sunday 13.": a plain number only where the phrase ends ("Sunday 31 people" counts).
        if (s.IsClass(i, WordClass.Weekday) && s[i].Capitalized && s.Has(i + 1) && s[i + 1].Kind == TokenKind.Number && s[i + 1].Digits <= 2 && !s.IsGlued(i + 1)
            && (!s.Has(i + 2) || s[i + 2].Kind == TokenKind.Punct && s[i + 2].Value is '!' or '?' or ';' or ')' && s.IsGlued(i + 2)
                || s.IsPunct(i + 2, '.') && s.IsGlued(i + 2) && (!s.Has(i + 3) || s[i + 3].Kind != TokenKind.Number)))
            return Make(s, i, i + 1, (DayOfWeek)s[i].Value);
        if (s[i].Kind != TokenKind.Ordinal || s.IsGlued(i)) return null;
        int w = i - 1;
        if (!s.Has(w) || s[w].Kind != TokenKind.Word || s[w].Class != WordClass.None || s[w].Length != 3) return null;
        // "she sat 5th in the class": in lower case only after "on".
        if (!s[w].Capitalized && !s.IsWord(w - 1, "on")) return null;
        int day = ShortWeekday(s, w);
        return day < 0 ? null : Make(s, w, i, (DayOfWeek)day);
    }

    /// <summary><c>mon</c>, <c>wed</c>, <c>sat</c>, <c>sun</c> (with an optional dot) as a <see cref="DayOfWeek"/> value, or -1: for callers that know a day is due.</summary>
    internal static int ShortWeekday(Scan s, int i) =>
        s.IsWord(i, "mon") ? 1 : s.IsWord(i, "wed") ? 3 : s.IsWord(i, "sat") ? 6 : s.IsWord(i, "sun") ? 0 : -1;

    private static Match? Make(Scan s, int first, int ordinal, DayOfWeek day)
    {
        int dom = s[ordinal].Value;
        if (dom is < 1 or > 31) return null;
        // "Tuesday 13th March", "Sun 14th of June": a full date, read by the rules for those.
        int after = s.IsWord(ordinal + 1, "of") ? ordinal + 2 : ordinal + 1;
        if (s.IsMonth(after) || s.IsClass(ordinal + 1, WordClass.Unit)) return null;
        return WeekdayOfWeek.DayOfMonth(s, first, ordinal + 1, day, dom);
    }
}
