using Timeline.Core.Config;
using Timeline.Core.Events;
using Timeline.Core.Sources;
using Timeline.Temporal;

namespace Timeline.Core.Pipeline;

/// <summary>Sources → dated statements → ordered events. Each stage is a pure function of the one before.</summary>
public sealed class TimelinePipeline(ITemporalRecognizer recognizer)
{
    public PipelineResult Run(string inputFolder, TimelineConfig config, IProgress<string>? progress = null)
    {
        var sources = SourceLoader.LoadFolder(inputFolder, config);
        return Run(sources, progress);
    }

    public PipelineResult Run(SourceSet sources, IProgress<string>? progress = null)
    {
        var extractor = new EventExtractor(recognizer);
        var analyses = new List<DocumentAnalysis>(sources.Documents.Count);
        foreach (var document in sources.Documents)
        {
            progress?.Report(document.Path);
            analyses.Add(extractor.Analyze(document));
        }
        return new PipelineResult(TimelineBuilder.Build(analyses), sources.Problems);
    }
}
