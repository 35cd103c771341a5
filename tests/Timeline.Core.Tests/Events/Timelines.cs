using Timeline.Core.Config;
using Timeline.Core.Events;
using Timeline.Core.Pipeline;
using Timeline.Core.Sources;
using Timeline.Temporal;

namespace Timeline.Core.Tests.Events;

/// <summary>Timelines built from articles written inline, as the pipeline builds them from files.</summary>
internal static class Timelines
{
    public static SourceDocument Article(string id, string text, string? published = "2023-07-28") => new()
    {
        Id = id,
        Path = id + ".txt",
        Title = id,
        Text = text,
        Published = published is null ? null : CalendarDate.TryParseIso(published, out var d) ? d : null,
        PublishedBasis = published is null ? DateBasis.Unknown : DateBasis.File,
    };

    public static PipelineResult Run(TimelineConfig config, params SourceDocument[] articles) =>
        new TimelinePipeline(EnglishRecognizer.Instance).Run(new SourceSet(articles, []), config);

    public static TimelineData Build(params SourceDocument[] articles) => Run(TimelineConfig.Default, articles).Timeline;

    public static DocumentAnalysis Analyze(SourceDocument article) => new EventExtractor(EnglishRecognizer.Instance).Analyze(article);

    public static TimelineEvent Single(this TimelineData timeline, string dateText) =>
        timeline.Events.Single(e => e.Mentions.Any(m => m.DateText == dateText));

    public static string Sources(this TimelineEvent e) => string.Join(",", e.Mentions.Select(m => m.SourceId).Distinct().Order(StringComparer.Ordinal));
}
