using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;

namespace Timeline.Temporal.Rules;

/// <summary>
/// A weekday followed by the date it names, in brackets or glued with a dash: <c>this friday (jun-15)</c>,
/// <c>this Friday-Jun-15</c>, <c>Friday (June 15)</c>. The date fixes the day, as in <c>Friday, June 15</c>.
/// </summary>
internal static class WeekdayAppositions
{
    public static Match? Parse(Scan s, int i)
    {
        int k = s.IsAnyWord(i, "this", "next", "coming", "last") ? i + 1 : i;
        if (!s.IsClass(k, WordClass.Weekday)) return null;
        int d = k + 1;
        bool bracket = s.IsPunct(d, '(');
        if (!bracket && !(s.IsDash(d) && s.IsGlued(d) && s.IsGlued(d + 1))) return null;
        // Only a month-named or numeric day: "Monday-Friday" is a range of weekdays.
        if (!s.IsMonth(d + 1) && !(s.Has(d + 1) && s[d + 1].Kind == Tokens.TokenKind.Number)) return null;
        var date = Grammar.Grammar.ParseDate(s, d + 1);
        if (date is null || date.Kind != MentionKind.Date || date.Value.Precision != TimePrecision.Day) return null;
        int end = date.End;
        if (bracket)
        {
            if (!s.IsPunct(end, ')')) return null;
            end++;
        }

        return Match.Date(i, end, date.Value);
    }
}
