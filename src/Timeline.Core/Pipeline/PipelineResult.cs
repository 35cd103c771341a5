using Timeline.Core.Events;
using Timeline.Core.Sources;

namespace Timeline.Core.Pipeline;

/// <summary>Everything a build learned: the timeline, and the problems with inputs it left out.</summary>
public sealed record PipelineResult(TimelineData Timeline, IReadOnlyList<SourceProblem> Problems);
