using Timeline.Core.Caching;
using Timeline.Core.Config;
using Timeline.Core.Events;
using Timeline.Core.Pipeline;
using Timeline.Core.Sources;
using Timeline.Core.Tests.Pipeline;
using Timeline.Temporal;

namespace Timeline.Core.Tests.Caching;

/// <summary>What the cache tests rebuild from, and what they compare a rebuild with.</summary>
internal static class RebuildSources
{
    /// <summary>The code version the cache tests build with.</summary>
    public const string Code = "test-code-version";

    /// <summary>
    /// A build through the analysis cache and the event cache in <paramref name="folder"/>. As a build does, it waits for the events
    /// and statements to be stored (they are written beside its later stages), and the storing must not fail.
    /// </summary>
    public static (PipelineResult Result, EventCache Events) CachedBuild(SourceSet sources, string folder, TimelineConfig? config = null, string code = Code)
    {
        var events = new EventCache(folder, code);
        var result = new TimelinePipeline(EnglishRecognizer.Instance, new PipelineOptions { Cache = new SqliteAnalysisCache(folder, code), Events = events })
            .Run(sources, config ?? TimelineConfig.Default);
        events.FinishStoring().ShouldBeNull();
        return (result, events);
    }

    /// <summary>The analyses of <paramref name="sources"/> as a build has them: from the cache where it has them, with their keys.</summary>
    public static (List<DocumentAnalysis> Analyses, string?[] Keys) CachedAnalyses(SourceSet sources, SqliteAnalysisCache cache)
    {
        var lookup = cache.Lookup(sources.Documents);
        var extractor = new EventExtractor(EnglishRecognizer.Instance);
        var fresh = new List<(int, DocumentAnalysis)>();
        var analyses = new List<DocumentAnalysis>();
        for (int i = 0; i < sources.Documents.Count; i++)
        {
            var analysis = lookup.Found[i] ?? extractor.Analyze(sources.Documents[i]);
            if (lookup.Found[i] is null) fresh.Add((i, analysis));
            analyses.Add(analysis.WithInferredDate());
        }
        cache.Store(lookup, fresh);
        return (analyses, [.. lookup.Keys]);
    }

    /// <summary>The sources with <paramref name="addition"/> appended to the middle one: one article edited.</summary>
    public static SourceSet Edited(SourceSet sources, string addition) => sources with
    {
        Documents = [.. sources.Documents.Select((d, i) => i == sources.Documents.Count / 2 ? d with { Text = d.Text.TrimEnd() + addition } : d)],
    };

    /// <summary>A build without any cache, described whole: what every cached build must equal.</summary>
    public static string Cold(SourceSet sources) => ParallelPipelineTests.Describe(new TimelinePipeline(EnglishRecognizer.Instance).Run(sources));
}
