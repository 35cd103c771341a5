using System.Globalization;
using Timeline.Temporal;

namespace Timeline.Core.Corpus;

/// <summary>
/// Writes a story's date the many ways news prose does: absolute days, months and years, ranges,
/// and expressions relative to the article's own date (which resolve back to the same day).
/// </summary>
internal static class DatePhrases
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Month(int month) => Vocabulary.Months[month - 1];

    /// <summary>A phrase naming when <paramref name="story"/> happened, as written on <paramref name="published"/>.</summary>
    public static string For(Story story, CalendarDate published, Pcg32 random)
    {
        var d = story.Date;
        if (story.Days > 1) return Range(d, d.AddDays(story.Days - 1), random);

        long daysBefore = published.DayNumber - d.DayNumber;
        int choice = random.Below(10);
        if (choice < 3 && daysBefore is >= 0 and <= 6) return Relative(d, daysBefore);
        if (choice == 3 && published.Year - d.Year == 1) return "last year";
        if (choice == 3 && published.Year - d.Year is >= 2 and <= 12) return $"{Vocabulary.NumberWords[published.Year - d.Year]} years ago";
        return random.Below(6) switch
        {
            0 => $"on {Month(d.Month)} {d.Day}, {d.Year}",
            1 => $"on {d.Day} {Month(d.Month)} {d.Year}",
            2 => $"on {d.DayOfWeek}, {Month(d.Month)} {d.Day}, {d.Year}",
            3 => $"in {Month(d.Month)} {d.Year}",
            4 => $"in {d.Year}",
            _ => string.Create(Invariant, $"on {d.Year:0000}-{d.Month:00}-{d.Day:00}"),
        };
    }

    private static string Relative(CalendarDate d, long daysBefore) => daysBefore switch
    {
        0 => "today",
        1 => "yesterday",
        _ => $"on {d.DayOfWeek}",
    };

    private static string Range(CalendarDate first, CalendarDate last, Pcg32 random)
    {
        if (first.Month != last.Month || first.Year != last.Year)
            return $"from {Month(first.Month)} {first.Day} to {Month(last.Month)} {last.Day}, {last.Year}";
        return random.Below(3) switch
        {
            0 => $"from the {Vocabulary.Ordinals[first.Day]} to the {Vocabulary.Ordinals[last.Day]} of {Month(first.Month)} {first.Year}",
            1 => $"from {Month(first.Month)} {first.Day} to {Month(last.Month)} {last.Day}, {last.Year}",
            _ => $"between {Month(first.Month)} {first.Day} and {last.Day}, {first.Year}",
        };
    }

    /// <summary>A duration or a period, which a recognizer must see but which dates no single event.</summary>
    public static string Background(Pcg32 random, int year) => random.Below(6) switch
    {
        0 => $"for {Vocabulary.NumberWords[random.Between(2, 12)]} years",
        1 => "over the past decade",
        2 => $"in the {year / 10 * 10}s",
        3 => $"for {Vocabulary.NumberWords[random.Between(2, 9)]} weeks",
        4 => $"since {year}",
        _ => $"between {year} and {year + random.Between(1, 6)}",
    };
}
