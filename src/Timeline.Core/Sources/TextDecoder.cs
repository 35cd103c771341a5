using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Timeline.Core.Sources;

/// <summary>
/// Turns a file's bytes into text with <c>\n</c> line ends. A byte-order mark decides
/// (UTF-8, UTF-16, UTF-32); without one the bytes must be UTF-8, or else plausibly Windows-1252
/// (the usual encoding of old Western "plain text"). Anything else is refused with a reason.
/// </summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Bytes that Windows-1252 leaves undefined: a file holding one is not Windows-1252 text.
    // What Normalize changes or drops: every control character (CR among them) but LF and tab.
    private static readonly SearchValues<char> Unwanted = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c).Where(c => c is not '\n' and not '\t')]);

    private static readonly SearchValues<byte> Undefined1252 = SearchValues.Create([0x81, 0x8D, 0x8F, 0x90, 0x9D]);

    /// <summary>The decoded, line-end-normalized text and the name of the encoding it was read as.</summary>
    /// <param name="declared">An encoding the file declares (an HTML meta charset), used instead of the Windows-1252 guess.</param>
    public static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes, Encoding? declared = null)
    {
        var (text, encoding) = DecodeRaw(bytes, declared);
        return (Normalize(text), encoding);
    }

    private static (string Text, string Encoding) DecodeRaw(ReadOnlySpan<byte> bytes, Encoding? declared)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (Strict(StrictUtf8, bytes[3..], "UTF-8"), "UTF-8");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return (Strict(new UTF32Encoding(false, false, true), bytes[4..], "UTF-32"), "UTF-32LE");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) return (Strict(new UTF32Encoding(true, false, true), bytes[4..], "UTF-32"), "UTF-32BE");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (Strict(new UnicodeEncoding(false, false, true), bytes[2..], "UTF-16"), "UTF-16LE");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (Strict(new UnicodeEncoding(true, false, true), bytes[2..], "UTF-16"), "UTF-16BE");

        if (BinarySniffer.Identify(bytes) is { } kind) throw new SourceFormatException($"the file is {kind}, not text");
        if (bytes.Contains((byte)0))
            throw new SourceFormatException("the file is binary, not text (it contains NUL bytes; UTF-16 text needs a byte-order mark)");

        // Checking is vectorized and far cheaper than decoding; where the first bad byte is, only a file that has one asks.
        if (Utf8.IsValid(bytes)) return (StrictUtf8.GetString(bytes), "UTF-8");
        int invalidAt = FirstInvalidUtf8(bytes);

        if (declared is not null) return (declared.GetString(bytes), declared.WebName);

        // A file that already holds well-formed multi-byte UTF-8 is UTF-8 with damage, not a
        // different encoding; decoding it as Windows-1252 would turn every é into Ã©.
        if (HasMultiByteUtf8(bytes) || bytes.ContainsAny(Undefined1252))
            throw new SourceFormatException($"the file is not valid UTF-8 (bad byte 0x{bytes[invalidAt]:X2} at offset {invalidAt}); save it as UTF-8");
        return (Encoding.GetEncoding(1252).GetString(bytes), "Windows-1252");
    }

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new SourceFormatException($"the file is not valid {name} although its byte-order mark says so ({ex.Message.TrimEnd('.')})");
        }
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        char[] buffer = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            int offset = 0;
            while (offset < bytes.Length)
            {
                var status = Utf8.ToUtf16(bytes[offset..], buffer, out int read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                offset += read;
                if (status == OperationStatus.Done) return -1;
                if (status != OperationStatus.DestinationTooSmall) return offset;
            }
            return -1;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static bool HasMultiByteUtf8(ReadOnlySpan<byte> bytes)
    {
        for (int i = 0; i < bytes.Length - 1; i++)
        {
            byte b = bytes[i];
            int need = b switch { >= 0xC2 and <= 0xDF => 1, >= 0xE0 and <= 0xEF => 2, >= 0xF0 and <= 0xF4 => 3, _ => 0 };
            if (need == 0 || i + need >= bytes.Length) continue;
            bool ok = true;
            for (int k = 1; k <= need; k++) ok &= (bytes[i + k] & 0xC0) == 0x80;
            if (ok && Utf8.IsValid(bytes.Slice(i, need + 1))) return true;
        }
        return false;
    }

    /// <summary>
    /// CRLF and lone CR become LF, a leading BOM character goes, and stray control characters
    /// (form feeds, DOS end-of-file marks) are dropped; text made mostly of them is binary.
    /// </summary>
    public static string Normalize(string text)
    {
        // Most text has nothing to change: no CR, no control character but LF and tab, no BOM. It is kept as it is, not copied.
        if (!text.AsSpan().ContainsAny(Unwanted) && !text.StartsWith('\uFEFF')) return text;
        var sb = new StringBuilder(text.Length);
        int controls = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
            else if (c == '\uFEFF' && sb.Length == 0)
            {
                // a BOM decoded as a character
            }
            else if (c is '\n' or '\t')
            {
                sb.Append(c);
            }
            else if (char.IsControl(c))
            {
                controls++;
            }
            else
            {
                sb.Append(c);
            }
        }
        if (controls > 8 && controls * 100 > text.Length)
            throw new SourceFormatException($"the file is binary, not text ({controls} control characters)");
        return sb.ToString();
    }
}
