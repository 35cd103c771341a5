using System.IO.Hashing;

namespace Timeline.Site.Output;

/// <summary>
/// The hash of Timeline's own lists (<c>.timeline-hashes</c>, <c>.timeline-pages</c>): XxHash128, as 32 lower-case hex
/// digits. These hashes only recognise Timeline's own files and inputs again between two builds, against accidents rather
/// than an adversary, so a fast non-cryptographic hash serves; SHA-256 was 5–7 % of a cold build.
/// </summary>
internal static class ContentHash
{
    public const int HexLength = 32;

    public static string Hex(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(XxHash128.Hash(content));

    public static string Hex(XxHash128 hash)
    {
        Span<byte> digest = stackalloc byte[16];
        hash.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest);
    }

    /// <summary>True for what <see cref="Hex(ReadOnlySpan{byte})"/> returns.</summary>
    public static bool IsHex(ReadOnlySpan<char> text)
    {
        if (text.Length != HexLength) return false;
        foreach (char c in text)
            if (!char.IsAsciiDigit(c) && !char.IsAsciiHexDigitLower(c)) return false;
        return true;
    }
}
