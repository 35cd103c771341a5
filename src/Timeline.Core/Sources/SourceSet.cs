namespace Timeline.Core.Sources;

/// <summary>The sources that were read, in a stable order, and the problems with the files that were not.</summary>
public sealed record SourceSet(IReadOnlyList<SourceDocument> Documents, IReadOnlyList<SourceProblem> Problems);
