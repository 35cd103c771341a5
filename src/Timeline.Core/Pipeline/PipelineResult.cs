using Timeline.Core.Caching;
using Timeline.Core.Events;
using Timeline.Core.Sources;

namespace Timeline.Core.Pipeline;

/// <summary>Everything a build learned: the timeline, and the problems with inputs it left out.</summary>
public sealed record PipelineResult(TimelineData Timeline, IReadOnlyList<SourceProblem> Problems)
{
    /// <summary>How many articles were analysed in this run; the rest came from the cache.</summary>
    public int Analysed { get; init; }

    /// <summary>Why the cache was not used as it stood (corrupt, stale, unavailable), or null.</summary>
    public string? CacheNote { get; init; }

    /// <summary>How many sources were hashed for their cache key (the others' were recorded by the last build); null without a cache.</summary>
    public int? Keyed { get; init; }

    /// <summary>How many input files were read; the others' documents were taken from the cache (<see cref="SourceSet.FilesRead"/>).</summary>
    public int FilesRead { get; init; }

    /// <summary>True when the events were those of the last build, its statements being unchanged.</summary>
    public bool EventsReused { get; init; }

    /// <summary>The analysis cache's key of each source read, by its path (<see cref="CacheKey.For"/>); null without a cache.</summary>
    public IReadOnlyDictionary<string, string?>? CacheKeys { get; init; }
}
