using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Rules;

/// <summary>
/// Seasons, quarters and halves of a year: <c>summer 2022</c>, <c>the summer of 2022</c>, <c>Q3 2022</c>,
/// <c>the third quarter of 2022</c>, <c>the first half of 2023</c>, <c>first-quarter</c>, and, placed
/// by the anchor, <c>this summer</c>, <c>last spring</c>, <c>the fourth quarter</c>.
/// </summary>
internal static class YearParts
{
    public static Match? Parse(Scan s, int i) => SeasonOf(s, i) ?? QuarterCode(s, i) ?? OrdinalPart(s, i) ?? LatestQuarter(s, i);

    /// <summary>
    /// <c>the quarter</c>, <c>the latest quarter</c>: in business news, the last quarter reported on, which is
    /// the last one completed before the article unless the verb is future.
    /// </summary>
    private static Match? LatestQuarter(Scan s, int i)
    {
        if (!s.IsWord(i, "the")) return null;
        int j = i + 1;
        if (s.IsAnyWord(j, "latest", "recent", "fiscal")) j++;
        else if (s.IsWord(j, "most") && s.IsWord(j + 1, "recent")) j += 2;
        if (!s.IsWord(j, "quarter") || s.IsWord(j + 1, "of") || s.IsDash(j + 1) || s.IsAnyWord(j + 1, "century", "mile", "inch", "point", "percent")) return null;
        if (s.Anchor is not { } a) return Match.Date(i, j + 1, TimeValue.Unresolved("XXXX-QX", TimePrecision.Quarter));
        var day = TenseReader.Read(s, i, j + 1) == Tense.Future ? a : a.AddMonths(-3);
        return Match.Date(i, j + 1, TimeValue.Quarter(day.Year, (day.Month - 1) / 3 + 1));
    }

    private static Match? SeasonOf(Scan s, int i)
    {
        int first = i;
        int j = i;
        int direction = int.MinValue;
        if (s.IsClass(j, WordClass.Relation) && s[j].Value is (int)Relation.This or (int)Relation.Last or (int)Relation.Next or (int)Relation.Current or (int)Relation.Past or (int)Relation.Coming)
        {
            direction = s[j].Value switch { (int)Relation.Last or (int)Relation.Past => -1, (int)Relation.Next or (int)Relation.Coming => 1, _ => 0 };
            j++;
        }
        else if (s.IsWord(j, "the")) j++;

        if (!s.IsClass(j, WordClass.Season)) return null;
        var season = (Season)s[j].Value;
        int k = j + 1;
        if (direction == int.MinValue)
        {
            int y = YearAfterPart(s, k, out int end);
            if (y > 0) return Match.Date(first, end, TimeValue.Season(y, season));
            // A bare season needs a determiner or a preposition: "spring" and "fall" are common words.
            bool lead = j > first || s.IsAnyWord(i - 1, "in", "during", "this", "by", "until", "since", "early", "late", "mid", "through");
            if (!lead) return null;
            direction = 0;
        }

        if (s.Anchor is not { } anchor) return Match.Date(first, k, TimeValue.Unresolved("XXXX-" + Code(season), TimePrecision.Season));
        // "this summer" is the anchor's own; a bare "the summer" leans on the tense.
        var tense = j > first && s.IsClass(first, WordClass.Relation) ? Tense.Unknown : TenseReader.Read(s, first, k);
        int year = Anchoring.YearOfSeason(anchor, season, direction, tense);
        return Match.Date(first, k, TimeValue.Season(year, season));
    }

    /// <summary><c>Q3 2022</c>, <c>H1 2023</c>, <c>Q3</c>.</summary>
    private static Match? QuarterCode(Scan s, int i)
    {
        if (!s.Has(i + 1) || s[i].Kind != TokenKind.Word || s[i].Length != 1 || !s[i + 1].IsNumber || !s[i + 1].Glued) return null;
        char c = char.ToUpperInvariant(s.Text[s[i].Start]);
        int n = s[i + 1].Value;
        int parts = c switch { 'Q' when n is >= 1 and <= 4 => 4, 'H' when n is 1 or 2 => 2, _ => 0 };
        if (parts == 0 || s.IsGlued(i) && s.Has(i - 1) && s[i - 1].Kind != TokenKind.Punct) return null;
        if (s.IsGlued(i + 2) && s.Has(i + 2) && !s.IsPunct(i + 2, ',') && !s.IsPunct(i + 2, '.') && !(s.IsDash(i + 2) && s.IsGlued(i + 3) && s.FourDigitYear(i + 3) > 0)) return null;
        int year = YearAfterPart(s, i + 2, out int end);
        if (year > 0) return Match.Date(i, end, Part(year, n, parts));
        // "2016 Q3", "2017-q1": the year before it is the Year-first rule's.
        if (s.FourDigitYear(i - 1) > 0 && !s.IsGlued(i) || s.IsDash(i - 1) && s.IsGlued(i) && s.FourDigitYear(i - 2) > 0) return null;
        year = ThisYearAfter(s, i + 2, out end);
        if (year > 0) return Match.Date(i, end, Part(year, n, parts));
        return Relative(s, i, i + 2, n, parts);
    }

