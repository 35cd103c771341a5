namespace Timeline.Core.Sources;

/// <summary>Something wrong with one input file; the build reports it and goes on without that file unless strict.</summary>
public sealed record SourceProblem(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
