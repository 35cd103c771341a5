using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Timeline.Core.Sources;

/// <summary>
/// The YAML block between a first line <c>---</c> and the next <c>---</c> (or <c>...</c>) line of a
/// Markdown file. Keys the timeline does not use (<c>layout</c>, <c>draft</c>) are ignored, since
/// front matter is shared with other tools; keys it uses must have the right shape.
/// </summary>
internal static class FrontMatter
{
    // A key given twice is ambiguous (which title?), so it is an error, as the YAML spec says.
    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithDuplicateKeyChecking().Build();

    /// <summary>The metadata and the offset where the Markdown body starts (0 without front matter).</summary>
    public static (SourceMetadata Metadata, int BodyStart) Read(string content)
    {
        int firstEnd = LineEnd(content, 0);
        if (content.AsSpan(0, firstEnd).TrimEnd() is not "---") return (new SourceMetadata(), 0);

        int yamlStart = Math.Min(firstEnd + 1, content.Length);
        int lineStart = yamlStart;
        while (lineStart < content.Length)
        {
            int end = LineEnd(content, lineStart);
            if (content.AsSpan(lineStart, end - lineStart).TrimEnd() is "---" or "...")
                return (Parse(content[yamlStart..lineStart]), Math.Min(end + 1, content.Length));
            lineStart = end + 1;
        }
        throw new SourceFormatException("the front matter opened by '---' on line 1 is never closed by a '---' line");
    }

    private static int LineEnd(string text, int from)
    {
        int i = text.IndexOf('\n', from);
        return i < 0 ? text.Length : i;
    }

    private static SourceMetadata Parse(string yaml)
    {
        object? root;
        try
        {
            root = Yaml.Deserialize<object?>(yaml);
        }
        catch (YamlException ex)
        {
            // The YAML starts on the file's second line.
            string reason = (ex.InnerException?.Message ?? ex.Message).Split('\n')[0];
            throw new SourceFormatException($"invalid YAML in the front matter at line {ex.Start.Line + 1}: {reason}");
        }
        if (root is null) return new SourceMetadata();
        if (root is not Dictionary<object, object?> map)
            throw new SourceFormatException("the front matter is not a set of 'key: value' lines");

        var meta = new SourceMetadata();
        foreach (var (rawKey, value) in map)
        {
            string key = Convert.ToString(rawKey, System.Globalization.CultureInfo.InvariantCulture)?.ToLowerInvariant() ?? "";
            meta = key switch
            {
                "id" => meta with { Id = Scalar(key, value) },
                "title" => meta with { Title = Scalar(key, value) },
                "date" => meta with { Date = Scalar(key, value) },
                "url" => meta with { Url = Scalar(key, value) },
                "author" => meta with { Author = Scalar(key, value) },
                "publisher" => meta with { Publisher = Scalar(key, value) },
                "tags" => meta with { Tags = Tags(value) },
                "excerpts_only" => meta with { ExcerptsOnly = Flag(key, value) },
                _ => meta,
            };
        }
        return meta;
    }

    private static string? Scalar(string key, object? value) => value switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        _ => throw new SourceFormatException($"the front matter's '{key}' should be a single value, not a list or a map"),
    };

    private static bool? Flag(string key, object? value) => Scalar(key, value)?.ToLowerInvariant() switch
    {
        null => null,
        "true" or "yes" => true,
        "false" or "no" => false,
        var other => throw new SourceFormatException($"the front matter's '{key}' should be true or false, not '{other}'"),
    };

    // `tags: [a, b]`, a YAML list, or `tags: a, b` as one comma-separated line.
    private static List<string>? Tags(object? value) => value switch
    {
        null => null,
        string s => [.. s.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
        List<object?> list => [.. list.Select(item => item as string ?? throw new SourceFormatException("the front matter's 'tags' should be a list of words"))
            .Select(t => t.Trim()).Where(t => t.Length > 0)],
        _ => throw new SourceFormatException("the front matter's 'tags' should be a list of words"),
    };
}
