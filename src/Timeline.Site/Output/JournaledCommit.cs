using System.Globalization;
using System.Text;

namespace Timeline.Site.Output;

/// <summary>
/// Replaces a few files of an output folder in place, for a rebuild that changed only those: cheaper
/// than staging the whole site and swapping it in, which links every unchanged file again. The new
/// files are first written whole to a folder beside the output; then a journal naming every move is
/// written (to a temporary name, then renamed: it exists whole or not at all) — the commit point;
/// then each file is renamed over its old one, the output's lists last, and the journal is deleted.
/// A build that dies before the journal exists leaves the output as it was (<see cref="Recover"/>
/// removes the staged files); one that dies after it is completed by the next build, which replays
/// the moves left (a move is a rename, so replaying one already done is skipped). Until then the
/// output mixes old and new files; each file is whole, and the old lists do not vouch for the new
/// files (written after them), so even a build that ignored the journal would render those again.
/// A journal may also name files to delete (a full build's commit, whose site lost a page); their folders left empty go too.
/// </summary>
internal static class JournaledCommit
{
    // Version 2 adds deletions ("- path"); a journal of version 1 (moves only) is still replayed.
    private const string Header = "timeline-journal 2";
    private const string Header1 = "timeline-journal 1";
    private const string Delete = "-";

    public static string JournalPath(string output) => Sibling(output, "journal");

    /// <summary>Writes <paramref name="files"/> (relative path → content; the output's lists last) into <paramref name="output"/>.</summary>
    /// <param name="interruptAfter">For tests: stop as a crash would, after this many moves.</param>
    public static void Apply(string output, IReadOnlyList<(string Relative, byte[] Content)> files, int? interruptAfter = null)
    {
        output = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        foreach (var (relative, _) in files) SiteWriter.ResolveInside(output, relative);
        string staging = Stage(output);
        try
        {
            for (int i = 0; i < files.Count; i++)
                File.WriteAllBytes(Path.Combine(staging, i.ToString(CultureInfo.InvariantCulture)), files[i].Content);
        }
        catch
        {
            Directory.Delete(staging, recursive: true);
            throw;
        }
        Commit(output, staging, [.. files.Select((f, i) => (i.ToString(CultureInfo.InvariantCulture), f.Relative))], interruptAfter);
    }

    /// <summary>A new, empty folder beside <paramref name="output"/> for the files of a commit, each named by a number.</summary>
    public static string Stage(string output)
    {
        string staging = Sibling(Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar), $"delta-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>
    /// Moves the files staged in <paramref name="staging"/> (<see cref="Stage"/>) into <paramref name="output"/>, in order: each
    /// <c>(Staged, Relative)</c> is the staged file's name and where it goes, or, with <c>Staged</c> null, a file to delete.
    /// </summary>
    public static void Commit(string output, string staging, IReadOnlyList<(string? Staged, string Relative)> moves, int? interruptAfter = null)
    {
        output = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        var journal = new StringBuilder(Header).Append('\n').Append(Path.GetFileName(staging)).Append('\n');
        foreach (var (staged, relative) in moves)
        {
            SiteWriter.ResolveInside(output, relative);
            if (staged is not null && (staged.Length == 0 || !staged.All(char.IsAsciiDigit))) throw new ArgumentException($"a staged file is named by a number, not '{staged}'");
            journal.Append(staged ?? Delete).Append(' ').Append(relative).Append('\n');
        }
        journal.Append(CultureInfo.InvariantCulture, $"end {moves.Count}\n");
        string path = JournalPath(output), temporary = path + ".tmp";
        File.WriteAllText(temporary, journal.ToString(), new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
        Replay(output, path, interruptAfter);
    }

    /// <summary>
    /// Completes a commit a build left unfinished, and removes staged files no journal names. Returns what it did, or null
    /// when there was nothing to do. Every build of <paramref name="output"/> calls it before reading the output.
    /// </summary>
    public static string? Recover(string output)
    {
        output = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        string? note = null;
        string journal = JournalPath(output);
        if (File.Exists(journal))
        {
            note = Replay(output, journal, interruptAfter: null)
                ? "an interrupted commit of the last build was completed"
                : "an unreadable commit journal was removed; files it may have moved are rendered again";
        }
        string parent = Path.GetDirectoryName(output)!;
        if (Directory.Exists(parent))
        {
            foreach (string staged in Directory.EnumerateDirectories(parent, $".{Path.GetFileName(output)}.delta-*"))
            {
                Directory.Delete(staged, recursive: true);
                note ??= "the files staged by an interrupted build were removed";
            }
            if (File.Exists(journal + ".tmp")) File.Delete(journal + ".tmp");
        }
        return note;
    }

    /// <summary>Makes the moves of a journal that are not done yet; false when the journal is not whole (it is then only removed).</summary>
    private static bool Replay(string output, string journalPath, int? interruptAfter)
    {
        string[] lines = File.ReadAllText(journalPath, new UTF8Encoding(false, throwOnInvalidBytes: true)).Split('\n');
        var moves = new List<(string? Staged, string Target)>();
        bool whole = lines.Length >= 4 && lines[0] is Header or Header1 && lines[^1] == "" && IsStagingName(output, lines[1]);
        if (whole)
        {
            string staging = Path.Combine(Path.GetDirectoryName(output)!, lines[1]);
            for (int i = 2; i < lines.Length - 2 && whole; i++)
            {
                int space = lines[i].IndexOf(' ');
                string name = space > 0 ? lines[i][..space] : "";
                // Version 1 named the staged files by their line; version 2 by any number, or "-" for a file to delete.
                whole = lines[0] == Header1 ? name == (i - 2).ToString(CultureInfo.InvariantCulture) : name == Delete || (name.Length > 0 && name.All(char.IsAsciiDigit));
                if (whole) moves.Add((name == Delete ? null : Path.Combine(staging, name), SiteWriter.ResolveInside(output, lines[i][(space + 1)..])));
            }
            whole = whole && lines[^2] == $"end {moves.Count.ToString(CultureInfo.InvariantCulture)}";
        }
        if (whole)
        {
            int done = 0;
            foreach (var (staged, target) in moves)
            {
                if (interruptAfter == done++) throw new IOException("the commit was interrupted (test)");
                if (staged is null)
                {
                    if (File.Exists(target)) File.Delete(target);
                    RemoveEmptyFolders(output, Path.GetDirectoryName(target)!);
                    continue;
                }
                if (!File.Exists(staged)) continue; // moved before an interruption
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(staged, target, overwrite: true);
            }
            if (interruptAfter == done) throw new IOException("the commit was interrupted (test)");
        }
        File.Delete(journalPath);
        string folder = whole ? Path.Combine(Path.GetDirectoryName(output)!, lines[1]) : "";
        if (whole && Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        return whole;
    }

    /// <summary>Removes <paramref name="folder"/> and the folders above it, inside <paramref name="output"/>, while they are empty (as a cold build would not make them).</summary>
    private static void RemoveEmptyFolders(string output, string folder)
    {
        while (folder.Length > output.Length && folder.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }

    private static bool IsStagingName(string output, string name) =>
        name.StartsWith($".{Path.GetFileName(output)}.delta-", StringComparison.Ordinal) && !name.Contains('/') && !name.Contains('\\');

    private static string Sibling(string output, string suffix) =>
        Path.Combine(Path.GetDirectoryName(output) ?? throw new IOException($"cannot write a site to the root '{output}'"), $".{Path.GetFileName(output)}.{suffix}");
}
