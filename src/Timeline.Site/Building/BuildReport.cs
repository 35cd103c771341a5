using Timeline.Core.Sources;

namespace Timeline.Site.Building;

/// <summary>What a finished build did: counts for the summary line, and the inputs it left out.</summary>
public sealed record BuildReport(int Sources, int Events, int FilesWritten, IReadOnlyList<SourceProblem> Problems, TimeSpan Elapsed);
