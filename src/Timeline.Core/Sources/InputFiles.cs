using Timeline.Core.Config;

namespace Timeline.Core.Sources;

/// <summary>The files of an input folder that are sources: a supported extension, then include/exclude globs.</summary>
public static class InputFiles
{
    // Hidden entries (`.git`, `.obsidian`, dot files) are never articles; unreadable folders are skipped.
    private static readonly EnumerationOptions Options = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        MatchType = MatchType.Simple,
    };

    /// <summary>Paths relative to <paramref name="root"/>, with forward slashes, in ordinal order.</summary>
    public static IReadOnlyList<string> Find(string root, TimelineConfig config)
    {
        var include = config.Include.Select(p => new Glob(p)).ToList();
        var exclude = config.Exclude.Select(p => new Glob(p)).ToList();
        return Directory.EnumerateFiles(root, "*", Options)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => SourceFormats.FromPath(f) is not null)
            .Where(f => include.Count == 0 || include.Any(g => g.IsMatch(f)))
            .Where(f => !exclude.Any(g => g.IsMatch(f)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
