namespace Timeline.Core.Sources;

/// <summary>The sources that were read, in a stable order, and the problems with the files that were not.</summary>
public sealed record SourceSet(IReadOnlyList<SourceDocument> Documents, IReadOnlyList<SourceProblem> Problems)
{
    /// <summary>How many files were opened and read; the other documents were taken as the last build read them (<see cref="SourceLoader.LoadFolder(string, Config.TimelineConfig, Func{string, SourceDocument?}?, IReadOnlyList{string}?)"/>).</summary>
    public int FilesRead { get; init; }
}
