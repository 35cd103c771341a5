using System.Buffers;
using System.Text;

namespace Timeline.Site.Output;

/// <summary>
/// One of the lists Timeline keeps in an output folder (<c>.timeline-hashes</c>, <c>.timeline-pages</c>, <c>.timeline-files</c>),
/// held as its bytes and looked up by path (<see cref="KeyIndex"/>), and patched rather than formatted again: a rebuild
/// that changes 9 files of 66,000 rewrites 9 lines and copies the rest. A list is only read this way when it is exactly
/// what formatting its entries gives (its header, one well-formed line per path, the paths in ordinal order, each once),
/// so a patch of it is exactly what formatting the changed entries whole gives.
/// </summary>
internal sealed class OutputList
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly KeyIndex _paths;
    // Where each line starts (the last: where the list ends).
    private readonly int[] _lines;

    private OutputList(KeyIndex paths, int[] lines)
    {
        _paths = paths;
        _lines = lines;
    }

    /// <summary>A list of nothing (no previous site).</summary>
    public static OutputList Empty { get; } = Parse([], null, WholeLine)!;

    /// <summary>True when <see cref="Bytes"/> are the file's; false when the file was missing, or read another way and formatted again.</summary>
    public bool Exact { get; private init; }

    /// <summary>
    /// The list in the file at <paramref name="path"/> (see <see cref="Parse"/>); when the file is not exactly a formatted list, the
    /// list <paramref name="reformat"/> gives (what the list's reader of old made of it, formatted), not <see cref="Exact"/>.
    /// </summary>
    public static OutputList Read(string path, string? header, Func<ReadOnlySpan<byte>, int> prefix, Func<string> reformat)
    {
        byte[]? bytes = null;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
        }
        return Of(bytes, header, prefix, reformat);
    }

    /// <summary>As <see cref="Read"/>, of a file's <paramref name="bytes"/> already read (null: there is no file).</summary>
    public static OutputList Of(byte[]? bytes, string? header, Func<ReadOnlySpan<byte>, int> prefix, Func<string> reformat)
    {
        if (bytes is not null && Parse(bytes, header, prefix) is { } exact) return new OutputList(exact._paths, exact._lines) { Exact = true };
        return Parse(Utf8.GetBytes(reformat()), header, prefix) ?? throw new InvalidOperationException("a list formatted again does not read back");
    }

    /// <summary>True when <paramref name="bytes"/> are this list's paths, in order, each followed by a line feed.</summary>
    public bool PathsAre(ReadOnlySpan<byte> bytes)
    {
        int at = 0;
        for (int line = 0; line < Count; line++)
        {
            var path = _paths.Key(line);
            if (bytes.Length - at <= path.Length || !bytes.Slice(at, path.Length).SequenceEqual(path) || bytes[at + path.Length] != (byte)'\n') return false;
            at += path.Length + 1;
        }
        return at == bytes.Length;
    }

    /// <summary>True when both lists hold the same paths (the lines of each are in order: the same paths line by line).</summary>
    public bool SamePaths(OutputList other)
    {
        if (other.Count != Count) return false;
        for (int line = 0; line < Count; line++)
            if (!_paths.Key(line).SequenceEqual(other._paths.Key(line))) return false;
        return true;
    }

    /// <summary>The list's bytes.</summary>
    public byte[] Bytes => _paths.Bytes;

    public int Count => _paths.Count;

    /// <summary>
    /// The list in <paramref name="bytes"/>, when it is exactly what formatting its entries gives: <paramref name="header"/> (if any) on
    /// the first line, then one line per path, <c>prefix path</c> (<paramref name="prefix"/> tells where a line's path starts, or -1
    /// when the line is not well-formed), in ordinal order of the paths; else null.
    /// </summary>
    public static OutputList? Parse(byte[] bytes, string? header, Func<ReadOnlySpan<byte>, int> prefix)
    {
        int body = 0;
        if (header is not null)
        {
            byte[] first = Utf8.GetBytes(header + "\n");
            if (!bytes.AsSpan().StartsWith(first)) return null;
            body = first.Length;
        }
        if (bytes.Length > body && bytes[^1] != (byte)'\n' || !System.Text.Unicode.Utf8.IsValid(bytes)) return null;
        int count = bytes.AsSpan(body).Count((byte)'\n');
        var paths = new KeyIndex(bytes, count);
        var lines = new int[count + 1];
        int at = body, previous = -1;
        for (int line = 0; line < count; line++)
        {
            int end = at + bytes.AsSpan(at).IndexOf((byte)'\n');
            int path = prefix(bytes.AsSpan(at, end - at));
            if (path < 0 || path >= end - at) return null;
            lines[line] = at;
            if (!paths.Add(at + path, end - at - path)) return null;
            if (previous >= 0 && Compare(paths.Key(previous), paths.Key(line)) >= 0) return null;
            previous = line;
            at = end + 1;
        }
        lines[count] = bytes.Length;
        return new OutputList(paths, lines);
    }

    /// <summary>The line of <paramref name="path"/>, or -1.</summary>
    public int Find(ReadOnlySpan<char> path) => _paths.Find(path);

    /// <summary>What line <paramref name="line"/> holds before its path (and the space after it, if any).</summary>
    public ReadOnlySpan<byte> Prefix(int line) => Bytes.AsSpan(_lines[line], _paths.Start(line) - _lines[line]);

    /// <summary>True when line <paramref name="line"/> holds <paramref name="prefix"/> (ASCII: a hash, a length) and a space before its path.</summary>
    public bool PrefixIs(int line, string prefix)
    {
        var bytes = Prefix(line);
        if (bytes.Length != prefix.Length + 1) return false;
        for (int i = 0; i < prefix.Length; i++)
            if (bytes[i] != prefix[i]) return false;
        return true;
    }

    public string Path(int line) => _paths.KeyString(line);

    /// <summary>Every path, in the list's order.</summary>
    public IEnumerable<string> Paths()
    {
        for (int line = 0; line < Count; line++) yield return Path(line);
    }

    /// <summary>
    /// The list with the line of each of <paramref name="lines"/>' paths replaced, or null when one of those paths has no line:
    /// for a writer that only ever rewrites files the list already names.
    /// </summary>
    public byte[]? Replace(IEnumerable<(string Path, string Line)> lines)
    {
        var changes = lines.ToList();
        return changes.TrueForAll(c => Find(c.Path) >= 0) ? Patch(changes.Select(c => (c.Path, (string?)c.Line))) : null;
    }

    /// <summary>
    /// The list with <paramref name="changes"/> made: each path's line replaced by the one given (without its line feed), added
    /// where its path sorts, or, given null, removed. The list's other lines are copied as they are.
    /// </summary>
    public byte[] Patch(IEnumerable<(string Path, string? Line)> changes)
    {
        var sorted = changes.OrderBy(c => c.Path, StringComparer.Ordinal).ToList();
        var text = new ArrayBufferWriter<byte>(Bytes.Length + sorted.Sum(c => (c.Line?.Length ?? 0) * 3 + 1));
        int copied = 0;
        foreach (var (path, line) in sorted)
        {
            int found = Find(path);
            int at = found >= 0 ? _lines[found] : _lines[InsertionPoint(path)];
            if (at < copied) throw new ArgumentException($"'{path}' is changed twice", nameof(changes));
            text.Write(Bytes.AsSpan(copied, at - copied));
            if (line is not null)
            {
                var span = text.GetSpan(Utf8.GetMaxByteCount(line.Length) + 1);
                int written = Utf8.GetBytes(line, span);
                span[written] = (byte)'\n';
                text.Advance(written + 1);
            }
            copied = found >= 0 ? _lines[found + 1] : at;
        }
        text.Write(Bytes.AsSpan(copied));
        return text.WrittenSpan.ToArray();
    }

    // The first line whose path sorts after the absent path.
    private int InsertionPoint(string path)
    {
        byte[] key = Utf8.GetBytes(path);
        int low = 0, high = Count;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (Compare(_paths.Key(middle), key) < 0) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    /// <summary>
    /// Ordinal order of the strings whose UTF-8 bytes these are (<see cref="StringComparer.Ordinal"/>, the order the lists are
    /// written in). UTF-8 bytes sort as code points, and UTF-16 as code points but for those from U+E000 on (surrogates come
    /// before them): only keys holding such characters are compared as strings.
    /// </summary>
    internal static int Compare(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b) =>
        a.IndexOfAnyInRange((byte)0xEE, (byte)0xFF) < 0 && b.IndexOfAnyInRange((byte)0xEE, (byte)0xFF) < 0
            ? a.SequenceCompareTo(b)
            : string.CompareOrdinal(Utf8.GetString(a), Utf8.GetString(b));

    /// <summary>The start of a path in a line of <c>.timeline-pages</c>: after a fingerprint and a space.</summary>
    public static int AfterFingerprint(ReadOnlySpan<byte> line) =>
        line.Length > ContentHash.HexLength + 1 && line[ContentHash.HexLength] == (byte)' ' && IsHex(line[..ContentHash.HexLength]) ? ContentHash.HexLength + 1 : -1;

    /// <summary>The start of a path in a line of <c>.timeline-hashes</c>: after a hash, a length (as it is formatted) and a space each.</summary>
    public static int AfterRecord(ReadOnlySpan<byte> line)
    {
        int digits = AfterFingerprint(line);
        if (digits < 0) return -1;
        int space = line[digits..].IndexOf((byte)' ');
        if (space <= 0 || space > 18 || line[digits..(digits + space)].ContainsAnyExceptInRange((byte)'0', (byte)'9') || (space > 1 && line[digits] == (byte)'0')) return -1;
        return digits + space + 1;
    }

    /// <summary>The start of a path in a line of <c>.timeline-files</c>: the line is the path.</summary>
    public static int WholeLine(ReadOnlySpan<byte> line) => 0;

    private static readonly SearchValues<byte> Hex = SearchValues.Create("0123456789abcdef"u8);

    private static bool IsHex(ReadOnlySpan<byte> text) => !text.ContainsAnyExcept(Hex);
}
