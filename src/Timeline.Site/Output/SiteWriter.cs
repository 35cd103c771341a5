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

    /// <summary>Refuses an existing output folder that holds files Timeline did not write there.</summary>
    internal static void CheckOnlyOurs(string output)
    {
        if (!Directory.Exists(output)) return;
        var existing = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Where(f => f != ManifestName && f != OutputRecord.FileName && f != PageFingerprints.FileName)
            .ToList();
        if (existing.Count == 0) return;
        string manifestPath = Path.Combine(output, ManifestName);
        var ours = File.Exists(manifestPath)
            ? new HashSet<string>(File.ReadAllLines(manifestPath).Where(l => l.Length > 0), StringComparer.Ordinal)
            : [];
        var foreign = existing.Where(f => !ours.Contains(f)).Order(StringComparer.Ordinal).ToList();
        if (foreign.Count > 0)
            throw new IOException($"the output folder '{output}' holds files Timeline did not write ({string.Join(", ", foreign.Take(3))}{(foreign.Count > 3 ? ", …" : "")}); choose another folder or move them away");
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
