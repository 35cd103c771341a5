namespace Timeline.Site.Building;

/// <summary>One build: where the articles are, where the site goes, and how strictly bad input is treated.</summary>
public sealed record BuildSettings
{
    public string Input { get; init; } = "seeds";
    public string Output { get; init; } = "site";
    public string? Templates { get; init; }
    public string? BaseUrl { get; init; }
    public bool Strict { get; init; }
    public bool ExcerptsOnly { get; init; }

    /// <summary>Reuse the analyses of unchanged articles from earlier builds (kept in <see cref="CacheFolder"/>).</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>Where the analysis cache lives; by default <c>.timeline-cache/</c> beside the output folder.</summary>
    public string? CacheFolder { get; init; }

    /// <summary>Articles analysed at once; null is one per core. The site is the same whatever the value.</summary>
    public int? Parallelism { get; init; }

    /// <summary>For tests: a delta build's commit stops as a crash would, after this many files are moved into the output.</summary>
    internal int? InterruptCommitAfter { get; init; }

    /// <summary>For tests: the build state is recorded whole, never patched from the last one's (<see cref="StatePatch"/>), to compare the two.</summary>
    internal bool RecordStateWhole { get; init; }

    /// <summary>The cache folder this build uses: <see cref="CacheFolder"/>, or <c>.timeline-cache/</c> beside the output.</summary>
    public string ResolvedCacheFolder => CacheFolder
        ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(Output).TrimEnd(Path.DirectorySeparatorChar)) ?? ".", ".timeline-cache");
}
