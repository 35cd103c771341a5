using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using Timeline.Site.Output;

namespace Timeline.Site.Changes;

/// <summary>A page's digest (<see cref="ContentDigests"/>) and the fingerprint it was written with; for a source's text file, its source's digest and the hash of its bytes (<c>.timeline-hashes</c>).</summary>
internal readonly record struct PageDigest(UInt128 Digest, string Fingerprint);

/// <summary>
/// What a build recorded of the site it wrote (<c>site-digests.bin</c> in the cache folder): the basis (code and
/// templates), the digest of each value every page sees, and each page's digest beside its fingerprint. A page is
/// carried over on the strength of it only when its fingerprint in the output is still the one recorded here, so a
/// build that wrote the output in between (a delta build, a build without the cache) makes it useless, never wrong.
/// </summary>
/// <remarks>A source's text file (<c>data/sources/&lt;id&gt;.json</c>) is carried over the same way, on its source's digest and the hash of its bytes.</remarks>
internal sealed record SiteDigests(string Basis, IReadOnlyDictionary<string, UInt128> Shared, IReadOnlyDictionary<string, PageDigest> Pages)
{
    public IReadOnlyDictionary<string, PageDigest> Texts { get; init; } = new Dictionary<string, PageDigest>(StringComparer.Ordinal);

    /// <summary>The large data files written item by item (<see cref="Splice"/>), by path.</summary>
    public IReadOnlyDictionary<string, SplicedFile> Spliced { get; init; } = new Dictionary<string, SplicedFile>(StringComparer.Ordinal);

    public const string FileName = "site-digests.bin";
    private const string Header = "timeline-site-digests 3";

    /// <summary>
    /// The recorded digests, or null when there are none, or the file is damaged or of another version. The file is checked
    /// whole and its entries found, but a page's, text's or item's digest is only decoded when it is looked up (<see cref="KeyedRecords{T}"/>).
    /// </summary>
    public static SiteDigests? Read(string cacheFolder)
    {
        try
        {
            string path = Path.Combine(cacheFolder, FileName);
            if (!File.Exists(path)) return null;
            byte[] bytes = File.ReadAllBytes(path);
            if (bytes.Length < 16) return null;
            var body = bytes.AsSpan(0, bytes.Length - 16);
            if (XxHash128.HashToUInt128(body) != BinaryPrimitives.ReadUInt128LittleEndian(bytes.AsSpan(bytes.Length - 16))) return null;
            var reader = new Cursor(bytes, body.Length);
            if (reader.String() != Header) return null;
            string basis = reader.String();
            var shared = new Dictionary<string, UInt128>(StringComparer.Ordinal);
            for (int n = reader.Count(); n > 0; n--) shared.Add(reader.String(), reader.Digest());
            var pages = ReadPages(reader);
            var texts = ReadPages(reader);
            var spliced = new Dictionary<string, SplicedFile>(StringComparer.Ordinal);
            for (int n = reader.Count(); n > 0; n--)
            {
                string file = reader.String(), hash = reader.String();
                int count = reader.Count();
                var items = new KeyIndex(bytes, count);
                for (int i = 0; i < count; i++)
                {
                    if (!items.Add(reader.Key(out int length), length)) return null;
                    reader.Skip(16 + 8 + 4);
                }
                spliced.Add(file, new SplicedFile(hash, new KeyedRecords<SplicedItem>(items, ItemAt)));
            }
            return reader.At == body.Length ? new SiteDigests(basis, shared, pages) { Texts = texts, Spliced = spliced } : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or FormatException)
        {
            return null;
        }
    }

    /// <summary>Writes the digests whole (a temporary file, then a rename), with a checksum over all of it.</summary>
    public void Write(string cacheFolder)
    {
        Directory.CreateDirectory(cacheFolder);
        string target = Path.Combine(cacheFolder, FileName);
        // Sorted side by side: the pages, the texts and each data file's items are most of the entries (200,000 at 10,000 articles).
        var files = Sorted(Spliced);
        KeyValuePair<string, PageDigest>[] pages = [], texts = [];
        var items = new KeyValuePair<string, SplicedItem>[files.Length][];
        Parallel.Invoke(
            () => pages = Sorted(Pages),
            () => texts = Sorted(Texts),
            () => Parallel.For(0, files.Length, i => items[i] = Sorted(files[i].Value.Items)));
        // The last file's size is about this one's: the buffer is made once.
        var writer = new Writer(File.Exists(target) ? (int)Math.Min(new FileInfo(target).Length + (1 << 16), int.MaxValue / 2) : 1 << 20);
        writer.String(Header);
        writer.String(Basis);
        var shared = Sorted(Shared);
        writer.Int32(shared.Length);
        foreach (var (name, digest) in shared)
        {
            writer.String(name);
            writer.Digest(digest);
        }
        WritePages(writer, pages);
        WritePages(writer, texts);
        writer.Int32(files.Length);
        for (int i = 0; i < files.Length; i++)
        {
            writer.String(files[i].Key);
            writer.String(files[i].Value.Hash);
            writer.Int32(items[i].Length);
            foreach (var (key, item) in items[i])
            {
                writer.String(key);
                writer.Digest(item.Digest);
                writer.Int64(item.Offset);
                writer.Int32(item.Length);
            }
        }
        writer.Digest(XxHash128.HashToUInt128(writer.Written));
        string temporary = $"{target}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temporary, writer.Written);
        File.Move(temporary, target, overwrite: true);
    }

