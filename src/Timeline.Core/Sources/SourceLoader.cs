using System.Text;
using Timeline.Core.Config;
using Timeline.Temporal;

namespace Timeline.Core.Sources;

/// <summary>
/// Finds the articles in an input folder and reads each into a <see cref="SourceDocument"/>.
/// A file that cannot be read becomes a <see cref="SourceProblem"/>; it never stops the others.
/// </summary>
public static class SourceLoader
{
    private static readonly string[] Extensions = [".txt"];

    public static SourceSet LoadFolder(string inputFolder, TimelineConfig config)
    {
        var root = Path.GetFullPath(inputFolder);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

        var documents = new List<SourceDocument>();
        var problems = new List<SourceProblem>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (string relative in files)
        {
            string? error = TryRead(root, relative, config, out var document);
            if (error is null && !ids.Add(document!.Id))
                error = $"duplicate source id '{document.Id}'; give one of them an id in {TimelineConfig.FileName}";
            if (error is null) documents.Add(document!);
            else problems.Add(new SourceProblem(relative, error));
        }
        return new SourceSet(documents, problems);
    }

    private static string? TryRead(string root, string relative, TimelineConfig config, out SourceDocument? document)
    {
        document = null;
        byte[] bytes = File.ReadAllBytes(Path.Combine(root, relative));
        if (bytes.Length == 0) return "the file is empty";
        string content;
        try
        {
            content = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return "the file is not valid UTF-8 text";
        }

        var article = PlainTextReader.Read(content);
        if (string.IsNullOrWhiteSpace(article.Body)) return "the file has no text";

        config.Sources.TryGetValue(relative, out var configured);
        var fromFile = article.Metadata;

        CalendarDate? published = null;
        var basis = DateBasis.Unknown;
        string? evidence = null;
        foreach (var (meta, metaBasis) in new[] { (configured, DateBasis.Config), (fromFile, DateBasis.File) })
        {
            if (meta?.Date is not { } text) continue;
            if (!CalendarDate.TryParseIso(text, out var date)) return $"'{text}' is not a date that exists (expected YYYY-MM-DD)";
            published = date;
            basis = metaBasis;
            evidence = metaBasis == DateBasis.Config ? $"{TimelineConfig.FileName}: date {text}" : $"header: date {text}";
            break;
        }

        string fileName = Path.GetFileNameWithoutExtension(relative);
        document = new SourceDocument
        {
            Id = Slug.From(configured?.Id ?? fileName),
            Path = relative,
            Title = configured?.Title ?? fromFile.Title ?? fileName,
            Text = article.Body,
            Url = SafeUrl.OrNull(configured?.Url ?? fromFile.Url),
            Publisher = configured?.Publisher ?? fromFile.Publisher,
            Author = configured?.Author ?? fromFile.Author,
            Dateline = article.Dateline,
            Published = published,
            PublishedBasis = basis,
            PublishedEvidence = evidence,
            ExcerptsOnly = configured?.ExcerptsOnly ?? config.ExcerptsOnly,
        };
        return null;
    }
}
