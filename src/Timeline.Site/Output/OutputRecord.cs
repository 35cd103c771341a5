using System.Globalization;
using System.Text;

namespace Timeline.Site.Output;

/// <summary>
/// What Timeline wrote to an output folder, beside the <c>.timeline-files</c> list: each file's
/// SHA-256, length and modification time. A file is reused for the next build only when all three
/// still match, so a page edited by hand after the build is rewritten rather than carried over.
/// </summary>
internal sealed record OutputRecord(string Hash, long Length, long ModifiedTicks)
{
    public const string FileName = ".timeline-hashes";

    public static Dictionary<string, OutputRecord> Read(string folder)
    {
        var records = new Dictionary<string, OutputRecord>(StringComparer.Ordinal);
        string path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return records;
        foreach (string line in File.ReadLines(path))
        {
            // hash length ticks path — the path last, since it may hold spaces
            string[] parts = line.Split(' ', 4);
            if (parts.Length != 4 || parts[0].Length != 64
                || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out long length)
                || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out long ticks)) continue;
            records[parts[3]] = new OutputRecord(parts[0], length, ticks);
        }
        return records;
    }

    public static string Format(IEnumerable<KeyValuePair<string, OutputRecord>> records)
    {
        var text = new StringBuilder();
        foreach (var (path, r) in records.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            text.Append(CultureInfo.InvariantCulture, $"{r.Hash} {r.Length} {r.ModifiedTicks} {path}\n");
        return text.ToString();
    }

    /// <summary>True when the file at <paramref name="path"/> is still the one this record describes.</summary>
    public bool Describes(string path)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == Length && info.LastWriteTimeUtc.Ticks == ModifiedTicks;
    }
}
