using Timeline.Core.Config;
using Timeline.Temporal;

namespace Timeline.Core.Sources;

/// <summary>
/// Applies the precedence of metadata, field by field: timeline.yml over what the file says about
/// itself, over what is inferred (a first heading, a dateline with its year, the file name).
/// Only the value that wins is checked, so timeline.yml can mend a file's broken date or URL.
/// </summary>
internal static class SourceMetadataMerge
{
    public static SourceDocument Build(string relative, ArticleContent content, SourceMetadata? configured, TimelineConfig config)
    {
        var file = content.Metadata;
        var (published, basis, evidence) = PublishedDate(content, configured);

        string? url = configured?.Url ?? file.Url;
        if (url is not null && !SafeUrl.IsSafe(url))
            throw new SourceFormatException($"the url '{Shorten(url)}'{From(configured?.Url)} is not an http(s) address");

        string name = Path.GetFileNameWithoutExtension(relative);
        return new SourceDocument
        {
            Id = Slug.From(configured?.Id ?? file.Id ?? name),
            Path = relative,
            Title = configured?.Title ?? file.Title ?? content.InferredTitle ?? name,
            Text = content.Text,
            Url = SafeUrl.OrNull(url),
            Publisher = configured?.Publisher ?? file.Publisher,
            Author = configured?.Author ?? file.Author,
            Dateline = content.Dateline,
            Published = published,
            PublishedBasis = basis,
            PublishedEvidence = evidence,
            // The global switch (and --excerpts-only) only ever restricts: a file cannot grant itself full text.
            ExcerptsOnly = config.ExcerptsOnly || (configured?.ExcerptsOnly ?? file.ExcerptsOnly ?? false),
            Tags = (IReadOnlyList<string>?)configured?.Tags ?? file.Tags ?? [],
            SourceMap = content.SourceMap,
        };
    }

    private static (CalendarDate? Date, DateBasis Basis, string? Evidence) PublishedDate(ArticleContent content, SourceMetadata? configured)
    {
        if (configured?.Date is { } given)
        {
            if (!MetadataDate.TryParse(given, out var date, out string? error))
                throw new SourceFormatException($"{TimelineConfig.FileName} gives it the date {error}");
            return (date, DateBasis.Config, $"{TimelineConfig.FileName}: date {given}");
        }
        if (content.Metadata.Date is { } stated)
        {
            if (!MetadataDate.TryParse(stated, out var date, out string? error))
                throw new SourceFormatException($"{content.DateEvidence ?? "its date"}: {error}; correct it, or give the date in {TimelineConfig.FileName}");
            return (date, DateBasis.File, content.DateEvidence);
        }
        if (Dateline.TryGetDate(content.Dateline, out var datelineDate))
            return (datelineDate, DateBasis.Dateline, $"dateline: {content.Dateline}");
        return (null, DateBasis.Unknown, null);
    }

    private static string From(string? configuredUrl) => configuredUrl is null ? "" : $" (from {TimelineConfig.FileName})";

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";
}
