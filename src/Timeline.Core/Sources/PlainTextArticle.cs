namespace Timeline.Core.Sources;

/// <summary>A plain-text article split into what its header said, its dateline and its body.</summary>
public sealed record PlainTextArticle(SourceMetadata Metadata, string? Dateline, string Body);