    /// <summary>Removes the recorded digests (a build that wrote the output without recording them).</summary>
    public static void Delete(string cacheFolder)
    {
        string path = Path.Combine(cacheFolder, FileName);
        if (File.Exists(path)) File.Delete(path);
    }

    private static KeyedRecords<PageDigest> ReadPages(Cursor reader)
    {
        int count = reader.Count();
        var pages = new KeyIndex(reader.Bytes, count);
        for (int n = count; n > 0; n--)
        {
            if (!pages.Add(reader.Key(out int length), length)) throw new FormatException("a path recorded twice");
            reader.Skip(16);
            reader.Key(out _);
        }
        return new KeyedRecords<PageDigest>(pages, PageAt);
    }

    private static PageDigest PageAt(byte[] bytes, int at)
    {
        var reader = new Cursor(bytes, bytes.Length) { At = at };
        return new PageDigest(reader.Digest(), reader.String());
    }

    private static SplicedItem ItemAt(byte[] bytes, int at) => new(
        BinaryPrimitives.ReadUInt128LittleEndian(bytes.AsSpan(at)), BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(at + 16)), BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at + 24)));

    private static void WritePages(Writer writer, KeyValuePair<string, PageDigest>[] pages)
    {
        writer.Int32(pages.Length);
        foreach (var (path, page) in pages)
        {
            writer.String(path);
            writer.Digest(page.Digest);
            writer.String(page.Fingerprint);
        }
    }

    /// <summary>
    /// The entries in a fixed order, so the same digests give the same file: by a hash of each key (ordinal between equal hashes).
    /// The order means nothing to the reader; sorting by the keys themselves took about a third of the write.
    /// </summary>
    private static KeyValuePair<string, T>[] Sorted<T>(IReadOnlyDictionary<string, T> entries)
    {
        var pairs = entries.ToArray();
        Array.Sort(Order(pairs.Select(p => p.Key)), pairs);
        return pairs;
    }

    private static HashedKey[] Order(IEnumerable<string> keys) =>
        [.. keys.Select(k => new HashedKey(XxHash3.HashToUInt64(System.Runtime.InteropServices.MemoryMarshal.AsBytes(k.AsSpan())), k))];

    private readonly record struct HashedKey(ulong Hash, string Key) : IComparable<HashedKey>
    {
        public int CompareTo(HashedKey other) => Hash != other.Hash ? Hash.CompareTo(other.Hash) : string.CompareOrdinal(Key, other.Key);
    }

    /// <summary>Reads the file as <see cref="BinaryWriter"/> wrote it: strings with their UTF-8 length before them (7 bits a byte), numbers little-endian.</summary>
    private sealed class Cursor(byte[] bytes, int end)
    {
        public byte[] Bytes => bytes;

        public int At { get; set; }

        public int Count()
        {
            int count = Int32();
            return count >= 0 ? count : throw new FormatException("a negative count");
        }

        public int Int32()
        {
            Need(4);
            At += 4;
            return BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(At - 4));
        }

        public UInt128 Digest()
        {
            Need(16);
            At += 16;
            return BinaryPrimitives.ReadUInt128LittleEndian(bytes.AsSpan(At - 16));
        }

        public void Skip(int length)
        {
            Need(length);
            At += length;
        }

        public string String()
        {
            int start = Key(out int length);
            return Encoding.UTF8.GetString(bytes, start, length);
        }

        /// <summary>Steps over a string; returns where its bytes start.</summary>
        public int Key(out int length)
        {
            length = 0;
            for (int shift = 0; ; shift += 7)
            {
                if (shift > 28) throw new FormatException("a string's length is too long");
                Need(1);
                byte b = bytes[At++];
                length |= (b & 0x7F) << shift;
                if (b < 0x80) break;
            }
            if (length < 0) throw new FormatException("a negative length");
            int start = At;
            Skip(length);
            return start;
        }

        private void Need(int length)
        {
            if (length > end - At) throw new FormatException("the file ends inside an entry");
        }
    }

    /// <summary>Writes what <see cref="Cursor"/> reads, into one growing buffer.</summary>
    private sealed class Writer
    {
        private readonly ArrayBufferWriter<byte> _buffer;

        public Writer(int capacity) => _buffer = new ArrayBufferWriter<byte>(capacity);

        public ReadOnlySpan<byte> Written => _buffer.WrittenSpan;

        public void String(string text)
        {
            int length = Encoding.UTF8.GetByteCount(text);
            var span = _buffer.GetSpan(5 + length);
            int at = 0;
            for (uint value = (uint)length; ; value >>= 7)
            {
                if (value < 0x80)
                {
                    span[at++] = (byte)value;
                    break;
                }
                span[at++] = (byte)(value | 0x80);
            }
            _buffer.Advance(at + Encoding.UTF8.GetBytes(text, span[at..]));
        }

        public void Int32(int value)
        {
            BinaryPrimitives.WriteInt32LittleEndian(_buffer.GetSpan(4), value);
            _buffer.Advance(4);
        }

        public void Int64(long value)
        {
            BinaryPrimitives.WriteInt64LittleEndian(_buffer.GetSpan(8), value);
            _buffer.Advance(8);
        }

        public void Digest(UInt128 digest)
        {
            BinaryPrimitives.WriteUInt128LittleEndian(_buffer.GetSpan(16), digest);
            _buffer.Advance(16);
        }
    }
}
