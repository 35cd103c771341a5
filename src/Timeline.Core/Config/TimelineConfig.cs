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

    /// <summary>A custom domain for GitHub Pages (<c>timeline.example.org</c>): written to the site's <c>CNAME</c> file.</summary>
    public string? Cname { get; set; }

    /// <summary>A folder of templates overriding the built-in ones file by file, relative to the config file.</summary>
    public string? Templates { get; set; }

    /// <summary>Publish only quoted passages of every source.</summary>
    public bool ExcerptsOnly { get; set; }

    /// <summary>Metadata by file path relative to the input folder; it overrides what the file says.</summary>
    public Dictionary<string, SourceMetadata> Sources { get; set; } = new(StringComparer.Ordinal);

    // ── Inputs: which files of the input folder are sources, and how big one may be. ──

    /// <summary>Globs of the files to read (<c>articles/**/*.md</c>), relative to the input folder; empty reads every .txt, .md and .html file.</summary>
    public List<string> Include { get; set; } = [];

    /// <summary>Globs of files to leave out, applied after <see cref="Include"/> (<c>drafts/</c>, <c>*.draft.md</c>).</summary>
    public List<string> Exclude { get; set; } = [];

    /// <summary>
    /// A source file larger than this many megabytes (MiB) is refused unread: a news article is
    /// kilobytes, and a file of tens of megabytes is a dump or a mistake that would stall a build.
    /// </summary>
    public int MaxSourceMegabytes { get; set; } = DefaultMaxSourceMegabytes;

    public const int DefaultMaxSourceMegabytes = 10;

    /// <summary>Editorial changes to the extracted events, applied in order after extraction (README, "Editorial overrides").</summary>
    public List<EventOverride> Overrides { get; set; } = [];

    public static TimelineConfig Default => new();
}
