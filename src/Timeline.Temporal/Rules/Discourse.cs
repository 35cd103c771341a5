using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;

namespace Timeline.Temporal.Rules;

/// <summary>
/// Dates that lean on the previous date in the same text: <c>the following year</c>, <c>the next day</c>, <c>the next morning</c>,
/// <c>the previous month</c>, <c>the same day</c>, <c>that month</c>, <c>the day before</c>.
/// With no earlier date they count from the anchor, unless the verb is past (then they stay unresolved).
/// </summary>
internal static class Discourse
{
    public static Match? Parse(Scan s, int i)
    {
        int first = i;
        int shift;
        int k;
        if (s.IsWord(i, "that") && s.IsUnit(i + 1, out _, out bool p0) && !p0)
        {
            (shift, k) = (0, i + 1);
        }
        else if (s.IsWord(i, "that") && s.IsWord(i + 1, "same") && s.IsUnit(i + 2, out _, out bool p2) && !p2)
        {
            (shift, k) = (0, i + 2);
        }
        else if (s.IsWord(i, "the") && s.IsClass(i + 1, WordClass.Relation))
        {
            shift = (Relation)s[i + 1].Value switch
            {
                Relation.Following or Relation.Next => 1,
                Relation.Previous => -1,
                Relation.Same => 0,
                _ => int.MinValue,
            };
            if (shift == int.MinValue) return null;
            k = i + 2;
        }
        else if (s.IsWord(i, "the") && s.IsUnit(i + 1, out _, out bool p1) && !p1 && s.IsAnyWord(i + 2, "before", "after")
                 && (!s.Has(i + 3) || s[i + 3].Kind == Tokens.TokenKind.Punct))
        {
            (shift, k) = (s.IsWord(i + 2, "before") ? -1 : 1, i + 1);
        }
        else return null;

        // "the next morning": the day after, as news annotation dates a part of a day.
        if (shift != 0 && s.IsAnyWord(k, "morning", "afternoon", "evening", "night") && s.IsWord(first, "the"))
        {
            var dayOf = s.LastDate is { Precision: TimePrecision.Day, Start: { } previous } ? TimeValue.Day(previous.AddDays(shift)) : TimeValue.Unresolved("XXXX-XX-XX", TimePrecision.Day);
            return Match.Date(first, k + 1, dayOf);
        }

        // "the next fortnight" is two weeks of time (a DURATION, as "the next two weeks"), not the week after next.
        if (!s.IsUnit(k, out var unit, out bool plural) || plural || unit is Unit.Hour or Unit.Minute or Unit.Fortnight) return null;
        int end = k + 1;
        if (s.IsAnyWord(end, "before", "after") && s.IsWord(first, "the") && !s.IsClass(first + 1, WordClass.Relation)) end++;
        // With no date before it, "the next decade" and "schedule it for the following week" count from the
        // anchor; "the following year, China joined" leans on a time the text did not date, and stays open.
        var basis = s.LastDate;
        if (basis is null && shift != 0 && s.Anchor is { } a && (unit is Unit.Decade or Unit.Century || TenseReader.Read(s, first, end) != Tense.Past))
            basis = TimeValue.Day(a);
        var value = basis switch
        {
            null => null,
            _ when shift == 0 => Same(basis, unit),
            // "Monday … the following week" is a week, not a Monday.
            { Precision: TimePrecision.Day, Start: { } day } when unit is not Unit.Day => Units.Shift(day, unit, shift),
            _ => Units.ShiftValue(basis, unit, shift),
        };
        value ??= TimeValue.Unresolved(Units.UnresolvedTimex(unit), Units.Precision(unit));
        if (unit == Unit.Decade && value.Modifier == TimeModifier.Approximate && basis?.Start is { } dd)
            value = TimeValue.Decade(((dd.Year / 10) + shift) * 10);
        return Match.Date(first, end, value);
    }

    /// <summary>
    /// <c>that year</c>, <c>the same day</c>: the previous date seen at the unit's precision. A finer unit than that
    /// date names a part of it the text does not give: "last October …, crossed out that same day" is a day of October
    /// 1998, <c>1998-10-XX</c>, not its first.
    /// </summary>
    private static TimeValue? Same(TimeValue last, Unit unit)
    {
        if (last.Start is not { } d) return null;
        if (Units.Precision(unit) <= last.Precision) return Units.Shift(d, unit, 0);
        return (last.Precision, unit) switch
        {
            (TimePrecision.Month, Unit.Day) => TimeValue.Unresolved($"{last.Timex}-XX", TimePrecision.Day),
            (TimePrecision.Year, Unit.Day) => TimeValue.Unresolved($"{last.Timex}-XX-XX", TimePrecision.Day),
            (TimePrecision.Year, Unit.Month) => TimeValue.Unresolved($"{last.Timex}-XX", TimePrecision.Month),
            _ => TimeValue.Unresolved(Units.UnresolvedTimex(unit), Units.Precision(unit)),
        };
    }
}
