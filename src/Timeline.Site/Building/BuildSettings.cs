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
}
