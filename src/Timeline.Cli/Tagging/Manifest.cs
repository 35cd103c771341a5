using System.Text.Json;
using Timeline.Temporal;

namespace Timeline.Cli.Tagging;

/// <summary>
/// Reads a manifest: one JSON object a line, <c>{"doc": "...", "dct": "YYYY-MM-DD" or null, "path": "..."}</c>,
/// paths relative to the manifest's folder, so a whole corpus is tagged in one process.
/// </summary>
internal static class Manifest
{
    public static IReadOnlyList<TagDocument> Read(string manifestPath)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(manifestPath)) ?? ".";
        var documents = new List<TagDocument>();
        int lineNumber = 0;
        foreach (string line in File.ReadLines(manifestPath))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            string doc = Required(root, "doc", manifestPath, lineNumber);
            string path = Required(root, "path", manifestPath, lineNumber);
            CalendarDate? dct = null;
            if (root.TryGetProperty("dct", out var d) && d.ValueKind == JsonValueKind.String)
            {
                if (!CalendarDate.TryParseIso(d.GetString(), out var parsed))
                    throw new FormatException($"{manifestPath}:{lineNumber}: dct '{d.GetString()}' is not YYYY-MM-DD");
                dct = parsed;
            }

            documents.Add(new TagDocument(doc, dct, Path.Combine(folder, path)));
        }

        return documents;
    }

    private static string Required(JsonElement root, string name, string file, int line) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FormatException($"{file}:{line}: missing string field \"{name}\"");
}
