using Timeline.Temporal;

namespace Timeline.Core.Events;

/// <summary>Which recognized dates date a statement, and which only look like dates for the timeline's purpose.</summary>
internal static class StatementFilter
{
    /// <summary>
    /// Dates and ranges, except: lengths of time (<c>four decades</c>), vague references
    /// (<c>recently</c>, <c>now</c>), a dateline left in the text (<c>July 28 —</c> at its start), and a year
    /// that is part of a name (<c>Expo 2020</c>, <c>Vision-2030</c>).
    /// </summary>
    public static bool IsEventDate(string text, TemporalMention m)
    {
        if (m.Kind is not (MentionKind.Date or MentionKind.DateRange)) return false;
        if (m.Value.Timex.StartsWith("PAST_REF", StringComparison.Ordinal) || m.Value.Timex.StartsWith("PRESENT_REF", StringComparison.Ordinal)
            || m.Value.Timex.StartsWith("FUTURE_REF", StringComparison.Ordinal)) return false;
        if (IsDateline(text, m)) return false;
        return !IsYearInName(text, m);
    }

    /// <summary>A relative date that is only approximate (<c>seven decades ago</c>) points back at something told better elsewhere.</summary>
    public static bool IsWeak(TemporalMention m) => m.Value.Modifier == TimeModifier.Approximate && !m.Text.AsSpan().ContainsAnyInRange('0', '9');

    private static bool IsDateline(string text, TemporalMention m)
    {
        if (m.Start > 80 || text.AsSpan(0, m.Start).ContainsAny('.', '\n')) return false;
        int after = m.End;
        while (after < text.Length && text[after] == ' ') after++;
        return after < text.Length && text[after] is ':' or '—' or '–' or '-';
    }

    // A bare year glued to a capitalised word before it ("Expo 2020", "Interaction-2023"): the
    // name's, not a date. "the 1951 Refugee Convention" has the year first and is a date.
    private static bool IsYearInName(string text, TemporalMention m)
    {
        if (m.Length != 4 || m.Text.AsSpan().ContainsAnyExceptInRange('0', '9') || m.Start < 2) return false;
        char sep = text[m.Start - 1];
        if (sep is not (' ' or '-' or '/')) return false;
        int end = m.Start - 1, start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        if (start == end || !char.IsUpper(text[start])) return false;
        // Sentence-initial words, months and prepositions are not names.
        if (start == 0 || text.AsSpan(0, start).TrimEnd().EndsWith(".")) return false;
        string word = text[start..end];
        return !Months.Contains(word) && !IsCommonCapitalised(word);
    }

    private static bool IsCommonCapitalised(string word) => word is "In" or "By" or "Since" or "Until" or "From" or "Before" or "After" or "Of" or "The";

    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Spring", "Summer", "Autumn", "Fall", "Winter",
    };
}