    /// <summary><c>the third quarter of 2022</c>, <c>the first half</c>, <c>first-quarter</c>.</summary>
    private static Match? OrdinalPart(Scan s, int i)
    {
        int first = i;
        int j = s.SkipThe(i);
        int n = s.IsClass(j, WordClass.OrdinalWord) ? s[j].Value : s.Has(j) && s[j].Kind == TokenKind.Ordinal ? s[j].Value : -1;
        // "the last half of 1989", "the final quarter of 2022": the last part, when a year follows.
        bool last = n < 1 && j > first && s.IsAnyWord(j, "last", "final") && s.IsWord(j + 2, "of") && s.FourDigitYear(j + 3) > 0;
        if (last) n = s.IsWord(j + 1, "half") ? 2 : 4;
        if (n < 1) return null;
        int k = j + 1;
        if (s.IsDash(k) && s.IsGlued(k)) k++;
        if (!s.IsUnit(k, out var unit, out bool plural) || plural || unit is not (Unit.Quarter or Unit.Half)) return null;
        int parts = unit == Unit.Quarter ? 4 : 2;
        if (n > parts) return null;
        int end = k + 1;
        int year = -1;
        int yearEnd = end;
        if (s.IsWord(end, "of") || s.IsPunct(end, ','))
        {
            year = Years.At(s, end + 1, out yearEnd);
            if (year < 0 && s.IsWord(end, "of") && s.IsAnyWord(end + 1, "this", "last", "next") && s.IsWord(end + 2, "year") && s.Anchor is { } a)
            {
                year = a.Year + (s.IsWord(end + 1, "last") ? -1 : s.IsWord(end + 1, "next") ? 1 : 0);
                yearEnd = end + 3;
            }
        }
        else
        {
            year = s.FourDigitYear(end);
            yearEnd = end + 1;
            if (year < 0) year = ThisYearAfter(s, end, out yearEnd);
        }

        if (year > 0) return Match.Date(first, yearEnd, Part(year, n, parts));
        // "half" and "quarter" without "the" are usually fractions ("a quarter of the vote").
        if (j == first && !(s.IsDash(j + 1) && s.IsGlued(j + 1)) && !s.IsAnyWord(first - 1, "its", "their", "his", "her", "our", "fiscal", "in", "during", "for", "s")) return null;
        return Relative(s, first, end, n, parts);
    }

    private static Match Relative(Scan s, int first, int end, int n, int parts)
    {
        if (s.Anchor is not { } anchor)
            return Match.Date(first, end, TimeValue.Unresolved(parts == 4 ? $"XXXX-Q{n}" : $"XXXX-H{n}", parts == 4 ? TimePrecision.Quarter : TimePrecision.Half));
        int year = Anchoring.YearOfPart(anchor, n, parts, TenseReader.Read(s, first, end));
        return Match.Date(first, end, Part(year, n, parts));
    }

    private static int YearAfterPart(Scan s, int k, out int end)
    {
        end = k;
        // "q1-2019": the glued year is the quarter's (the number vetoes would read "1-2019" as a code).
        if (s.IsDash(k) && s.IsGlued(k) && s.IsGlued(k + 1) && s.FourDigitYear(k + 1) is var glued and > 0 && !(s.IsGlued(k + 2) && s.Has(k + 2) && s[k + 2].Kind != TokenKind.Punct))
        {
            end = k + 2;
            return glued;
        }

        int j = s.IsWord(k, "of") || s.IsPunct(k, ',') ? k + 1 : k;
        int y = Years.At(s, j, out int yearEnd);
        if (y < 0) return -1;
        end = yearEnd;
        return y;
    }

    /// <summary><c>this year</c>, <c>last year</c>, <c>next year</c> right after a part (<c>Q3 this year</c>): the year, or -1.</summary>
    private static int ThisYearAfter(Scan s, int k, out int end)
    {
        end = k;
        if (s.Anchor is not { } a || !s.IsAnyWord(k, "this", "last", "next") || !s.IsWord(k + 1, "year")) return -1;
        end = k + 2;
        return a.Year + (s.IsWord(k, "last") ? -1 : s.IsWord(k, "next") ? 1 : 0);
    }

    private static TimeValue Part(int year, int n, int parts) => parts == 4 ? TimeValue.Quarter(year, n) : TimeValue.Half(year, n);

    internal static string Code(Season season) => season switch
    {
        Season.Spring => "SP",
        Season.Summer => "SU",
        Season.Fall => "FA",
        _ => "WI",
    };
}
