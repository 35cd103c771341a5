using System.Text;

namespace Timeline.Site.Output;

/// <summary>
/// <c>.timeline-pages</c> in the output folder: for each page, a SHA-256 of everything its render
/// read (its view values, the templates, the code). A page whose fingerprint is unchanged is
/// carried over without rendering. A list that is missing or does not parse in full is ignored as
/// a whole, so every page is rendered again.
/// </summary>
internal static class PageFingerprints
{
    public const string FileName = ".timeline-pages";
    // Version 2: fingerprints are XxHash128 (version 1, SHA-256). A list of another version is not read.
    internal const string Header = "timeline-pages 2";

    public static Dictionary<string, string> Read(string folder)
    {
        var fingerprints = new Dictionary<string, string>(StringComparer.Ordinal);
        string path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return fingerprints;
        using var lines = File.ReadLines(path).GetEnumerator();
        if (!lines.MoveNext() || lines.Current != Header) return fingerprints;
        while (lines.MoveNext())
        {
            // fingerprint path — the path last, since it may hold spaces
            string line = lines.Current;
            const int at = ContentHash.HexLength;
            if (line.Length < at + 2 || line[at] != ' ' || !ContentHash.IsHex(line.AsSpan(0, at)) || !fingerprints.TryAdd(line[(at + 1)..], line[..at]))
                return [];
        }
        return fingerprints;
    }

    public static string Format(IEnumerable<KeyValuePair<string, string>> fingerprints)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var (path, fingerprint) in fingerprints.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            text.Append(fingerprint).Append(' ').Append(path).Append('\n');
        return text.ToString();
    }
}
