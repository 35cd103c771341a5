using Timeline.Temporal.Grammar;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Rules;

/// <summary>
/// Named days: <c>Christmas</c>, <c>New Year's Eve</c>, <c>Thanksgiving Day</c>, <c>Easter Sunday 2018</c>,
/// <c>Father's Day of 2015</c>, <c>Election Day</c>; <c>Easter week</c> is the ISO week holding it. Placed in an
/// explicit year, or by the anchor like any year-less day.
/// </summary>
internal static class Holidays
{
    /// <summary>How a holiday falls: a fixed day, the nth weekday of a month (n = -1: the last), or days from Easter.</summary>
    /// <param name="Shared">A name many countries give their own day (<c>Independence Day</c>): the United States' unless a country is named before it.</param>
    /// <param name="NeedsTimePreposition">A name that is the day only right after "before", "after", "until", "till" or "since" (<c>5 days before new year</c>; "the new year" alone is as often the year to come).</param>
    /// <param name="NeedsYear">A name that is a holiday only with a year after it (<c>saint patrick 2020</c>; "St. Patrick" alone is the saint).</param>
    internal sealed record Holiday(string[] Words, int Month, int Day, DayOfWeek Weekday = default, int Nth = 0, int EasterOffset = int.MinValue, bool NeedsCapital = false, bool NeedsYear = false, bool Shared = false, bool NeedsTimePreposition = false);

    private static readonly Holiday[] Table =
    [
        new(["christmas", "eve"], 12, 24),
        new(["christmas", "day"], 12, 25),
        new(["christmas"], 12, 25),
        new(["boxing", "day"], 12, 26),
        new(["new", "year", "eve"], 12, 31),
        new(["new", "years", "eve"], 12, 31),
        new(["new", "year", "day"], 1, 1),
        new(["new", "years", "day"], 1, 1),
        new(["new", "year"], 1, 1, NeedsTimePreposition: true),
        new(["new", "years"], 1, 1, NeedsTimePreposition: true),
        new(["halloween"], 10, 31),
        new(["valentine", "day"], 2, 14),
        new(["valentines", "day"], 2, 14),
        new(["st", "patrick", "day"], 3, 17),
        new(["saint", "patrick", "day"], 3, 17),
        new(["st", "patrick"], 3, 17, NeedsYear: true),
        new(["saint", "patrick"], 3, 17, NeedsYear: true),
        new(["earth", "day"], 4, 22),
        new(["may", "day"], 5, 1, NeedsCapital: true),
        new(["veterans", "day"], 11, 11),
        new(["thanksgiving", "day"], 11, 0, DayOfWeek.Thursday, 4),
        new(["thanks", "giving", "day"], 11, 0, DayOfWeek.Thursday, 4),
        new(["thanksgiving"], 11, 0, DayOfWeek.Thursday, 4),
        new(["black", "friday"], 11, 0, DayOfWeek.Thursday, 4, EasterOffset: 1),
        new(["cyber", "monday"], 11, 0, DayOfWeek.Thursday, 4, EasterOffset: 4),
        new(["juneteenth"], 6, 19),
        new(["independence", "day"], 7, 4, Shared: true),
        new(["international", "workers", "day"], 5, 1),
        new(["int", "l", "workers", "day"], 5, 1),
        new(["yuandan"], 1, 1, NeedsCapital: true),
        new(["memorial", "day"], 5, 0, DayOfWeek.Monday, -1),
        new(["labor", "day"], 9, 0, DayOfWeek.Monday, 1),
        new(["martin", "luther", "king", "day"], 1, 0, DayOfWeek.Monday, 3),
        new(["mlk", "day"], 1, 0, DayOfWeek.Monday, 3),
        new(["presidents", "day"], 2, 0, DayOfWeek.Monday, 3),
        new(["mother", "day"], 5, 0, DayOfWeek.Sunday, 2),
        new(["mothers", "day"], 5, 0, DayOfWeek.Sunday, 2),
        new(["father", "day"], 6, 0, DayOfWeek.Sunday, 3),
        new(["fathers", "day"], 6, 0, DayOfWeek.Sunday, 3),
        new(["easter", "sunday"], 0, 0, EasterOffset: 0),
        new(["easter", "monday"], 0, 0, EasterOffset: 1),
        new(["easter"], 0, 0, EasterOffset: 0, NeedsCapital: true),
        new(["good", "friday"], 0, 0, EasterOffset: -2, NeedsCapital: true),
        // The Tuesday after the first Monday of November, as the United States votes.
        new(["election", "day"], 11, 0, DayOfWeek.Monday, 1, EasterOffset: 1, NeedsCapital: true),
    ];

