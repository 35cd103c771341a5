using Timeline.Core.Pipeline;
using Timeline.Core.Sources;

namespace Timeline.Site.Building;

/// <summary>What a finished build did: counts for the summary line, and the inputs it left out.</summary>
public sealed record BuildReport(int Sources, int Events, int FilesWritten, IReadOnlyList<SourceProblem> Problems, TimeSpan Elapsed)
{
    /// <summary>Articles analysed in this build; the others were unchanged and came from the cache.</summary>
    public int Analysed { get; init; }

    /// <summary>Files whose content changed and were written; the others were carried over as they were.</summary>
    public int FilesChanged { get; init; }

    /// <summary>Pages rendered in this build; the others had the same inputs as in the previous build and were carried over.</summary>
    public int PagesRendered { get; init; }

    /// <summary>Why the cache was rebuilt or partly ignored (corrupt, stale), or null.</summary>
    public string? CacheNote { get; init; }

    /// <summary>True when the build was a delta of the last one (<see cref="DeltaBuild"/>): only what changed was read, rendered and written.</summary>
    public bool Delta { get; init; }

    /// <summary>How long each stage took, in the order they ran.</summary>
    public IReadOnlyList<StageTime> Stages { get; init; } = [];

    /// <summary>The stretches of at least 10 ms between the stages, which no stage measured (<see cref="StageTimes.Unmeasured"/>).</summary>
    public IReadOnlyList<StageTime> Unmeasured { get; init; } = [];
}
