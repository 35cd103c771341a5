using System.IO.Hashing;

namespace Timeline.Site.Output;

/// <summary>
/// Passes what is written on to a file and hashes it on the way, so a file's record is
/// known without reading the file back (<see cref="ContentHash"/>). A writer may dispose it when done (a writer that wraps the
/// stream often does); the hash stays readable, and the file is closed by its owner.
/// </summary>
internal sealed class HashingStream(Stream inner) : WriteOnlyStream
{
    private readonly XxHash128 _hash = new();

    /// <summary>The hash of everything written (<see cref="ContentHash"/>); call once, when done.</summary>
    public string Hash() => ContentHash.Hex(_hash);

    /// <summary>What <see cref="Hash"/> would give now, the hashing going on: a writer that must know it need not hash again.</summary>
    public string HashSoFar() => Convert.ToHexStringLower(_hash.GetCurrentHash());

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _hash.Append(buffer);
        inner.Write(buffer);
        Written += buffer.Length;
    }

    public override void Flush() => inner.Flush();
}
