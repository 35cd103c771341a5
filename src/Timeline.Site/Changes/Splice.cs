using System.Runtime.CompilerServices;
using Microsoft.Win32.SafeHandles;
using Timeline.Core.Events;
using Timeline.Site.Output;

namespace Timeline.Site.Changes;

/// <summary>Where one item (an event, a source) was written in a data file, and the digest of what it was made from.</summary>
internal readonly record struct SplicedItem(UInt128 Digest, long Offset, int Length);

/// <summary>A data file as written: the hash of its bytes (as <c>.timeline-hashes</c> records it) and where each item of it is.</summary>
internal sealed record SplicedFile(string Hash, IReadOnlyDictionary<string, SplicedItem> Items);

/// <summary>
/// Writes a large data file item by item, copying each item whose digest is the one recorded last time from the bytes the
/// last build wrote for it (its file in the output, still exactly as written), and making only the others again. An item's
/// bytes must depend only on what its digest covers; what lies between items is written afresh every time. The copies are
/// made in runs (<see cref="SpliceOutput"/>), not item by item.
/// </summary>
/// <remarks>
/// When the timeline's changes are relative to the events the last file was written for (<see cref="Follow"/>), the events' items are
/// not looked at one by one: <see cref="Events"/> gives them as runs of the last file and the few events to make (<see cref="EventRuns"/>).
/// </remarks>
internal sealed class Splice : IDisposable
{
    private readonly SplicedFile? _last;
    private readonly SafeFileHandle? _old;
    private readonly string? _oldName;
    // Each item written, with its digest, or the way to make it when it was not needed to decide (no last file to copy from); or a run
    // of the last file's entries copied whole (Key null).
    private readonly List<(string? Key, UInt128? Digest, Func<UInt128>? Make, long Offset, int Length, int From, int To)> _items = [];
    private IReadOnlyList<TimelineEvent>? _events;
    private TimelineChanges? _changes;
    private OrderedItems? _entries;
    private string? _hash;
    private SpliceOutput? _output;

    /// <param name="last">The file as the last build recorded it; null to make every item.</param>
    /// <param name="oldFile">The file in the output, already checked to hold the bytes <paramref name="last"/> describes.</param>
    public Splice(SplicedFile? last, string? oldFile)
    {
        if (last is null || oldFile is null) return;
        try
        {
            _old = File.OpenHandle(oldFile, FileMode.Open, FileAccess.Read, FileShare.Read);
            _oldName = oldFile;
            _last = last;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _old = null; // made whole, as without a last file
        }
    }

    /// <summary>How many items were copied from the last file.</summary>
    public int Copied { get; private set; }

    /// <summary>How many of the items copied were copied in runs of events (<see cref="Run"/>), never looked at one by one.</summary>
    public int InRuns { get; private set; }

    /// <summary>How many runs of the last file the copied items were read in.</summary>
    public int Runs => _output?.Runs ?? 0;

    /// <summary>
    /// The stream the file is written to, counting and hashing its bytes; everything must be written through it, and reaches
    /// <paramref name="output"/> only in large blocks, all of it by <see cref="End"/>.
    /// </summary>
    public Stream Begin(Stream output) => _output = new SpliceOutput(output, _old, _oldName);

    /// <summary>Writes one item: copied when its digest is the recorded one, else by <paramref name="write"/> (into <see cref="Begin"/>'s stream).</summary>
    /// <param name="digest">Made at once when there is a last file to copy from; else only by <see cref="Finish"/>.</param>
    public void Item(string key, Func<UInt128> digest, Action write) => Item(key, (digest, write), static s => s.digest(), static s => s.write());

