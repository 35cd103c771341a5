using System.Security.Cryptography;

namespace Timeline.Core.Caching;

/// <summary>A write-only stream that feeds a SHA-256, so a key can be written with a <see cref="BinaryWriter"/> without holding the bytes.</summary>
internal sealed class HashingStream : Stream
{
    private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public byte[] Hash() => _sha.GetHashAndReset();

    public override void Write(byte[] buffer, int offset, int count) => _sha.AppendData(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => _sha.AppendData(buffer);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush() { }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _sha.Dispose();
        base.Dispose(disposing);
    }
}
