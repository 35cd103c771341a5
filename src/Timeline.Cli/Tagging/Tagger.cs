using System.Text;
using Timeline.Temporal;

namespace Timeline.Cli.Tagging;

/// <summary>Tags every document named by the settings and writes the mentions; returns the exit code.</summary>
internal static class Tagger
{
    public static int Run(TagSettings settings, ITemporalRecognizer recognizer, TextWriter output, TextWriter error)
    {
        var documents = new List<TagDocument>();
        try
        {
            if (settings.Manifest is { } manifest) documents.AddRange(Manifest.Read(manifest));
        }
        catch (Exception ex) when (ex is IOException or FormatException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            error.WriteLine($"error: {ex.Message}");
            return 1;
        }

        documents.AddRange(settings.Files.Select(f => new TagDocument(f, settings.Anchor, f)));
        if (documents.Count == 0 && settings.Manifest is null) documents.Add(new TagDocument("-", settings.Anchor, "-"));
        var writer = new MentionWriter(output, settings.Format);
        int failures = 0;
        foreach (var document in documents)
        {
            string text;
            try
            {
                // As the bytes say: a byte-order mark stays a character, so offsets match other readers.
                text = document.Path == "-" ? Console.In.ReadToEnd() : Encoding.UTF8.GetString(File.ReadAllBytes(document.Path));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: {document.Path}: {ex.Message}");
                failures++;
                continue;
            }

            var options = new RecognitionOptions(document.Anchor ?? settings.Anchor, settings.SlashOrder);
            IReadOnlyList<TemporalMention> mentions = recognizer.Recognize(text, options);
            if (settings.SplitRanges) mentions = [.. EnglishRecognizer.SplitRanges(mentions)];
            writer.Write(document, text, mentions);
        }

        output.Flush();
        return failures == 0 ? 0 : 1;
    }
}
