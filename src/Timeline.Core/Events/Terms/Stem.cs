namespace Timeline.Core.Events.Terms;

/// <summary>
/// A light English stemmer for matching, not for display: possessives and common inflections off,
/// so that <c>delegations</c> meets <c>delegation</c> and <c>Russia's</c> meets <c>Russia</c>.
/// Related forms with different endings (<c>invaded</c>, <c>invasion</c>; <c>Russia</c>, <c>Russian</c>)
/// meet through <see cref="Same"/>.
/// </summary>
internal static class Stem
{
    public static string Of(string word)
    {
        string w = word.ToLowerInvariant().Replace('’', '\'').Replace('`', '\'');
        int apostrophe = w.IndexOf('\'', StringComparison.Ordinal);
        if (apostrophe > 0) w = w[..apostrophe];
        foreach (string suffix in Suffixes)
        {
            if (w.Length - suffix.Length >= 4 && w.EndsWith(suffix, StringComparison.Ordinal)) return w[..^suffix.Length];
        }
        return w;
    }

    private static readonly string[] Suffixes = ["ations", "ation", "ings", "ing", "ies", "ied", "ions", "ion", "ed", "es", "s"];

    /// <summary>
    /// Two stems meet when equal, or when they share a prefix of at least four letters that leaves at
    /// most two letters of the shorter and three of the longer (<c>invad</c>/<c>invas</c>,
    /// <c>russia</c>/<c>russian</c>, <c>china</c>/<c>chinese</c>; not <c>state</c>/<c>statement</c>).
    /// </summary>
    public static bool Same(string a, string b)
    {
        if (a == b) return true;
        int shorter = Math.Min(a.Length, b.Length);
        if (shorter < 4) return false;
        int common = 0;
        while (common < shorter && a[common] == b[common]) common++;
        return common >= 4 && shorter - common <= 2 && Math.Max(a.Length, b.Length) - common <= 3;
    }
}
