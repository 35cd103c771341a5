using Timeline.Core.Pipeline;
using Timeline.Core.Sources;
using Timeline.Core.Tests.Pipeline;
using Timeline.Temporal;

namespace Timeline.Core.Tests.Caching;

/// <summary>What the cache tests rebuild from, and what they compare a rebuild with.</summary>
internal static class RebuildSources
{
    /// <summary>The sources with <paramref name="addition"/> appended to the middle one: one article edited.</summary>
    public static SourceSet Edited(SourceSet sources, string addition) => sources with
    {
        Documents = [.. sources.Documents.Select((d, i) => i == sources.Documents.Count / 2 ? d with { Text = d.Text.TrimEnd() + addition } : d)],
    };

    /// <summary>A build without any cache, described whole: what every cached build must equal.</summary>
    public static string Cold(SourceSet sources) => ParallelPipelineTests.Describe(new TimelinePipeline(EnglishRecognizer.Instance).Run(sources));
}
