using System.IO.Enumeration;
using System.Text;

namespace Timeline.Site.Output;

/// <summary>
/// Writes a whole site or nothing: files go to a staging folder beside the output, which replaces
/// the output only once every file is written. A list of the files Timeline wrote is kept in the
/// output, so an output folder holding anything else is refused rather than deleted. Files whose
/// content did not change since the last build are carried over, not rewritten.
/// </summary>
public static class SiteWriter
{
    public const string ManifestName = ".timeline-files";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Replaces <paramref name="outputFolder"/> with exactly <paramref name="files"/> (relative path → content).</summary>
    /// <returns>The number of files in the site.</returns>
    public static int Write(string outputFolder, IReadOnlyDictionary<string, byte[]> files) => WriteChanges(outputFolder, files).Files;

    /// <summary>Replaces <paramref name="outputFolder"/> with exactly <paramref name="files"/>, writing only the files whose content changed.</summary>
    public static SiteWriteResult WriteChanges(string outputFolder, IReadOnlyDictionary<string, byte[]> files) =>
        WriteChanges(outputFolder, new RenderedSite(
            new SortedDictionary<string, byte[]?>(files.ToDictionary(f => f.Key, f => (byte[]?)f.Value), StringComparer.Ordinal),
            new SortedDictionary<string, string>(StringComparer.Ordinal),
            files.Count));

    /// <summary>
    /// Replaces <paramref name="outputFolder"/> with exactly the files of <paramref name="site"/>,
    /// writing only the files whose content changed (see <see cref="StagedSite"/>). A file without
    /// content (a page not rendered again) must be in the current output, untouched since it was written.
    /// </summary>
    public static SiteWriteResult WriteChanges(string outputFolder, RenderedSite site)
    {
        using var staged = StagedSite.Begin(outputFolder);
        // Every path is checked before anything is written.
        foreach (string path in site.Files.Keys) ResolveInside(outputFolder, path);
        var entries = site.Files.ToArray();
        Parallel.For(0, entries.Length, i => staged.Add(entries[i].Key, entries[i].Value));
        return staged.Commit(site.Fingerprints);
    }

    public static byte[] Text(string text) => Utf8.GetBytes(text);

    /// <summary>
    /// Refuses an existing output folder that holds files Timeline did not write there: any file but the lists that
    /// <paramref name="ours"/> (the output's <c>.timeline-files</c>) does not name. Each file the walk meets is looked up
    /// where it is met, with no string made for it (66,000 files at 10,000 articles).
    /// </summary>
    internal static void CheckOnlyOurs(string output, OutputList ours)
    {
        if (!Directory.Exists(output)) return;
        var walk = new FileSystemEnumerable<string>(output, (ref FileSystemEntry entry) => Relative(ref entry),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false, MatchType = MatchType.Win32 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory && !IsOurs(ref entry, ours),
        };
        var foreign = walk.Order(StringComparer.Ordinal).ToList();
        if (foreign.Count > 0)
            throw new IOException($"the output folder '{output}' holds files Timeline did not write ({string.Join(", ", foreign.Take(3))}{(foreign.Count > 3 ? ", …" : "")}); choose another folder or move them away");
    }

    private static bool IsOurs(ref FileSystemEntry entry, OutputList ours)
    {
        int length = RelativeLength(ref entry);
        char[]? rented = length > 512 ? System.Buffers.ArrayPool<char>.Shared.Rent(length) : null;
        Span<char> path = (rented ?? stackalloc char[512])[..length];
        try
        {
            WriteRelative(ref entry, path);
            return path is ManifestName or OutputRecord.FileName or PageFingerprints.FileName || ours.Find(path) >= 0;
        }
        finally
        {
            if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static string Relative(ref FileSystemEntry entry)
    {
        var path = new char[RelativeLength(ref entry)];
        WriteRelative(ref entry, path);
        return new string(path);
    }

    private static int RelativeLength(ref FileSystemEntry entry)
    {
        int folder = entry.Directory.Length - entry.RootDirectory.TrimEnd(Path.DirectorySeparatorChar).Length;
        return (folder > 0 ? folder : 0) + entry.FileName.Length;
    }

    /// <summary>Writes the path of <paramref name="entry"/> inside the output, with '/' between folders, into <paramref name="path"/> (<see cref="RelativeLength"/> long).</summary>
    private static void WriteRelative(ref FileSystemEntry entry, scoped Span<char> path)
    {
        var root = entry.RootDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var folder = entry.Directory.Length > root.Length ? entry.Directory[(root.Length + 1)..] : [];
        folder.CopyTo(path);
        int at = folder.Length;
        if (at > 0) path[at++] = '/';
        entry.FileName.CopyTo(path[at..]);
        if (Path.DirectorySeparatorChar != '/') path.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>The output's <c>.timeline-files</c> as a list of ours: every line that names a file, once, in order.</summary>
    internal static string FormatManifest(string output)
    {
        string path = Path.Combine(output, ManifestName);
        if (!File.Exists(path)) return "";
        return string.Concat(File.ReadAllLines(path).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(l => l + "\n"));
    }

    internal static string ResolveInside(string root, string relative)
    {
        root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        string path = Path.GetFullPath(Path.Combine(root, relative));
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new IOException($"refusing to write '{relative}' outside the output folder");
        return path;
    }
}
