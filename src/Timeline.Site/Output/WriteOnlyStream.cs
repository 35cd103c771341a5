namespace Timeline.Site.Output;

/// <summary>
/// A stream written front to back and never read or sought, which counts what it is given: what the site's pass-through
/// writers have in common, so each says only what it does with the bytes.
/// </summary>
internal abstract class WriteOnlyStream : Stream
{
    /// <summary>How many bytes were written to it.</summary>
    public long Written { get; protected set; }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public abstract override void Write(ReadOnlySpan<byte> buffer);

    public override void WriteByte(byte value) => Write([value]);

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => Written;
    public override long Position { get => Written; set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
