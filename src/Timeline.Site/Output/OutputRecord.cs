using System.Runtime.CompilerServices;
using System.Globalization;
using System.Text;

namespace Timeline.Site.Output;

/// <summary>
/// What Timeline wrote to an output folder, beside the <c>.timeline-files</c> list: each file's
/// hash (<see cref="ContentHash"/>) and length. A file is reused for the next build only when its length still matches and
/// it was not modified after this list was written, or, when it was, its bytes still have the hash; so a page edited by
/// hand after the build is rewritten rather than carried over. No times are stored, so the list is as deterministic as the site.
/// </summary>
internal sealed record OutputRecord(string Hash, long Length)
{
    public const string FileName = ".timeline-hashes";
    // Version 2 hashes with XxHash128; version 1 (no header line) had SHA-256. A list of another version is not read.
    internal const string Header = "timeline-hashes 2";

    /// <summary>The record of a file with <paramref name="content"/>.</summary>
    public static OutputRecord Of(ReadOnlySpan<byte> content) => new(ContentHash.Hex(content), content.Length);

    /// <summary>What the list's line for a file holds before its path.</summary>
    public string Prefix => string.Create(CultureInfo.InvariantCulture, $"{Hash} {Length}");

    /// <summary>The record a line of the list holds before its path (<see cref="OutputList.AfterRecord"/>): <c>hash length </c>.</summary>
    internal static OutputRecord FromPrefix(ReadOnlySpan<byte> prefix)
    {
        int digits = ContentHash.HexLength + 1;
        long length = 0;
        foreach (byte b in prefix[digits..^1]) length = length * 10 + (b - '0');
        return new OutputRecord(Encoding.ASCII.GetString(prefix[..ContentHash.HexLength]), length);
    }

    public static Dictionary<string, OutputRecord> Read(string folder)
    {
        var records = new Dictionary<string, OutputRecord>(StringComparer.Ordinal);
        string path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return records;
        using var lines = File.ReadLines(path).GetEnumerator();
        if (!lines.MoveNext() || lines.Current != Header) return records;
        while (lines.MoveNext())
        {
            // hash length path — the path last, since it may hold spaces
            string[] parts = lines.Current.Split(' ', 3);
            if (parts.Length != 3 || !ContentHash.IsHex(parts[0])
                || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out long length)) continue;
            records[parts[2]] = new OutputRecord(parts[0], length);
        }
        return records;
    }

    public static string Format(IEnumerable<KeyValuePair<string, OutputRecord>> records)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var (path, r) in records.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            text.Append(r.Prefix).Append(' ').Append(path).Append('\n');
        return text.ToString();
    }

    /// <summary>When the list in <paramref name="folder"/> was written; files modified later are not trusted.</summary>
    public static DateTime WrittenAt(string folder) => File.GetLastWriteTimeUtc(Path.Combine(folder, FileName));

    /// <summary>True when the file at <paramref name="path"/> is still the one this record describes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Describes(string path, DateTime listWrittenAt)
    {
        if (FileStat.Of(path) is not { } file || file.Length != Length) return false;
        if (file.LastWriteUtc <= listWrittenAt) return true;
        // Written after the list: edited since, or written again with the same bytes, as a git checkout or a copy
        // stamps every file with the time it wrote it. Only then are its bytes read, and they decide.
        try
        {
            return ContentHash.Hex(File.ReadAllBytes(path)) == Hash;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