    /// <summary>
    /// Writes one item as <see cref="Item(string, Func{UInt128}, Action)"/> does, from <paramref name="state"/> and two functions of it,
    /// so that static lambdas allocate nothing per item: a rebuild writes 147,000 items at 10,000 articles.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Item<T>(string key, T state, Func<T, UInt128> digest, Action<T> write)
    {
        var output = _output ?? throw new InvalidOperationException("Begin first");
        long start = output.Written;
        UInt128? made = _old is not null ? digest(state) : null;
        if (made is { } value && _last!.Items.TryGetNext(key, ref _next, out var old) && old.Digest == value)
        {
            output.Copy(old.Offset, old.Length);
            Copied++;
        }
        else
        {
            write(state);
        }
        _items.Add((key, made, made is null ? () => digest(state) : null, start, checked((int)(output.Written - start)), 0, 0));
    }

    /// <summary>
    /// The events this file is written for, and how they differ from those the last file was written for: only when
    /// <paramref name="changes"/> are relative to them (<see cref="TimelineChanges.Since"/> is the key the last build recorded).
    /// </summary>
    public void Follow(IReadOnlyList<TimelineEvent> events, TimelineChanges changes)
    {
        _events = events;
        _changes = changes;
    }

    // The key of the entry standing for what every event item of the file shares (the site's address, the calendar's stamp): it takes no bytes.
    private const string SharedKey = "c:";

    /// <summary>
    /// Records <paramref name="shared"/>, the digest of everything outside an event that its items show, where the events' items begin;
    /// and gives those items as runs of the last file and events to make (by their index in the timeline), when the last file's events
    /// are the ones <see cref="Follow"/> was given changes from and it recorded the same <paramref name="shared"/>; else null, and each
    /// item is written by <see cref="Item{T}"/>.
    /// </summary>
    public IReadOnlyList<EventRuns.Piece>? Events(UInt128 shared)
    {
        var output = _output ?? throw new InvalidOperationException("Begin first");
        _items.Add((SharedKey, shared, null, output.Written, 0, 0, 0));
        if (_old is null || _events is null || _changes is null) return null;
        var entries = OrderedItems.Of(_last!.Items);
        int at = 0;
        while (at < entries.Count && !entries.Key(at).SequenceEqual("c:"u8)) at++;
        if (at == entries.Count || entries.Item(at).Digest != shared) return null;
        var plan = EventRuns.Plan(entries, at + 1, _events, _changes);
        if (plan is not null) _entries = entries;
        return plan;
    }

    /// <summary>Copies the run of the last file's items <paramref name="run"/> (from <see cref="Events"/>) as one range; what precedes its first item is the caller's.</summary>
    public void Run(EventRuns.Piece run)
    {
        var output = _output ?? throw new InvalidOperationException("Begin first");
        var entries = _entries ?? throw new InvalidOperationException("no runs were planned");
        var first = entries.Item(run.From);
        var last = entries.Item(run.To - 1);
        long start = output.Written;
        output.Copy(first.Offset, checked((int)(last.Offset + last.Length - first.Offset)));
        _items.Add((null, null, null, start - first.Offset, 0, run.From, run.To));
        Copied += run.To - run.From;
        InRuns += run.To - run.From;
    }

    // The entry of the last file's items to try first: the items come in the order they were recorded, but for the few added or gone.
    private int _next;

    /// <summary>Ends the file: writes out what is held back, and hashes it, while the items' digests may wait for <see cref="Finish"/>.</summary>
    public void End() => _hash = (_output ?? throw new InvalidOperationException("Begin first")).End();

    /// <summary>The file as written, for the next build; makes the digests not yet made.</summary>
    public SplicedFile Finish()
    {
        var parts = new List<SplicedItems.Part>(_items.Count);
        foreach (var (key, digest, make, offset, length, from, to) in _items)
        {
            parts.Add(key is not null
                ? new SplicedItems.Part(key, new SplicedItem(digest ?? make!(), offset, length), null, 0, 0, 0)
                : new SplicedItems.Part(null, default, _entries, from, to, offset));
        }
        return new SplicedFile(_hash ?? throw new InvalidOperationException("End first"), new SplicedItems(parts));
    }

    public void Dispose() => _old?.Dispose();
}
