using Timeline.Temporal.Lexicon;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Grammar;

/// <summary>
/// A known count of calendar units, possibly compound (<c>3 days</c>, <c>2 weeks</c>, <c>5 years 1 month 12 days</c>,
/// <c>3year</c>), as years, months and days to add to a day. Counts the text leaves open (<c>a few days</c>) are not read.
/// </summary>
internal readonly record struct Counted(int Years, int Months, int Days, Unit Unit, int Tokens)
{
    private const int MaxCount = 5000;

    public static bool IsCalendarUnit(Unit unit) => unit is Unit.Day or Unit.Week or Unit.Fortnight or Unit.Month or Unit.Year;

    public static Counted Of(Unit unit, int n, int tokens)
    {
        int years = 0, months = 0, days = 0;
        Accumulate(unit, n, ref years, ref months, ref days);
        return new Counted(years, months, days, unit, tokens);
    }

    /// <summary>True when a known count can start at <paramref name="i"/>: a number, a number word, or "couple". A cheap test before reading.</summary>
    public static bool MayStart(Scan s, int i) =>
        s.Has(i) && (s[i].Kind == TokenKind.Number || s[i].Kind == TokenKind.Word && (s[i].Class == WordClass.NumberWord || s.IsWord(i, "couple")));

    /// <summary>Reads a count and unit at <paramref name="i"/>, then any further "N unit" after an optional comma or "and".</summary>
    public static bool Read(Scan s, int i, out Counted counted, out int end)
    {
        counted = default;
        end = i;
        if (!MayStart(s, i)) return false;
        int n = Quantities.Read(s, i, out int k);
        // "the next couple of weeks": two.
        if (n < 0 && s.IsWord(i, "couple")) (n, k) = (2, s.IsWord(i + 1, "of") ? i + 2 : i + 1);
        // "3year", "5days": chat glues the count to its unit.
        if (n < 0 && s.Has(i) && s[i].Kind == TokenKind.Number && s[i].Value is > 0 and <= MaxCount && s[i].Digits <= 4
            && s.IsClass(i + 1, WordClass.Unit) && s.IsGlued(i + 1) && !s.IsGlued(i)) (n, k) = (s[i].Value, i + 1);
        if (n <= 0 || !s.IsUnit(k, out var unit, out _) || !IsCalendarUnit(unit)) return false;
        int years = 0, months = 0, days = 0;
        end = k + 1;
        while (CompoundPart(s, end, out int n2, out var unit2, out int end2) && IsCalendarUnit(unit2))
        {
            if (!Accumulate(unit, n, ref years, ref months, ref days)) return false;
            (n, unit, end) = (n2, unit2, end2);
        }

        if (!Accumulate(unit, n, ref years, ref months, ref days)) return false;
        counted = new Counted(years, months, days, unit, end - i);
        return true;
    }

    public CalendarDate AddTo(CalendarDate day) => day.AddYears(Years).AddMonths(Months).AddDays(Days);

    public CalendarDate SubtractFrom(CalendarDate day) => day.AddYears(-Years).AddMonths(-Months).AddDays(-Days);

    /// <summary>A further count and unit after an optional comma or "and": "21 days" in "1 month, 21 days ago".</summary>
    public static bool CompoundPart(Scan s, int i, out int n, out Unit unit, out int end)
    {
        unit = default;
        end = i;
        n = -1;
        if (s.IsPunct(i, ',') || s.IsWord(i, "and")) i++;
        bool count = s.Has(i) && s[i].Kind == TokenKind.Number || s.IsClass(i, WordClass.NumberWord) && !s.IsAnyWord(i, "a", "an");
        if (!count) return false;
        n = Quantities.Read(s, i, out int k);
        if (n <= 0 || !s.IsUnit(k, out unit, out _)) return false;
        end = k + 1;
        return true;
    }

    public static bool Accumulate(Unit unit, int n, ref int years, ref int months, ref int days)
    {
        if (n > MaxCount) return false;
        switch (unit)
        {
            case Unit.Year: years += n; return true;
            case Unit.Month: months += n; return true;
            case Unit.Fortnight: days += 14 * n; return true;
            case Unit.Week: days += 7 * n; return true;
            case Unit.Day: days += n; return true;
            default: return false;
        }
    }
}
