using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

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

    /// <summary>The recorded digests, or null when there are none, or the file is damaged or of another version.</summary>
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
            using var reader = new BinaryReader(new MemoryStream(bytes, 0, body.Length), Encoding.UTF8);
            if (reader.ReadString() != Header) return null;
            string basis = reader.ReadString();
            var shared = new Dictionary<string, UInt128>(StringComparer.Ordinal);
            for (int n = reader.ReadInt32(); n > 0; n--) shared.Add(reader.ReadString(), ReadDigest(reader));
            var pages = ReadPages(reader);
            var texts = ReadPages(reader);
            var spliced = new Dictionary<string, SplicedFile>(StringComparer.Ordinal);
            for (int n = reader.ReadInt32(); n > 0; n--)
            {
                string file = reader.ReadString(), hash = reader.ReadString();
                int count = reader.ReadInt32();
                if (count < 0) throw new FormatException("a negative count");
                var items = new Dictionary<string, SplicedItem>(count, StringComparer.Ordinal);
                for (int i = 0; i < count; i++) items.Add(reader.ReadString(), new SplicedItem(ReadDigest(reader), reader.ReadInt64(), reader.ReadInt32()));
                spliced.Add(file, new SplicedFile(hash, items));
            }
            return reader.BaseStream.Position == body.Length ? new SiteDigests(basis, shared, pages) { Texts = texts, Spliced = spliced } : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or EndOfStreamException or ArgumentException or FormatException)
        {
            return null;
        }
    }

    /// <summary>Writes the digests whole (a temporary file, then a rename), with a checksum over all of it.</summary>
    public void Write(string cacheFolder)
    {
        Directory.CreateDirectory(cacheFolder);
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Header);
            writer.Write(Basis);
            writer.Write(Shared.Count);
            foreach (var (name, digest) in Shared.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                writer.Write(name);
                WriteDigest(writer, digest);
            }
            WritePages(writer, Pages);
            WritePages(writer, Texts);
            writer.Write(Spliced.Count);
            foreach (var (path, file) in Spliced.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                writer.Write(path);
                writer.Write(file.Hash);
                writer.Write(file.Items.Count);
                foreach (var (key, item) in file.Items.OrderBy(i => i.Key, StringComparer.Ordinal))
                {
                    writer.Write(key);
                    WriteDigest(writer, item.Digest);
                    writer.Write(item.Offset);
                    writer.Write(item.Length);
                }
            }
        }
        Span<byte> checksum = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128LittleEndian(checksum, XxHash128.HashToUInt128(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
        buffer.Write(checksum);
        string target = Path.Combine(cacheFolder, FileName);
        string temporary = $"{target}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temporary, buffer.ToArray());
        File.Move(temporary, target, overwrite: true);
    }

    /// <summary>Removes the recorded digests (a build that wrote the output without recording them).</summary>
    public static void Delete(string cacheFolder)
    {
        string path = Path.Combine(cacheFolder, FileName);
        if (File.Exists(path)) File.Delete(path);
    }

    private static Dictionary<string, PageDigest> ReadPages(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        if (count < 0) throw new FormatException("a negative count");
        var pages = new Dictionary<string, PageDigest>(count, StringComparer.Ordinal);
        for (int n = count; n > 0; n--) pages.Add(reader.ReadString(), new PageDigest(ReadDigest(reader), reader.ReadString()));
        return pages;
    }

    private static void WritePages(BinaryWriter writer, IReadOnlyDictionary<string, PageDigest> pages)
    {
        writer.Write(pages.Count);
        foreach (var (path, page) in pages.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(path);
            WriteDigest(writer, page.Digest);
            writer.Write(page.Fingerprint);
        }
    }

    private static UInt128 ReadDigest(BinaryReader reader)
    {
        byte[] bytes = reader.ReadBytes(16);
        if (bytes.Length != 16) throw new EndOfStreamException();
        return BinaryPrimitives.ReadUInt128LittleEndian(bytes);
    }

    private static void WriteDigest(BinaryWriter writer, UInt128 digest)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128LittleEndian(bytes, digest);
        writer.Write(bytes);
    }
}
