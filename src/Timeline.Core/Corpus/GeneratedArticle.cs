using Timeline.Core.Sources;

namespace Timeline.Core.Corpus;

/// <summary>One generated article: where it goes, its text, and the metadata timeline.yml should give it (if any).</summary>
public sealed record GeneratedArticle(string Path, string Content, int Words, SourceMetadata? ConfigMetadata);
