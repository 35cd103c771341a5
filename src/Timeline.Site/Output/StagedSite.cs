using System.Collections.Concurrent;
using System.Text;

namespace Timeline.Site.Output;

/// <summary>
/// A new site being written beside the output folder, file by file as each is ready, so a build
/// never holds the whole site in memory. A file whose content is unchanged is hard-linked from the
/// current output (copied where links are not possible); a file given without content (a page not
/// rendered again) must be in the current output, untouched. <see cref="Commit"/> swaps the new
/// site in with two renames; disposing without committing deletes it and leaves the output as it was.
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

    private StagedSite(string output, string staging, PreviousSite previous)
    {
        _output = output;
        _staging = staging;
        Previous = previous;
    }

    /// <summary>The site being replaced: what a page may be carried over from.</summary>
    public PreviousSite Previous { get; }

    /// <summary>Starts a new site for <paramref name="outputFolder"/>; refuses a folder holding files Timeline did not write.</summary>
    public static StagedSite Begin(string outputFolder)
    {
        string output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        JournaledCommit.Recover(output); // a delta build's commit left half-done is finished before the output is read
        SiteWriter.CheckOnlyOurs(output);
        string parent = Path.GetDirectoryName(output) ?? throw new IOException($"cannot write a site to the root '{output}'");
        Directory.CreateDirectory(parent);
        string staging = Path.Combine(parent, $".{Path.GetFileName(output)}.staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return new StagedSite(output, staging, PreviousSite.Open(output));
    }

    /// <summary>
    /// Adds one file written by <paramref name="write"/> straight to the new site, for a file too big
    /// to hold in memory; when its bytes are those of the current file, that file is carried over instead.
    /// </summary>
    public void Add(string relative, Action<Stream> write)
    {
        string target = Target(relative);
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
            HardLink.CreateOrCopy(Path.Combine(_output, relative), target);
        }
        else
        {
            Interlocked.Increment(ref _written);
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
        string target = Target(relative);
        var record = Previous.Record(relative) ?? throw new IOException($"'{relative}' changed in '{_output}' during the build; build again");
        HardLink.CreateOrCopy(Path.Combine(_output, relative), target);
        Record(relative, record);
    }

    /// <summary>
    /// Adds one file with <paramref name="content"/>, which need not outlive the call (a page rendered into a buffer
    /// its thread reuses); safe to call from several threads at once.
    /// </summary>
    public void Write(string relative, ReadOnlySpan<byte> content)
    {
        string target = Target(relative);
        var record = OutputRecord.Of(content);
        if (record == Previous.Record(relative))
        {
            HardLink.CreateOrCopy(Path.Combine(_output, relative), target);
        }
        else
        {
            // One open and one write: a FileStream would also lock the file (flock, twice) and ask its position.
            using var file = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            RandomAccess.Write(file, content, fileOffset: 0);
            Interlocked.Increment(ref _written);
        }
        Record(relative, record);
    }

    // The staging folder is new, so every file in it is too. Creating a file rather than creating or
    // truncating it (File.WriteAllBytes) spares a truncation, after which ext4 flushes the file to disk
    // on close. Unbuffered: data files come in large writes already.
    private static FileStream NewFile(string path) => new(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);

    private string Target(string relative)
    {
        string target = SiteWriter.ResolveInside(_staging, relative);
        _ = _folders.GetOrAdd(Path.GetDirectoryName(target)!, f => new Lazy<string>(() => Directory.CreateDirectory(f).FullName)).Value;
        return target;
    }

    private void Record(string relative, OutputRecord record)
    {
        if (!_records.TryAdd(relative, record))
            throw new InvalidOperationException($"'{relative}' was added to the site twice");
    }

    /// <summary>Writes the lists of files, hashes and page fingerprints, then replaces the output with this site.</summary>
    public SiteWriteResult Commit(IReadOnlyDictionary<string, string> fingerprints)
    {
        var paths = _records.Keys.Order(StringComparer.Ordinal).ToList();
        File.WriteAllBytes(Path.Combine(_staging, SiteWriter.ManifestName), Utf8.GetBytes(string.Concat(paths.Select(p => p + "\n"))));
        File.WriteAllBytes(Path.Combine(_staging, OutputRecord.FileName), Utf8.GetBytes(OutputRecord.Format(_records)));
        if (fingerprints.Count > 0)
            File.WriteAllBytes(Path.Combine(_staging, PageFingerprints.FileName), Utf8.GetBytes(PageFingerprints.Format(fingerprints)));

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
        if (Directory.Exists(retired)) Directory.Delete(retired, recursive: true);
        int removed = Previous.Paths.Count(p => !_records.ContainsKey(p));
        return new SiteWriteResult(_records.Count, _written, removed);
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
    }
}
