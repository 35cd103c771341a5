using Timeline.Core.Config;
using Timeline.Core.Events;
using Timeline.Core.Overrides;
using Timeline.Core.Sources;
using Timeline.Temporal;

namespace Timeline.Core.Pipeline;

/// <summary>
/// Sources → dated statements → merged, ordered events → editorial overrides. The per-source step
/// (<see cref="EventExtractor.Analyze"/>) is a pure function of one source; everything that looks
/// across sources happens after it.
/// </summary>
public sealed class TimelinePipeline(ITemporalRecognizer recognizer)
{
    public PipelineResult Run(string inputFolder, TimelineConfig config, IProgress<string>? progress = null)
    {
        var sources = SourceLoader.LoadFolder(inputFolder, config);
        return Run(sources, config, progress);
    }

    public PipelineResult Run(SourceSet sources, IProgress<string>? progress = null) => Run(sources, TimelineConfig.Default, progress);

    public PipelineResult Run(SourceSet sources, TimelineConfig config, IProgress<string>? progress = null)
    {
        var extractor = new EventExtractor(recognizer);
        var analyses = new List<DocumentAnalysis>(sources.Documents.Count);
        foreach (var document in sources.Documents)
        {
            progress?.Report(document.Path);
            analyses.Add(extractor.Analyze(document));
        }
        var timeline = TimelineBuilder.Build(analyses);
        var edited = OverrideApplier.Apply(timeline, config.Overrides);
        return new PipelineResult(edited.Timeline, [.. sources.Problems, .. edited.Problems]);
    }
}
