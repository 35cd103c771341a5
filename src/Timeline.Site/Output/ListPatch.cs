namespace Timeline.Site.Output;

/// <summary>
/// Replaces the lines of a few paths in one of the output's lists (<c>.timeline-hashes</c>,
/// <c>.timeline-pages</c>: one line per path, the path last) without reading the list into a table
/// and writing it out again in order: a delta build changes a handful of lines of 60,000. The result
/// is what formatting the whole list would give, since the set of paths and so the order are unchanged.
/// </summary>
internal static class ListPatch
{
    /// <summary>
    /// <paramref name="list"/> with the line of each path replaced by <c>prefix path</c>, or null when a path has no line, or
    /// more than one. <paramref name="isPrefix"/> tells a real line's beginning (a hash, a length) from text inside a path.
    /// </summary>
    public static string? Replace(string list, IReadOnlyDictionary<string, string> prefixes, Func<string, bool> isPrefix)
    {
        foreach (var (path, prefix) in prefixes)
        {
            string tail = " " + path + "\n";
            int found = -1, lineStart = -1;
            for (int at = list.IndexOf(tail, StringComparison.Ordinal); at >= 0; at = list.IndexOf(tail, at + 1, StringComparison.Ordinal))
            {
                int start = at == 0 ? 0 : list.LastIndexOf('\n', at - 1) + 1;
                if (!isPrefix(list[start..at])) continue;
                if (found >= 0) return null;
                (found, lineStart) = (at, start);
            }
            if (found < 0) return null;
            list = string.Concat(list.AsSpan(0, lineStart), prefix, list.AsSpan(found));
        }
        return list;
    }

    /// <summary>A hash in lower-case hex (<see cref="ContentHash"/>): the start of a line of <c>.timeline-pages</c>.</summary>
    public static bool IsFingerprint(string prefix) => ContentHash.IsHex(prefix);

    /// <summary>A hash and a length: the start of a line of <c>.timeline-hashes</c>.</summary>
    public static bool IsRecord(string prefix) =>
        prefix.Length > ContentHash.HexLength + 1 && prefix[ContentHash.HexLength] == ' '
        && ContentHash.IsHex(prefix.AsSpan(0, ContentHash.HexLength)) && prefix[(ContentHash.HexLength + 1)..].All(char.IsAsciiDigit);
}
