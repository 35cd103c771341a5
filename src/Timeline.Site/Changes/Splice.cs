using Timeline.Site.Output;

namespace Timeline.Site.Changes;

/// <summary>Where one item (an event, a source) was written in a data file, and the digest of what it was made from.</summary>
internal readonly record struct SplicedItem(UInt128 Digest, long Offset, int Length);

/// <summary>A data file as written: the hash of its bytes (as <c>.timeline-hashes</c> records it) and where each item of it is.</summary>
internal sealed record SplicedFile(string Hash, IReadOnlyDictionary<string, SplicedItem> Items);

/// <summary>
/// Writes a large data file item by item, copying each item whose digest is the one recorded last time from the bytes the
/// last build wrote for it (its file in the output, still exactly as written), and making only the others again. An item's
/// bytes must depend only on what its digest covers; what lies between items is written afresh every time.
/// </summary>
internal sealed class Splice : IDisposable
{
    private readonly SplicedFile? _last;
    private readonly FileStream? _old;
    // Each item written, with its digest, or the way to make it when it was not needed to decide (no last file to copy from).
    private readonly List<(string Key, UInt128? Digest, Func<UInt128> Make, long Offset, int Length)> _items = [];
    private string? _hash;
    // A window of the last file: items are copied in the order they were written, so one read serves the many that follow.
    private byte[] _copy = [];
    private long _copyStart;
    private int _copyLength;
    private const int Window = 1 << 20;
    private HashingStream? _output;

    /// <param name="last">The file as the last build recorded it; null to make every item.</param>
    /// <param name="oldFile">The file in the output, already checked to hold the bytes <paramref name="last"/> describes.</param>
    public Splice(SplicedFile? last, string? oldFile)
    {
        if (last is null || oldFile is null) return;
        try
        {
            _old = new FileStream(oldFile, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            _last = last;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _old = null; // made whole, as without a last file
        }
    }

    /// <summary>How many items were copied from the last file.</summary>
    public int Copied { get; private set; }

    /// <summary>The stream the file is written to, counting and hashing its bytes; everything must be written through it.</summary>
    public Stream Begin(Stream output) => _output = new HashingStream(output);

    /// <summary>Writes one item: copied when its digest is the recorded one, else by <paramref name="write"/> (into <see cref="Begin"/>'s stream).</summary>
    /// <param name="digest">Made at once when there is a last file to copy from; else only by <see cref="Finish"/>.</param>
    public void Item(string key, Func<UInt128> digest, Action write)
    {
        var output = _output ?? throw new InvalidOperationException("Begin first");
        long start = output.Written;
        UInt128? made = _old is not null ? digest() : null;
        if (made is { } value && _old is not null && _last!.Items.TryGetValue(key, out var old) && old.Digest == value)
        {
            if (old.Offset < _copyStart || old.Offset + old.Length > _copyStart + _copyLength) Fill(old.Offset, old.Length);
            output.Write(_copy, checked((int)(old.Offset - _copyStart)), old.Length);
            Copied++;
        }
        else
        {
            write();
        }
        _items.Add((key, made, digest, start, checked((int)(output.Written - start))));
    }

    /// <summary>Reads the last file from <paramref name="offset"/> into the window: at least <paramref name="length"/> bytes, and as many more as fit.</summary>
    private void Fill(long offset, int length)
    {
        if (_copy.Length < Math.Max(length, Window)) _copy = new byte[Math.Max(length, Window)];
        int read = 0;
        while (read < _copy.Length)
        {
            int n = RandomAccess.Read(_old!.SafeFileHandle, _copy.AsSpan(read), offset + read);
            if (n == 0) break;
            read += n;
        }
        if (read < length) throw new IOException($"'{_old!.Name}' is shorter than when it was written");
        (_copyStart, _copyLength) = (offset, read);
    }

    /// <summary>Ends the file: what it holds is hashed now, while the items' digests may wait for <see cref="Finish"/>.</summary>
    public void End() => _hash = (_output ?? throw new InvalidOperationException("Begin first")).Hash();

    /// <summary>The file as written, for the next build; makes the digests not yet made.</summary>
    public SplicedFile Finish()
    {
        var items = new Dictionary<string, SplicedItem>(_items.Count, StringComparer.Ordinal);
        foreach (var (key, digest, make, offset, length) in _items) items[key] = new SplicedItem(digest ?? make(), offset, length);
        return new SplicedFile(_hash ?? throw new InvalidOperationException("End first"), items);
    }

    public void Dispose() => _old?.Dispose();
}

/// <summary>
/// Passes writes on to a buffered stream and ignores flushes, so that a writer flushed after each item (to learn where the
/// next begins) does not write each item to the file on its own; the buffered stream is flushed when it is disposed.
/// </summary>
internal sealed class KeepBuffered(Stream inner) : Stream
{
    public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);

    public override void Flush()
    {
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
