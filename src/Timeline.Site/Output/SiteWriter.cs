using System.Text;

namespace Timeline.Site.Output;

/// <summary>
/// Writes a whole site or nothing: files go to a staging folder beside the output, which replaces
/// the output only once every file is written. A list of the files Timeline wrote is kept in the
/// output, so an output folder holding anything else is refused rather than deleted.
/// </summary>
public static class SiteWriter
{
    public const string ManifestName = ".timeline-files";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Replaces <paramref name="outputFolder"/> with exactly <paramref name="files"/> (relative path → content).</summary>
    /// <returns>The number of files written.</returns>
    public static int Write(string outputFolder, IReadOnlyDictionary<string, byte[]> files)
    {
        string output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        CheckOnlyOurs(output);

        string parent = Path.GetDirectoryName(output) ?? throw new IOException($"cannot write a site to the root '{output}'");
        Directory.CreateDirectory(parent);
        string name = Path.GetFileName(output);
        string staging = Path.Combine(parent, $".{name}.staging-{Guid.NewGuid():N}");
        string retired = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");
        try
        {
            foreach (var (relative, content) in files)
            {
                string path = ResolveInside(staging, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, content);
            }
            var manifest = files.Keys.Order(StringComparer.Ordinal).Select(k => k + "\n");
            File.WriteAllBytes(Path.Combine(staging, ManifestName), Utf8.GetBytes(string.Concat(manifest)));

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
        return files.Count;
    }

    public static byte[] Text(string text) => Utf8.GetBytes(text);

    /// <summary>Refuses an existing output folder that holds files Timeline did not write there.</summary>
    private static void CheckOnlyOurs(string output)
    {
        if (!Directory.Exists(output)) return;
        var existing = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Where(f => f != ManifestName)
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
