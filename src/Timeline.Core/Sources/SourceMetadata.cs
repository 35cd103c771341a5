namespace Timeline.Core.Sources;

/// <summary>Metadata given for one source, in timeline.yml or in the file itself. Null means "not given".</summary>
public sealed record SourceMetadata
{
    public string? Id { get; init; }
    public string? Title { get; init; }
    public string? Date { get; init; }
    public string? Url { get; init; }
    public string? Publisher { get; init; }
    public string? Author { get; init; }
    public bool? ExcerptsOnly { get; init; }

    /// <summary>Topics of the source (front matter <c>tags</c>); given in timeline.yml they replace the file's.</summary>
    public List<string>? Tags { get; init; }
}
