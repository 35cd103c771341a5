namespace Timeline.Site.Serving;

/// <summary>
/// Tells whether any file under the watched folders was added, removed or changed, by comparing
/// snapshots of names, sizes and write times. Polling rather than FileSystemWatcher: it behaves the
/// same on every OS, inside containers and on network drives, and never runs out of inotify watches.
/// </summary>
public sealed class InputWatcher(Func<IEnumerable<string>> folders)
{
    private string _last = "";

    /// <summary>True when the files differ from the last call (always true on the first).</summary>
    public bool Changed()
    {
        string now = Signature();
        if (now == _last) return false;
        _last = now;
        return true;
    }

    private string Signature()
    {
        var lines = new List<string>();
        foreach (string folder in folders().Where(Directory.Exists).Distinct(StringComparer.Ordinal))
        {
            try
            {
                foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories))
                    lines.Add($"{file.FullName}|{file.Length}|{file.LastWriteTimeUtc.Ticks}");
            }
            catch (IOException) { lines.Add(folder + "|unreadable"); } // a file vanished mid-scan: look again next time
            catch (UnauthorizedAccessException) { lines.Add(folder + "|denied"); }
        }
        lines.Sort(StringComparer.Ordinal);
        return string.Join('\n', lines);
    }
}
