using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Rules;

/// <summary>
/// A week by its number: <c>week 10</c>, <c>in the week 31</c>, <c>week 3 of 2027</c>, <c>week 27 of
/// last year</c>: the ISO week of the year named, or of the anchor's year. <c>a week 10 days
/// later</c> and <c>every week 3 times</c> are counts.
/// </summary>
internal static class WeekNumbers
{
    public static Match? Parse(Scan s, int i)
    {
        // Cheapest test first: "the" is a starter word, "week" a unit.
        if (!s.IsClass(i, WordClass.Starter) && !s.IsClass(i, WordClass.Unit)) return null;
        int first = i;
        int j = s.SkipThe(i);
        if (!s.IsWord(j, "week") || !s.Has(j + 1) || !s[j + 1].IsNumber || s[j + 1].Glued) return null;
        if (j == first && s.IsAnyWord(i - 1, "a", "per", "each", "every", "one", "last", "next", "this", "that", "past", "coming", "previous", "following", "any", "all", "whole", "entire")) return null;
        var n = s[j + 1];
        if (n.Digits > 2 || n.Value is < 1 or > 53) return null;
        int end = j + 2;
        if (s.IsGlued(end) && s.Has(end) && (s[end].Kind != TokenKind.Punct || s[end].Value is ':' or '.' or ',' or '-' or '/' && s.IsGlued(end + 1) && s.Has(end + 1) && s[end + 1].IsNumber)) return null;
        if (s.IsClass(end, WordClass.Unit) || Vetoes.IsCountedNoun(s, end)) return null;

        int year = -1;
        if (s.IsWord(end, "of"))
        {
            year = Years.At(s, end + 1, out int yearEnd);
            if (year > 0) end = yearEnd;
            else if (s.IsAnyWord(end + 1, "this", "last", "next") && s.IsWord(end + 2, "year") && s.Anchor is { } a0)
            {
                year = a0.Year + (s.IsWord(end + 1, "last") ? -1 : s.IsWord(end + 1, "next") ? 1 : 0);
                end += 3;
            }
        }

        if (year < 0 && s.Anchor is { } a) year = a.Year;
        if (year < 0) return Match.Date(first, end, TimeValue.Unresolved($"XXXX-W{n.Value:D2}", TimePrecision.Week));
        var week = TimeValue.Week(year, n.Value);
        // Week 53 exists only in years that have one: otherwise it is week 1 of the next.
        return week.Timex == TimeValue.WeekOf(week.Start!.Value).Timex ? Match.Date(first, end, week) : null;
    }
}
