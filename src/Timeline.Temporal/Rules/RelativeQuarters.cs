using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;

namespace Timeline.Temporal.Rules;

/// <summary>
/// A calendar quarter named by its place beside the anchor's: <c>the previous quarter</c>, <c>past quarter</c>,
/// <c>the last quarter</c>, <c>the prior quarter</c> (the one before the anchor's), <c>the coming quarter</c>,
/// <c>the upcoming quarter</c> (the one after). Business news reports by quarter, so even after "over" or "for"
/// the singular is the calendar quarter (as TimeML has <c>the latest quarter</c>), not a length of three months;
/// a count (<c>the past two quarters</c>) stays a DURATION, and <c>the last quarter of 1989</c>, <c>the past
/// quarter century</c>, <c>the last quarter-mile</c> are not this rule's.
/// </summary>
internal static class RelativeQuarters
{
    public static Match? Parse(Scan s, int i)
    {
        int j = s.SkipThe(i);
        if (!s.IsClass(j, WordClass.Relation) || !s.IsWord(j + 1, "quarter")) return null;
        int direction = (Relation)s[j].Value switch
        {
            Relation.Last or Relation.Past or Relation.Previous => -1,
            Relation.Coming => 1,
            _ => 0,
        };
        // "next", "this", "current" and "following" are read by Relative and Discourse; "the following quarter" leans on an earlier date.
        if (direction == 0) return null;
        int end = j + 2;
        if (s.IsWord(end, "of") || s.IsDash(end) && s.IsGlued(end) || s.IsClass(end, WordClass.Unit)
            || s.IsAnyWord(end, "mile", "miles", "inch", "point", "points", "percent", "hour", "pound", "note", "notes")) return null;
        if (s.Anchor is not { } a) return Match.Date(i, end, TimeValue.Unresolved("XXXX-QX", TimePrecision.Quarter));
        var day = a.AddMonths(3 * direction);
        return Match.Date(i, end, TimeValue.Quarter(day.Year, (day.Month - 1) / 3 + 1));
    }
}
