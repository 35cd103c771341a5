using System.IO.Enumeration;
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
        var filter = Filter(config);
        return Directory.EnumerateFiles(root, "*", Options)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => SourceFormats.FromPath(f) is not null)
            .Where(filter)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Whether the config's include and exclude globs let <paramref name="relative"/> (a file of a supported format) in.</summary>
    public static Func<string, bool> Filter(TimelineConfig config)
    {
        var include = config.Include.Select(p => new Glob(p)).ToList();
        var exclude = config.Exclude.Select(p => new Glob(p)).ToList();
        return f => (include.Count == 0 || include.Any(g => g.IsMatch(f))) && !exclude.Any(g => g.IsMatch(f));
    }

    /// <summary>
    /// Every file <see cref="Find"/> could return whatever the globs, with its length and modification
    /// time from the same directory walk, without opening it: how a rebuild learns what changed.
    /// </summary>
    public static IReadOnlyList<InputStat> Scan(string root)
    {
        var files = new FileSystemEnumerable<InputStat?>(root, (ref FileSystemEntry entry) =>
        {
            string relative = Path.GetRelativePath(root, entry.ToFullPath()).Replace('\\', '/');
            return SourceFormats.FromPath(relative) is null ? null : new InputStat(relative, entry.Length, entry.LastWriteTimeUtc.UtcTicks);
        }, Options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
        };
        return [.. files.OfType<InputStat>().OrderBy(f => f.Path, StringComparer.Ordinal)];
    }
}

/// <summary>A candidate input file as a directory walk sees it: its path relative to the input folder, length and last write (UTC ticks).</summary>
public sealed record InputStat(string Path, long Length, long ModifiedTicks);
