using System.Buffers;
using System.Text;

namespace Timeline.Site.Rendering;

/// <summary>Writes a builder's text as UTF-8 (no BOM) chunk by chunk, without making it a string first.</summary>
internal static class Utf8Chunks
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    [ThreadStatic] private static Encoder? t_encoder;

    /// <summary>The same bytes as <c>new UTF8Encoding(false).GetBytes(text.ToString())</c>, into a buffer.</summary>
    public static void Write(StringBuilder text, IBufferWriter<byte> output)
    {
        // A surrogate pair split between two chunks stays with the encoder until the next one; flushed at the end,
        // the encoder is left empty for the thread's next page.
        var encoder = t_encoder ??= Utf8.GetEncoder();
        encoder.Reset();
        foreach (var chunk in text.GetChunks()) encoder.Convert(chunk.Span, output, flush: false, out _, out _);
        encoder.Convert(ReadOnlySpan<char>.Empty, output, flush: true, out _, out _);
    }

    /// <summary>The same bytes as <c>new UTF8Encoding(false).GetBytes(text.ToString())</c>, into a stream.</summary>
    public static void Write(StringBuilder text, Stream output)
    {
        var encoder = Utf8.GetEncoder();
        byte[] buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            foreach (var chunk in text.GetChunks())
            {
                var chars = chunk.Span;
                // Converts in pieces that fit the buffer; a surrogate pair split between chunks stays with the encoder.
                while (true)
                {
                    encoder.Convert(chars, buffer, flush: false, out int used, out int written, out bool completed);
                    output.Write(buffer, 0, written);
                    chars = chars[used..];
                    if (completed) break;
                }
            }
            encoder.Convert(ReadOnlySpan<char>.Empty, buffer, flush: true, out _, out int tail, out _);
            output.Write(buffer, 0, tail);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
