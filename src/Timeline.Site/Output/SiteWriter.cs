using System.Security.Cryptography;
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
    /// writing only the files whose content changed: the staging folder gets hard links to the
    /// unchanged files of the current output (copies where links are not possible), so the swap
    /// stays all-or-nothing and a failed build still leaves the previous site whole. A file without
    /// content (a page not rendered again) must be in the current output, untouched since it was written.
    /// </summary>
    public static SiteWriteResult WriteChanges(string outputFolder, RenderedSite site)
    {
        string output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        CheckOnlyOurs(output);
        var previous = PreviousSite.Open(output);

        string parent = Path.GetDirectoryName(output) ?? throw new IOException($"cannot write a site to the root '{output}'");
        Directory.CreateDirectory(parent);
        string name = Path.GetFileName(output);
        string staging = Path.Combine(parent, $".{name}.staging-{Guid.NewGuid():N}");
        string retired = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");
        var entries = site.Files.ToArray();
        var records = new KeyValuePair<string, OutputRecord>[entries.Length];
        int written = 0;
        try
        {
            // Every path is checked before anything is written, and folders are made once, not per file.
            var targets = entries.Select(e => ResolveInside(staging, e.Key)).ToArray();
            foreach (string folder in targets.Select(t => Path.GetDirectoryName(t)!).Distinct(StringComparer.Ordinal))
                Directory.CreateDirectory(folder);

            Parallel.For(0, entries.Length, i =>
            {
                var (relative, content) = entries[i];
                string current = Path.Combine(output, relative);
                var before = previous.Record(relative);
                OutputRecord record;
                if (content is null)
                {
                    record = before ?? throw new IOException($"'{relative}' changed in '{output}' during the build; build again");
                    HardLink.CreateOrCopy(current, targets[i]);
                }
                else
                {
                    record = new OutputRecord(Convert.ToHexStringLower(SHA256.HashData(content)), content.Length);
                    if (record == before)
                    {
                        HardLink.CreateOrCopy(current, targets[i]);
                    }
                    else
                    {
                        File.WriteAllBytes(targets[i], content);
                        Interlocked.Increment(ref written);
                    }
                }
                records[i] = new(relative, record);
            });
            var manifest = entries.Select(e => e.Key + "\n");
            File.WriteAllBytes(Path.Combine(staging, ManifestName), Utf8.GetBytes(string.Concat(manifest)));
            File.WriteAllBytes(Path.Combine(staging, OutputRecord.FileName), Utf8.GetBytes(OutputRecord.Format(records)));
            if (site.Fingerprints.Count > 0)
                File.WriteAllBytes(Path.Combine(staging, PageFingerprints.FileName), Utf8.GetBytes(PageFingerprints.Format(site.Fingerprints)));

            if (Directory.Exists(output)) Directory.Move(output, retired);
            Directory.Move(staging, output);
        }
        catch
        {
            if (Directory.Exists(retired) && !Directory.Exists(output)) Directory.Move(retired, output);
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            throw;
        }
        if (Directory.Exists(retired)) Directory.Delete(retired, recursive: true);
        int removed = previous.Paths.Count(k => !site.Files.ContainsKey(k));
        return new SiteWriteResult(site.Files.Count, written, removed);
    }

    public static byte[] Text(string text) => Utf8.GetBytes(text);

    /// <summary>Refuses an existing output folder that holds files Timeline did not write there.</summary>
    private static void CheckOnlyOurs(string output)
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

    private static string ResolveInside(string root, string relative)
    {
        string path = Path.GetFullPath(Path.Combine(root, relative));
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new IOException($"refusing to write '{relative}' outside the output folder");
        return path;
    }
}
