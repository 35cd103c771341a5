using System.Collections.Concurrent;
using System.Text;

namespace Timeline.Site.Output;

/// <summary>
/// A new site being written beside the output folder, file by file as each is ready, so a build
/// never holds the whole site in memory. A file whose content is unchanged is hard-linked from the
/// current output (copied where links are not possible); a file given without content (a page not
/// rendered again) must be in the current output, untouched. <see cref="Commit"/> swaps the new
/// site in with two renames; disposing without committing deletes it and leaves the output as it was.
/// Begun <see cref="Begin(string, bool)">in place</see>, it writes only the files whose bytes changed, and commits them
/// with a <see cref="JournaledCommit"/> when they are few (else it links the rest in then, and swaps as above).
/// </summary>
public sealed class StagedSite : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _output;
    private readonly string _staging;
    private readonly ConcurrentDictionary<string, OutputRecord> _records = new(StringComparer.Ordinal);
    // A folder is made once; a thread adding a file to it waits until it exists.
    private readonly ConcurrentDictionary<string, Lazy<string>> _folders = new(StringComparer.Ordinal);
    private int _written;
    private bool _committed;
    // In place: the changed files, each staged under a number (JournaledCommit's naming), by path; the rest stays in the output.
    private readonly ConcurrentDictionary<string, string>? _changed;
    private int _staged;
    // In place, a file left as it is in the output is marked by its line in the output's hash list rather than recorded by path:
    // 56,700 of 66,700 files in a rebuild at 10,000 articles. Its record is that line's.
    private readonly int[]? _kept;
    private int _keptCount;

    private StagedSite(string output, string staging, PreviousSite previous, bool inPlace)
    {
        _output = output;
        _staging = staging;
        Previous = previous;
        if (!inPlace) return;
        _changed = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        _kept = new int[previous.Count];
    }

    /// <summary>How the site was committed: <c>journaled</c> (the changed files moved into the output) or <c>swapped</c>; null before.</summary>
    public string? CommittedAs { get; private set; }

    /// <summary>For tests: a journaled commit stops as a crash would, after this many moves.</summary>
    internal int? InterruptCommitAfter { get; set; }

    /// <summary>The site being replaced: what a page may be carried over from.</summary>
    public PreviousSite Previous { get; }

    /// <summary>Starts a new site for <paramref name="outputFolder"/>; refuses a folder holding files Timeline did not write.</summary>
    public static StagedSite Begin(string outputFolder) => Begin(outputFolder, inPlace: false);

    /// <param name="inPlace">
    /// When the output holds a site Timeline wrote: stage only the files whose bytes changed, and leave the others where they are
    /// (for a rebuild expected to change few files). Without a previous site it is the same as false.
    /// </param>
    public static StagedSite Begin(string outputFolder, bool inPlace)
    {
        string output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        JournaledCommit.Recover(output); // a delta build's commit left half-done is finished before the output is read
        string parent = Path.GetDirectoryName(output) ?? throw new IOException($"cannot write a site to the root '{output}'");
        var previous = PreviousSite.Open(output);
        inPlace = inPlace && previous.Count > 0;
        // In place, the commit deletes nothing but files the last build recorded: the output is walked for files Timeline did not
        // write only when the commit swaps it (see Commit), and the files it adds are checked to be new.
        if (!inPlace) SiteWriter.CheckOnlyOurs(output, previous.Files);
        Directory.CreateDirectory(parent);
        // Staged changes are named as JournaledCommit names its own, so that a build that dies before its commit leaves nothing Recover misses.
        string staging = inPlace ? JournaledCommit.Stage(output) : Path.Combine(parent, $".{Path.GetFileName(output)}.staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        // In place, most files are expected to be carried over, each checked first: the checks start now, beside the model.
        if (inPlace) previous.CheckInBackground();
        return new StagedSite(output, staging, previous, inPlace);
    }

    /// <summary>
    /// Adds one file written by <paramref name="write"/> straight to the new site, for a file too big
    /// to hold in memory; when its bytes are those of the current file, that file is carried over instead.
    /// </summary>
    public void Add(string relative, Action<Stream> write)
    {
        string target = Target(relative, out string? staged);
        OutputRecord record;
        using (var file = NewFile(target))
        using (var hashing = new HashingStream(file))
        {
            write(hashing);
            record = new OutputRecord(hashing.Hash(), hashing.Written);
        }
        if (record == Previous.Record(relative))
        {
            File.Delete(target);
            if (staged is null) HardLink.CreateOrCopy(Path.Combine(_output, relative), target);
        }
        else
        {
            Changed(relative, staged);
        }
        Record(relative, record);
    }

    /// <summary>Adds one file; safe to call from several threads at once. Null content carries the current file over.</summary>
    public void Add(string relative, byte[]? content)
    {
        if (content is not null)
        {
            Write(relative, content);
            return;
        }
        int line = Previous.IntactLine(relative);
        if (line < 0) throw new IOException($"'{relative}' changed in '{_output}' during the build; build again");
        if (_kept is not null)
        {
            Keep(relative, line);
            return;
        }
        HardLink.CreateOrCopy(Path.Combine(_output, relative), Target(relative));
        Record(relative, OutputRecord.FromPrefix(Previous.Records.Prefix(line)));
    }

    /// <summary>
    /// Adds one file with <paramref name="content"/>, which need not outlive the call (a page rendered into a buffer
    /// its thread reuses); safe to call from several threads at once.
    /// </summary>
    public void Write(string relative, ReadOnlySpan<byte> content)
    {
        var record = OutputRecord.Of(content);
        if (record == Previous.Record(relative))
        {
            if (_kept is not null)
            {
                Keep(relative, Previous.Records.Find(relative));
                return;
            }
            HardLink.CreateOrCopy(Path.Combine(_output, relative), Target(relative));
        }
        else
        {
            string target = Target(relative, out string? staged);
            // One open and one write: a FileStream would also lock the file (flock, twice) and ask its position.
            using (var file = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                RandomAccess.Write(file, content, fileOffset: 0);
            Changed(relative, staged);
        }
        Record(relative, record);
    }

    // The staging folder is new, so every file in it is too. Creating a file rather than creating or
    // truncating it (File.WriteAllBytes) spares a truncation, after which ext4 flushes the file to disk
    // on close. Unbuffered: data files come in large writes already.
    private static FileStream NewFile(string path) => new(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);

    private void Changed(string relative, string? staged)
    {
        Interlocked.Increment(ref _written);
        if (staged is not null) _changed![relative] = staged;
    }

    // In place, a file is staged under the next number (its path is checked all the same); else at its path in the new site.
    private string Target(string relative, out string? staged)
    {
        if (_changed is null)
        {
            staged = null;
            return Target(relative);
        }
        SiteWriter.ResolveInside(_output, relative);
        staged = Interlocked.Increment(ref _staged).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Path.Combine(_staging, staged);
    }

    private string Target(string relative)
    {
        string target = SiteWriter.ResolveInside(_staging, relative);
        _ = _folders.GetOrAdd(Path.GetDirectoryName(target)!, f => new Lazy<string>(() => Directory.CreateDirectory(f).FullName)).Value;
        return target;
    }

    private void Record(string relative, OutputRecord record)
    {
        if (!_records.TryAdd(relative, record) || (_kept is not null && Previous.Records.Find(relative) is >= 0 and var line && Volatile.Read(ref _kept[line]) != 0))
            throw Twice(relative);
    }

    private void Keep(string relative, int line)
    {
        if (Interlocked.Exchange(ref _kept![line], 1) != 0 || _records.ContainsKey(relative)) throw Twice(relative);
        Interlocked.Increment(ref _keptCount);
    }

    private static InvalidOperationException Twice(string relative) => new($"'{relative}' was added to the site twice");

    /// <summary>How many files the new site has.</summary>
    private int Count => _records.Count + _keptCount;

    private bool Has(string relative) =>
        _records.ContainsKey(relative) || (_kept is not null && Previous.Records.Find(relative) is >= 0 and var line && _kept[line] != 0);

    // Before the site is swapped in whole, or listed whole: every file kept in place recorded by path like the others.
    private void RecordKept()
    {
        if (_kept is null) return;
        for (int line = 0; line < _kept.Length; line++)
            if (_kept[line] != 0) _records[Previous.Records.Path(line)] = OutputRecord.FromPrefix(Previous.Records.Prefix(line));
        _keptCount = 0;
        Array.Clear(_kept);
    }

    /// <summary>Writes the lists of files, hashes and page fingerprints, then replaces the output with this site.</summary>
    public SiteWriteResult Commit(IReadOnlyDictionary<string, string> fingerprints)
    {
        Previous.StopChecking();
        if (_changed is not null)
        {
            var removed = Removed();
            // Moving a file in costs about what linking one into a new site does, plus a line of the journal: past a quarter of
            // the site, the swap (two renames, whatever the count) keeps the output mixed for less time.
            if (_changed.Count + removed.Count <= Count / 4) return CommitInPlace(fingerprints, removed);
            SiteWriter.CheckOnlyOurs(_output, Previous.Files);
            RecordKept();
            LinkTheRest();
        }
        var paths = _records.Keys.Order(StringComparer.Ordinal).ToList();
        var lists = new List<(string Name, byte[] Content)> { (SiteWriter.ManifestName, Utf8.GetBytes(string.Concat(paths.Select(p => p + "\n")))) };
        if (fingerprints.Count > 0) lists.Add((PageFingerprints.FileName, Utf8.GetBytes(PageFingerprints.Format(fingerprints))));
        // The hash list last: its time is what vouches for every file before it.
        lists.Add((OutputRecord.FileName, Utf8.GetBytes(OutputRecord.Format(_records))));
        int gone = Previous.Paths.Count(p => !_records.ContainsKey(p));
        foreach (var (name, content) in lists) File.WriteAllBytes(Path.Combine(_staging, name), content);

        string retired = Path.Combine(Path.GetDirectoryName(_output)!, $".{Path.GetFileName(_output)}.old-{Guid.NewGuid():N}");
        try
        {
            if (Directory.Exists(_output)) Directory.Move(_output, retired);
            Directory.Move(_staging, _output);
        }
        catch
        {
            if (Directory.Exists(retired) && !Directory.Exists(_output)) Directory.Move(retired, _output);
            throw;
        }
        _committed = true;
        CommittedAs = "swapped";
        if (Directory.Exists(retired)) Directory.Delete(retired, recursive: true);
        return new SiteWriteResult(_records.Count, _written, gone);
    }

    // In place, every file new to the site was changed (it had no previous record to equal): the previous files gone are those
    // beyond the count the site kept, looked for only when there are any.
    private List<string> Removed()
    {
        int added = _changed!.Keys.Count(p => Previous.Records.Find(p) < 0);
        return Previous.Count - (Count - added) == 0 ? [] : [.. Previous.Paths.Where(p => !Has(p))];
    }

    /// <summary>
    /// Moves the changed files and the lists that changed into the output, deletes the files the site lost. The lists are the
    /// output's with the lines of those files changed (<see cref="OutputList.Patch"/>), not formatted whole.
    /// </summary>
    private SiteWriteResult CommitInPlace(IReadOnlyDictionary<string, string> fingerprints, List<string> removed)
    {
        var changed = _changed!.Keys.Order(StringComparer.Ordinal).ToList();
        foreach (string path in changed.Where(p => Previous.Records.Find(p) < 0)) CheckNew(path);
        var moves = changed.Select(p => ((string?)_changed[p], p)).ToList();
        moves.AddRange(removed.Order(StringComparer.Ordinal).Select(p => ((string?)null, p)));
        bool pages = fingerprints.Count > 0;
        if (!pages && File.Exists(Path.Combine(_output, PageFingerprints.FileName))) moves.Add((null, PageFingerprints.FileName));
        var lists = new List<(string Name, byte[]? Content)>
        {
            (SiteWriter.ManifestName, ManifestOf(changed, removed)),
            (PageFingerprints.FileName, pages ? PagesOf(fingerprints) : null),
            (OutputRecord.FileName, Previous.Records.Patch(changed.Select(p => (p, (string?)$"{_records[p].Prefix} {p}")).Concat(removed.Select(p => (p, (string?)null))))),
        };
        bool same = moves.Count == 0;
        foreach (var (name, content) in lists)
        {
            // A list whose bytes are the output's is left alone, but for the hash list when anything moved: it vouches for them.
            if (content is null || (name == OutputRecord.FileName && same && Previous.Records.Exact)) continue;
            string staged = Interlocked.Increment(ref _staged).ToString(System.Globalization.CultureInfo.InvariantCulture);
            File.WriteAllBytes(Path.Combine(_staging, staged), content);
            moves.Add((staged, name));
            same = false;
        }
        // From here the staged files are the journal's: a commit that stops half-way is completed by the next build, never undone.
        _committed = true;
        if (moves.Count > 0) JournaledCommit.Commit(_output, _staging, moves, InterruptCommitAfter);
        else Directory.Delete(_staging, recursive: true);
        CommittedAs = "journaled";
        return new SiteWriteResult(Count, _written, removed.Count);
    }

    // A file the site gains must not overwrite one Timeline did not write, nor need a folder where such a file is.
    private void CheckNew(string relative)
    {
        string target = SiteWriter.ResolveInside(_output, relative);
        if (Directory.Exists(target)) throw Foreign(target);
        for (string? path = target; path is not null && path.Length > _output.Length; path = Path.GetDirectoryName(path))
            if (File.Exists(path)) throw Foreign(path);
    }

    private IOException Foreign(string path) =>
        new($"the output folder '{_output}' holds files Timeline did not write ({Path.GetRelativePath(_output, path).Replace('\\', '/')}); choose another folder or move them away");

    // The output's .timeline-files with the files added and removed; null when its bytes stay. Formatted whole only when it
    // does not list exactly the files the hash list records.
    private byte[]? ManifestOf(List<string> changed, List<string> removed)
    {
        var added = changed.Where(p => Previous.Records.Find(p) < 0).ToList();
        if (added.Count == 0 && removed.Count == 0 && Previous.FilesAreRecorded) return null;
        var files = Previous.Files;
        if (!files.SamePaths(Previous.Records))
        {
            RecordKept();
            return Utf8.GetBytes(string.Concat(_records.Keys.Order(StringComparer.Ordinal).Select(p => p + "\n")));
        }
        return files.Patch(added.Select(p => (p, (string?)p)).Concat(removed.Select(p => (p, (string?)null))));
    }

    // The output's .timeline-pages with the lines of the pages whose fingerprint changed, came or went; null when its bytes stay.
    private byte[]? PagesOf(IReadOnlyDictionary<string, string> fingerprints)
    {
        var list = Previous.Fingerprints;
        var changes = new List<(string Path, string? Line)>();
        // A page carried over has the line the list gives it already (found there when it was carried): only the others are looked up.
        var pages = fingerprints as PageList;
        int kept = pages?.CarriedCount ?? 0;
        foreach (var (path, fingerprint) in pages?.NotCarried ?? fingerprints)
        {
            int line = list.Find(path);
            if (line >= 0)
            {
                kept++;
                if (list.PrefixIs(line, fingerprint)) continue;
            }
            changes.Add((path, $"{fingerprint} {path}"));
        }
        if (kept < list.Count) changes.AddRange(list.Paths().Where(p => !fingerprints.ContainsKey(p)).Select(p => (p, (string?)null)));
        return changes.Count == 0 && list.Exact ? null : list.Patch(changes);
    }

    /// <summary>Turns the folder of changed files into the whole new site: each staged file to its path, every other file linked in.</summary>
    private void LinkTheRest()
    {
        var numbered = new HashSet<string>(_changed!.Values, StringComparer.Ordinal);
        string holding = Path.Combine(_staging, $".changed-{Guid.NewGuid():N}");
        Directory.CreateDirectory(holding);
        foreach (string staged in numbered) File.Move(Path.Combine(_staging, staged), Path.Combine(holding, staged));
        Parallel.ForEach(_records.Keys, relative =>
        {
            string target = Target(relative);
            if (_changed.TryGetValue(relative, out string? staged)) File.Move(Path.Combine(holding, staged), target);
            else HardLink.CreateOrCopy(Path.Combine(_output, relative), target);
        });
        Directory.Delete(holding);
    }

    public void Dispose()
    {
        Previous.StopChecking();
        if (!_committed && Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
    }
}
