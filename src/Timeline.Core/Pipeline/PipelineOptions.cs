using Timeline.Core.Caching;
using Timeline.Core.Sources;

namespace Timeline.Core.Pipeline;

/// <summary>How a pipeline run uses the machine: how many articles at once, and what it may reuse.</summary>
public sealed record PipelineOptions
{
    /// <summary>Articles analysed at once; the output is the same whatever the value (1 is sequential).</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Analyses of unchanged articles from earlier builds; null analyses every article.</summary>
    public IAnalysisCache? Cache { get; init; }

    /// <summary>
    /// The analysis key an earlier build worked out for the document of a file (by its path relative to the input folder)
    /// that is, when asked, still exactly as it was then; or null to read the file and hash the document. With it, a file
    /// whose analysis the cache holds is not read at all: its document is the cache's (<see cref="IAnalysisCache.Unread"/>).
    /// </summary>
    public Func<string, string?>? RecordedKey { get; init; }

    /// <summary>
    /// The input folder's candidate files (<see cref="InputFiles.Scan"/>: relative paths of supported formats, in ordinal order,
    /// whatever the globs) as a walk made for this build found them; the pipeline then takes them, filtered by the config's
    /// globs, instead of walking the folder again. Null walks it.
    /// </summary>
    public IReadOnlyList<string>? Files { get; init; }

    /// <summary>The events of the last build, reused when the statements are unchanged; null builds them every time.</summary>
    public EventCache? Events { get; init; }

    /// <summary>Where the time of each stage is recorded, or null.</summary>
    public StageTimes? Times { get; init; }

    public static PipelineOptions Default { get; } = new();
}
