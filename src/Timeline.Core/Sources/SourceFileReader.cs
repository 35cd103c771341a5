using System.Globalization;
using Timeline.Core.Config;

namespace Timeline.Core.Sources;

/// <summary>
/// Reads one file into a <see cref="SourceDocument"/>, or says in one line why it cannot:
/// size, bytes, encoding, format, then the metadata precedence of <see cref="SourceMetadataMerge"/>.
/// </summary>
internal static class SourceFileReader
{
    public static (SourceDocument? Document, string? Error) Read(string fullPath, string relative, SourceMetadata? configured, TimelineConfig config)
    {
        try
        {
            var format = SourceFormats.FromPath(relative);
            string text = ReadText(fullPath, config.MaxSourceMegabytes, format == SourceFormat.Html);
            var content = format switch
            {
                SourceFormat.Markdown => MarkdownReader.Read(text),
                SourceFormat.Html => HtmlReader.Read(text),
                _ => PlainTextReader.ReadContent(text),
            };
            return (SourceMetadataMerge.Build(relative, content, configured, config), null);
        }
        catch (SourceFormatException ex)
        {
            return (null, ex.Message);
        }
        catch (FileNotFoundException)
        {
            return (null, "the file does not exist");
        }
        catch (DirectoryNotFoundException)
        {
            return (null, "the file does not exist");
        }
        catch (UnauthorizedAccessException)
        {
            return (null, "the file cannot be read (permission denied)");
        }
        catch (IOException ex)
        {
            // The message may name the absolute path; the problem line already names the file.
            return (null, $"the file cannot be read ({ex.Message.Replace(fullPath, relative, StringComparison.Ordinal)})");
        }
#pragma warning disable CA1031 // A reader's bug on one odd file must not stop the build; it is reported like any bad file.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return (null, $"the file could not be read ({ex.GetType().Name}: {ex.Message})");
        }
    }

    private static string ReadText(string fullPath, int maxMegabytes, bool html)
    {
        long limit = (long)Math.Max(1, maxMegabytes) * 1024 * 1024;
        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        long length = stream.Length;
        if (length == 0) throw new SourceFormatException("the file is empty");
        if (length > limit)
            throw new SourceFormatException(string.Create(CultureInfo.InvariantCulture,
                $"the file is {length / (1024.0 * 1024.0):0.0} MB, over the {maxMegabytes} MB limit for one source (max_source_megabytes in {TimelineConfig.FileName})"));

        // Read at most the limit even if the file grows while it is read.
        var bytes = new byte[length];
        int read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        var content = bytes.AsSpan(0, read);
        var (text, _) = TextDecoder.Decode(content, html ? HtmlCharset.Declared(content) : null);
        if (string.IsNullOrWhiteSpace(text)) throw new SourceFormatException("the file has no text, only white space");
        return text;
    }
}
