namespace Timeline.Core.Sources;

/// <summary>English month names and their usual abbreviations (<c>Sept</c> included), as metadata and datelines write them.</summary>
internal static class MonthNames
{
    private static readonly string[] Full =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>1 to 12, or 0 when <paramref name="name"/> is no month.</summary>
    public static int Parse(string name)
    {
        string lower = name.Trim().TrimEnd('.').ToLowerInvariant();
        if (lower.Length < 3) return 0;
        if (lower == "sept") return 9;
        for (int i = 0; i < Full.Length; i++)
            if (Full[i] == lower || (lower.Length == 3 && Full[i].StartsWith(lower, StringComparison.Ordinal))) return i + 1;
        return 0;
    }
}
