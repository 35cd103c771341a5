using System.Security.Cryptography;
using System.Text;
using Timeline.Core.Caching;

namespace Timeline.Core.Events.Incremental;

/// <summary>
/// The statements the last events were built from, kept beside <c>events.bin</c> (<c>statements.bin</c>) so that
/// the next build can take out a changed source's old statements and merge again only around them
/// (<see cref="IncrementalMerge"/>). A header lists each source's id, the digest of its statements with their offsets
/// (the one the events' key is made of) and where its statements are; a build reads only the changed sources'
/// statements, and each is trusted only when it hashes to its digest again.
/// </summary>
internal sealed class StatementStore
{
    public const string FileName = "statements.bin";
    private const string Format = "timeline-statements/1";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string _path;
    private readonly long _payloadStart;

    private StatementStore(string path, long payloadStart, IReadOnlyList<Entry> sources)
    {
        _path = path;
        _payloadStart = payloadStart;
        Sources = sources;
    }

    /// <summary>One source of the last build: its id, the digest of its statements, and where they are in the file.</summary>
    public sealed record Entry(string Id, byte[] Digest, int Count, long Offset, int Length);

    /// <summary>The sources of the last build, in its order (by id).</summary>
    public IReadOnlyList<Entry> Sources { get; }

    /// <summary>Writes the statements of <paramref name="documents"/> (their digests beside them) whole, or nothing.</summary>
    public static void Write(string folder, string codeVersion, IReadOnlyList<DocumentAnalysis> documents, IReadOnlyList<byte[]> digests)
    {
        var payloads = new byte[documents.Count][];
        Parallel.For(0, documents.Count, i =>
        {
            using var buffer = new MemoryStream();
            using (var w = new BinaryWriter(buffer, Utf8, leaveOpen: true))
                foreach (var m in documents[i].Statements) WriteStatement(w, m);
            payloads[i] = buffer.ToArray();
        });
        using var header = new MemoryStream();
        using (var w = new BinaryWriter(header, Utf8, leaveOpen: true))
        {
            w.Write(documents.Count);
            long offset = 0;
            for (int i = 0; i < documents.Count; i++)
            {
                w.Write(documents[i].Source.Id);
                w.Write(digests[i]);
                w.Write(documents[i].Statements.Count);
                w.Write(offset);
                w.Write(payloads[i].Length);
                offset += payloads[i].Length;
            }
        }
        string path = Path.Combine(folder, FileName);
        string temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(folder);
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            using (var w = new BinaryWriter(file, Utf8))
            {
                w.Write(Format);
                w.Write(codeVersion);
                w.Write((int)header.Length);
                w.Write(SHA256.HashData(header.GetBuffer().AsSpan(0, (int)header.Length)));
                w.Write(header.GetBuffer(), 0, (int)header.Length);
                foreach (byte[] payload in payloads) w.Write(payload);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only the next build's shortcut is lost.
            Delete(folder);
            try { File.Delete(temporary); }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException) { }
        }
    }

    public static void Delete(string folder)
    {
        try { File.Delete(Path.Combine(folder, FileName)); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
    }

    /// <summary>The header of the stored statements of this code, or null when there is none or it does not read back whole.</summary>
    public static StatementStore? Open(string folder, string codeVersion)
    {
        string path = Path.Combine(folder, FileName);
        try
        {
            if (!File.Exists(path)) return null;
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var r = new BinaryReader(file, Utf8);
            if (r.ReadString() != Format || r.ReadString() != codeVersion) return null;
            int length = r.ReadInt32();
            byte[] checksum = r.ReadBytes(32);
            if (length < 0 || length > file.Length - file.Position) return null;
            byte[] header = r.ReadBytes(length);
            if (header.Length != length || !SHA256.HashData(header).AsSpan().SequenceEqual(checksum)) return null;
            long payloadStart = file.Position;
            using var h = new BinaryReader(new MemoryStream(header), Utf8);
            var sources = new Entry[AnalysisSerializer.Count(h)];
            for (int i = 0; i < sources.Length; i++)
            {
                sources[i] = new Entry(h.ReadString(), h.ReadBytes(32), h.ReadInt32(), h.ReadInt64(), h.ReadInt32());
                if (sources[i].Offset < 0 || sources[i].Length < 0 || payloadStart + sources[i].Offset + sources[i].Length > file.Length) return null;
            }
            return new StatementStore(path, payloadStart, sources);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or EndOfStreamException or InvalidDataException or DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The statements of one source as stored, or null when they do not read back to its digest.</summary>
    public IReadOnlyList<EventMention>? Read(Entry source, Func<IReadOnlyList<EventMention>, byte[]> digest)
    {
        try
        {
            byte[] bytes = new byte[source.Length];
            using (var file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read))
            {
                file.Position = _payloadStart + source.Offset;
                file.ReadExactly(bytes);
            }
            using var r = new BinaryReader(new MemoryStream(bytes), Utf8);
            var statements = new EventMention[source.Count];
            for (int i = 0; i < statements.Length; i++) statements[i] = ReadStatement(r);
            if (r.BaseStream.Position != bytes.Length || statements.Any(m => m.SourceId != source.Id)) return null;
            return digest(statements).AsSpan().SequenceEqual(source.Digest) ? statements : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or EndOfStreamException or InvalidDataException or DecoderFallbackException or ArgumentException or FormatException or OverflowException)
        {
            return null;
        }
    }

    private static void WriteStatement(BinaryWriter w, EventMention m)
    {
        w.Write(m.SourceId);
        w.Write(m.Passage);
        w.Write(m.Quote);
        w.Write(m.QuoteStart);
        w.Write(m.DateText);
        w.Write(m.DateStart);
        AnalysisSerializer.WriteValue(w, m.Value);
        w.Write(m.Headline);
        w.Write(m.IsWeak);
        w.Write(m.IsRelativeClause);
        AnalysisSerializer.WriteString(w, m.Url);
        AnalysisSerializer.WriteProfile(w, m.Profile);
    }

    private static EventMention ReadStatement(BinaryReader r) => new()
    {
        SourceId = r.ReadString(),
        Passage = r.ReadString(),
        Quote = r.ReadString(),
        QuoteStart = r.ReadInt32(),
        DateText = r.ReadString(),
        DateStart = r.ReadInt32(),
        Value = AnalysisSerializer.ReadValue(r),
        Headline = r.ReadString(),
        IsWeak = r.ReadBoolean(),
        IsRelativeClause = r.ReadBoolean(),
        Url = AnalysisSerializer.ReadString(r),
        Profile = AnalysisSerializer.ReadProfile(r),
    };
}
