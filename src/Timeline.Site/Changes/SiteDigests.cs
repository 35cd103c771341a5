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

    /// <summary>What the build recorded of the feed it wrote (<see cref="FeedRecord"/>), or null.</summary>
    public FeedRecord? Feed { get; init; }

    /// <summary>What the build that wrote the file recorded of its events and sources (<see cref="EventRecords"/>), or null.</summary>
    public EventRecords? Events { get; init; }

    /// <summary>Writes this build's records of its events and sources (<see cref="EventRecords.Write"/>) beside the rest; null when there are none.</summary>
    internal Action<Writer>? RecordEvents { get; init; }

    /// <summary>The pages' entries as read from the file, by path; null for digests made in this build.</summary>
    internal KeyIndex? PageEntries { get; private init; }

    /// <summary>
    /// Pages carried over as the last build recorded them, not looked at in this build: their entries of <see cref="PageEntries"/>
    /// in the file it read, written again as they are, beside <see cref="Pages"/> (which does not hold them).
    /// </summary>
    internal (KeyIndex From, int[] Entries)? CarriedPages { get; init; }

    /// <summary>The fingerprint recorded with page entry <paramref name="entry"/> of <paramref name="pages"/>, as its UTF-8 bytes in the file.</summary>
    internal static ReadOnlySpan<byte> FingerprintOf(KeyIndex pages, int entry)
    {
        var reader = new Cursor(pages.Bytes, pages.Bytes.Length) { At = pages.End(entry) + 16 };
        int start = reader.Key(out int length);
        return pages.Bytes.AsSpan(start, length);
    }

    // A page's whole entry (its path's length and bytes, its digest, its fingerprint), as the file holds it.
    private static ReadOnlySpan<byte> EntryOf(KeyIndex pages, int entry)
    {
        int start = pages.Start(entry) - LengthPrefix(pages.End(entry) - pages.Start(entry));
        var reader = new Cursor(pages.Bytes, pages.Bytes.Length) { At = pages.End(entry) + 16 };
        reader.Key(out _);
        return pages.Bytes.AsSpan(start, reader.At - start);
    }

    // The bytes Writer.String puts before a string of this many bytes: 7 bits a byte.
    private static int LengthPrefix(int length) => length < 0x80 ? 1 : length < 0x4000 ? 2 : length < 0x20_0000 ? 3 : length < 0x1000_0000 ? 4 : 5;

    public const string FileName = "site-digests.bin";
    private const string Header = "timeline-site-digests 6";

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
            var feed = ReadFeed(reader);
            var pages = ReadPages(reader);
            var texts = ReadPages(reader);
            var tables = new List<KeyIndex> { pages, texts };
            var spliced = new Dictionary<string, SplicedFile>(StringComparer.Ordinal);
            for (int n = reader.Count(); n > 0; n--)
            {
                string file = reader.String(), hash = reader.String();
                int count = reader.Count();
                var items = new KeyIndex(bytes, count);
                for (int i = 0; i < count; i++)
                {
                    items.Append(reader.Key(out int length), length);
                    reader.Skip(16 + 8 + 4);
                }
                tables.Add(items);
                spliced.Add(file, new SplicedFile(hash, new KeyedRecords<SplicedItem>(items, ItemAt)));
            }
            // The events' records, a block of its own: read only when a rebuild takes them (EventRecords.Take).
            int records = reader.Count();
            int recordsAt = reader.At;
            reader.Skip(records);
            if (reader.At != body.Length) return null;
            // The walk found every key; each table is indexed on its own (a key twice in one means the file is not ours).
            bool whole = true;
            Parallel.ForEach(tables, table =>
            {
                if (!table.Index()) whole = false;
            });
            return whole ? new SiteDigests(basis, shared, new KeyedRecords<PageDigest>(pages, PageAt))
            {
                PageEntries = pages,
                Texts = new KeyedRecords<PageDigest>(texts, PageAt),
                Spliced = spliced,
                Feed = feed,
                Events = records > 0 ? EventRecords.Read(bytes, recordsAt, recordsAt + records) : null,
            } : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// Writes the digests whole (a temporary file, then a rename), with a checksum over all of it. The pages, the texts and each
    /// data file's items (200,000 entries at 10,000 articles) are encoded side by side, each in the order its dictionary gives:
    /// the build makes them in page and item order, and the reader does not need an order. Only the texts, gathered across
    /// threads, and the few shared values and data files are put in order, so that the same build writes the same file.
    /// </summary>
    public void Write(string cacheFolder)
    {
        Directory.CreateDirectory(cacheFolder);
        var files = Sorted(Spliced);
        // The head, the pages, the texts, each data file's items, then the events' records (their length, and them).
        var parts = new Writer[3 + files.Length + 2];
        Parallel.For(0, parts.Length - 1, part =>
        {
            switch (part)
            {
                case 0:
                    var head = parts[0] = new Writer(1 << 12);
                    head.String(Header);
                    head.String(Basis);
                    head.Int32(Shared.Count);
                    foreach (var (name, digest) in Sorted(Shared))
                    {
                        head.String(name);
                        head.Digest(digest);
                    }
                    WriteFeed(head, Feed);
                    break;
                case 1:
                    parts[1] = WritePages(Pages, CarriedPages);
                    break;
                case 2:
                    parts[2] = WritePages(Sorted(Texts));
                    parts[2].Int32(files.Length); // the data files' count, before them
                    break;
                case var last when last == parts.Length - 2:
                    // Last, as a block with its length before it, so that a reader steps over it.
                    var events = new Writer(RecordEvents is null ? 4 : 1 << 20);
                    RecordEvents?.Invoke(events);
                    parts[last] = new Writer(4);
                    parts[last].Int32(events.Written.Length);
                    parts[last + 1] = events;
                    break;
                default:
                    var (path, file) = files[part - 3];
                    var items = parts[part] = new Writer(64 + file.Items.Count * 96);
                    items.String(path);
                    items.String(file.Hash);
                    items.Int32(file.Items.Count);
                    // A data file written by runs (SplicedItems) writes its runs' entries from the bytes they were read from.
                    if (file.Items is SplicedItems written)
                    {
                        written.WriteTo(items);
                        break;
                    }
                    foreach (var (key, item) in file.Items)
                    {
                        items.String(key);
                        items.Digest(item.Digest);
                        items.Int64(item.Offset);
                        items.Int32(item.Length);
                    }
                    break;
            }
        });
        var checksum = new XxHash128();
        foreach (var part in parts) checksum.Append(part.Written);
        var end = new Writer(16);
        end.Digest(checksum.GetCurrentHashAsUInt128());
        string target = Path.Combine(cacheFolder, FileName);
        string temporary = $"{target}.{Guid.NewGuid():N}.tmp";
        using (var handle = File.OpenHandle(temporary, FileMode.CreateNew, FileAccess.Write))
            RandomAccess.Write(handle, [.. parts.Select(p => p.Memory), end.Memory], fileOffset: 0);
        File.Move(temporary, target, overwrite: true);
    }

    // The feed's record in the head: its hash (empty for none), its head's digest, its threshold (empty for none), its entries.
    private static void WriteFeed(Writer writer, FeedRecord? feed)
    {
        writer.String(feed?.Hash ?? "");
        if (feed is null) return;
        writer.Digest(feed.Head);
        writer.String(feed.Threshold ?? "");
        writer.Int32(feed.Entries.Count);
        for (int i = 0; i < feed.Entries.Count; i++)
        {
            writer.String(feed.Entries[i]);
            writer.Digest(feed.Digests[i]);
        }
    }

    private static FeedRecord? ReadFeed(Cursor reader)
    {
        string hash = reader.String();
        if (hash.Length == 0) return null;
        var head = reader.Digest();
        string threshold = reader.String();
        var entries = new string[reader.Count()];
        var digests = new UInt128[entries.Length];
        for (int i = 0; i < entries.Length; i++)
        {
            entries[i] = reader.String();
            digests[i] = reader.Digest();
        }
        return new FeedRecord(hash, head, threshold.Length == 0 ? null : threshold, entries, digests);
    }

    /// <summary>Removes the recorded digests (a build that wrote the output without recording them).</summary>
    public static void Delete(string cacheFolder)
    {
        string path = Path.Combine(cacheFolder, FileName);
        if (File.Exists(path)) File.Delete(path);
    }

    private static KeyIndex ReadPages(Cursor reader)
    {
        int count = reader.Count();
        var pages = new KeyIndex(reader.Bytes, count);
        for (int n = count; n > 0; n--)
        {
            pages.Append(reader.Key(out int length), length);
            reader.Skip(16);
            reader.Key(out _);
        }
        return pages;
    }

    private static PageDigest PageAt(byte[] bytes, int at)
    {
        var reader = new Cursor(bytes, bytes.Length) { At = at };
        return new PageDigest(reader.Digest(), reader.String());
    }

    private static SplicedItem ItemAt(byte[] bytes, int at) => new(
        BinaryPrimitives.ReadUInt128LittleEndian(bytes.AsSpan(at)), BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(at + 16)), BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at + 24)));

    private static Writer WritePages(IReadOnlyCollection<KeyValuePair<string, PageDigest>> pages, (KeyIndex From, int[] Entries)? carried = null)
    {
        int count = pages.Count + (carried?.Entries.Length ?? 0);
        var writer = new Writer(4 + count * 128);
        writer.Int32(count);
        foreach (var (path, page) in pages)
        {
            writer.String(path);
            writer.Digest(page.Digest);
            writer.String(page.Fingerprint);
        }
        if (carried is var (from, entries))
            foreach (int entry in entries) writer.Bytes(EntryOf(from, entry));
        return writer;
    }

    /// <summary>The entries in a fixed order: by a hash of each key, ordinal between equal hashes (cheaper than ordinal alone).</summary>
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
    internal sealed class Cursor(byte[] bytes, int end)
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

        public long Int64()
        {
            Need(8);
            At += 8;
            return BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(At - 8));
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
    internal sealed class Writer
    {
        private readonly ArrayBufferWriter<byte> _buffer;

        public Writer(int capacity) => _buffer = new ArrayBufferWriter<byte>(capacity);

        public ReadOnlySpan<byte> Written => _buffer.WrittenSpan;

        public ReadOnlyMemory<byte> Memory => _buffer.WrittenMemory;

        public void String(string text)
        {
            // Encoded once, after a length of one byte (most keys are shorter than 128 bytes), moved along when its length needs more.
            var span = _buffer.GetSpan(5 + Encoding.UTF8.GetMaxByteCount(text.Length));
            int length = Encoding.UTF8.GetBytes(text, span[1..]);
            int prefix = length < 0x80 ? 1 : length < 0x4000 ? 2 : length < 0x20_0000 ? 3 : length < 0x1000_0000 ? 4 : 5;
            if (prefix > 1) span.Slice(1, length).CopyTo(span[prefix..]);
            int at = 0;
            for (uint value = (uint)length; value >= 0x80; value >>= 7) span[at++] = (byte)((value & 0x7F) | 0x80);
            span[at] = (byte)(length >>> (7 * at));
            _buffer.Advance(prefix + length);
        }

        /// <summary>Bytes written as they are (an entry copied from a file this class wrote).</summary>
        public void Bytes(ReadOnlySpan<byte> bytes) => _buffer.Write(bytes);

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
