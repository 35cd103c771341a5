using Timeline.Core.Overrides;
using Timeline.Core.Sources;

namespace Timeline.Core.Config;

/// <summary>
/// The contents of <c>timeline.yml</c> at the root of the input folder. Every setting is optional:
/// a folder of articles with no configuration builds with these defaults.
/// </summary>
public sealed class TimelineConfig
{
    public const string FileName = "timeline.yml";

    public string Title { get; set; } = "Timeline";

    public string? Description { get; set; }

    /// <summary>Absolute URL the site is published at, for feeds, sitemap and canonical links.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>A folder of templates overriding the built-in ones file by file, relative to the config file.</summary>
    public string? Templates { get; set; }

    /// <summary>Publish only quoted passages of every source.</summary>
    public bool ExcerptsOnly { get; set; }

    /// <summary>Metadata by file path relative to the input folder; it overrides what the file says.</summary>
    public Dictionary<string, SourceMetadata> Sources { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Editorial changes to the extracted events, applied in order after extraction (README, "Editorial overrides").</summary>
    public List<EventOverride> Overrides { get; set; } = [];

    public static TimelineConfig Default => new();
}