    // The holidays by first word, in table order: "the", "from" and the other starters find no entry
    // with one lookup instead of a walk over the whole table.
    private static readonly Dictionary<string, Holiday[]> ByFirstWord = Table
        .GroupBy(h => h.Words[0], StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, Holiday[]>.AlternateLookup<ReadOnlySpan<char>> ByFirstSpan =
        ByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();

    public static Match? Parse(Scan s, int i)
    {
        // Every holiday starts on a lexicon starter word ("christmas", "cyber") or "may": skip the table walk for any other token.
        if (!s.Has(i) || s[i].Kind != TokenKind.Word || s[i].Class is not (Lexicon.WordClass.Starter or Lexicon.WordClass.AmbiguousMonth)) return null;
        if (!ByFirstSpan.TryGetValue(s.Span(i), out var candidates)) return null;
        foreach (var h in candidates)
        {
            int end = MatchWords(s, i, h.Words);
            if (end < 0) continue;
            // "easter 2018" needs no capital: the year says which easter.
            bool yearAfter = Years.At(s, s.IsWord(end, "of") || s.IsPunct(end, ',') ? end + 1 : end, out _) > 0;
            if (h.NeedsCapital && !s[i].Capitalized && !yearAfter || h.NeedsYear && !yearAfter) continue;
            if (h.Shared && NamesCountry(s, i - 1)) return null;
            if (h.NeedsTimePreposition && !s.IsAnyWord(i - 1, "before", "after", "until", "till", "since")) continue;
            // "Easter Island", "Christmas Tree Lane": a one-word holiday starting a longer name.
            if (h.Words.Length == 1 && s.Has(end) && s[end].Kind == TokenKind.Word && s[end].Capitalized && !s[end].Glued && s[end].Class == Lexicon.WordClass.None) return null;
            var day = Resolve(s, i, end, h);
            // "Easter week", "Christmas week": the ISO week holding the day.
            if (day is not null && s.IsWord(day.End, "week"))
                return Match.Date(i, day.End + 1, day.Value.Start is { } d ? TimeValue.WeekOf(d) : TimeValue.Unresolved("XXXX-WXX", TimePrecision.Week));
            return day;
        }

        return null;
    }

    /// <summary>"India's Independence Day", "Mexican Independence Day", "the Ukrainian independence day": another country's.</summary>
    private static bool NamesCountry(Scan s, int i)
    {
        if (!s.Has(i)) return false;
        if (s.IsWord(i, "s") && s.IsGlued(i) && (s.IsPunct(i - 1, '\'') || s.IsPunct(i - 1, '’'))) return true;
        // A capitalized word that does not open the sentence ("On", "Happy" do).
        return s[i].Kind == TokenKind.Word && s[i].Capitalized && s[i].Class == Lexicon.WordClass.None && i > 0 && !s.IsPunct(i - 1, '.') && !s.IsPunct(i - 1, '!') && !s.IsPunct(i - 1, '?');
    }

    /// <summary>The words in order, each optionally followed by <c>'s</c>; returns the end or -1.</summary>
    private static int MatchWords(Scan s, int i, string[] words)
    {
        int j = i;
        foreach (string w in words)
        {
            if (!s.IsWord(j, w)) return -1;
            j++;
            if ((s.IsPunct(j, '\'') || s.IsPunct(j, '’')) && s.IsGlued(j))
            {
                j++;
                if (s.IsWord(j, "s") && s.IsGlued(j)) j++;
            }
        }

        return j;
    }

    private static Match? Resolve(Scan s, int first, int end, Holiday h)
    {
        int j = s.IsWord(end, "of") || s.IsPunct(end, ',') ? end + 1 : end;
        int year = Years.At(s, j, out int yearEnd);
        if (year > 0) return Match.Date(first, yearEnd, TimeValue.Day(DateIn(h, year)));
        if (s.IsAnyWord(j, "this", "next", "last") && s.IsWord(j + 1, "year") && s.Anchor is { } a0)
        {
            int shift = s.IsWord(j, "next") ? 1 : s.IsWord(j, "last") ? -1 : 0;
            return Match.Date(first, j + 2, TimeValue.Day(DateIn(h, a0.Year + shift)));
        }

        if (s.Anchor is not { } anchor) return Match.Date(first, end, TimeValue.Unresolved(UnknownYear(h), TimePrecision.Day));
        var candidate = DateIn(h, anchor.Year);
        int y = Anchoring.YearOfDay(anchor, candidate.Month, candidate.Day, TenseReader.Read(s, first, end));
        return Match.Date(first, end, TimeValue.Day(DateIn(h, y)));
    }

    /// <summary>The holiday named at <paramref name="i"/> in any case (after "last", "next": <c>last easter</c>), or null.</summary>
    internal static Holiday? Find(Scan s, int i, out int end)
    {
        end = i;
        if (!s.Has(i) || s[i].Kind != TokenKind.Word || s[i].Class is not (Lexicon.WordClass.Starter or Lexicon.WordClass.AmbiguousMonth)) return null;
        foreach (var h in Table)
        {
            if (h.NeedsYear || h.NeedsTimePreposition || h.Words[0] == "may") continue;
            end = MatchWords(s, i, h.Words);
            if (end < 0) continue;
            // "next Easter Island trip": a one-word holiday starting a longer name.
            if (h.Words.Length == 1 && s.Has(end) && s[end].Kind == TokenKind.Word && s[end].Capitalized && s[end].Class == Lexicon.WordClass.None) break;
            return h;
        }

        end = i;
        return null;
    }

    internal static CalendarDate DateIn(Holiday h, int year)
    {
        if (h.Nth != 0)
        {
            var d = NthWeekday(year, h.Month, h.Weekday, h.Nth);
            return h.EasterOffset != int.MinValue ? d.AddDays(h.EasterOffset) : d;
        }

        if (h.EasterOffset != int.MinValue) return Easter(year).AddDays(h.EasterOffset);
        return new CalendarDate(year, h.Month, h.Day);
    }

    internal static CalendarDate NthWeekday(int year, int month, DayOfWeek weekday, int nth)
    {
        if (nth < 0)
        {
            var last = new CalendarDate(year, month, CalendarDate.DaysInMonth(year, month));
            return last.AddDays(-(((int)last.DayOfWeek - (int)weekday + 7) % 7));
        }

        var first = new CalendarDate(year, month, 1);
        return first.AddDays(((int)weekday - (int)first.DayOfWeek + 7) % 7 + 7L * (nth - 1));
    }

    /// <summary>Western Easter Sunday (the anonymous Gregorian algorithm).</summary>
    private static CalendarDate Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return new CalendarDate(year, month, day);
    }

    private static string UnknownYear(Holiday h) =>
        h.Nth > 0 && h.EasterOffset == int.MinValue ? $"XXXX-{h.Month:D2}-WXX-{((int)h.Weekday + 6) % 7 + 1}-{h.Nth}"
        : h.Day > 0 ? $"XXXX-{h.Month:D2}-{h.Day:D2}"
        : "XXXX-XX-XX";
}
