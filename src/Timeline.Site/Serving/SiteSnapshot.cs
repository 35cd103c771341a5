namespace Timeline.Site.Serving;

/// <summary>
/// What the preview server serves: the last good build's files, and the error of the last build
/// when it failed. <see cref="Version"/> changes with every build, good or bad, so open pages reload.
/// </summary>
public sealed record SiteSnapshot(IReadOnlyDictionary<string, byte[]> Files, int Version, string? Error)
{
    public static SiteSnapshot Empty { get; } = new(new Dictionary<string, byte[]>(StringComparer.Ordinal), 0, null);
}
