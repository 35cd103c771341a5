using System.Security.Cryptography;
using System.Text;
using Timeline.Core.Events;
using Timeline.Core.Events.Incremental;
using Timeline.Core.Pipeline;

namespace Timeline.Core.Caching;

/// <summary>
/// The events of the last build, kept beside the analysis cache (<c>events.bin</c>) and reused when
/// the statements are exactly those it was built from: an unchanged rebuild, or an edit that adds or
/// changes no dated statement, skips merging. Building events is a pure function of the statements
/// in their order (<see cref="TimelineBuilder.Build"/>), so the key is a SHA-256 of every field of
/// every statement, its merge profile included, and of the code version. Nothing read is trusted:
/// a file whose format, code version, key or checksum is not this build's, or that does not read
/// back whole and consistent, is ignored and the events are built again (and the file replaced).
/// </summary>
public sealed class EventCache(string folder, string codeVersion)
{
    public const string FileName = "events.bin";
    private const string Format = "timeline-events/1";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>True when the last <see cref="Build"/> reused the stored events.</summary>
    public bool Reused { get; private set; }

    /// <summary>Why a stored file was not used although there was one (corrupt, unreadable), or null.</summary>
    public string? Note { get; private set; }

    private string FilePath => Path.Combine(folder, FileName);

    /// <summary>The same timeline as <see cref="TimelineBuilder.Build"/>, from the stored events when the statements are unchanged.</summary>
    /// <param name="analyses">The analyses, in any order.</param>
    /// <param name="analysisKeys">
    /// The analysis-cache key of each analysis (<see cref="CacheKey.For"/>, in the same order; null where there is none): an
    /// analysis whose key is the one its source's statements were stored under takes their digests from the store.
    /// </param>
    public TimelineData Build(IEnumerable<DocumentAnalysis> analyses, IReadOnlyList<string?>? analysisKeys = null)
    {
        var given = analyses.ToList();
        var byId = Enumerable.Range(0, given.Count).OrderBy(i => given[i].Source.Id, StringComparer.Ordinal).ToList();
        var documents = byId.Select(i => given[i]).ToList();
        string?[] keys = [.. byId.Select(i => analysisKeys is not null && i < analysisKeys.Count ? analysisKeys[i] : null)];
        // A store still being written (by this or another cache on the folder) is finished before it is read.
        WaitForStore(_folder);
        var store = StatementStore.Open(folder, codeVersion);
        // A first build takes every statement at once; a later one keeps them as places among the sources' (whose statements, read
        // back from the cache, are parsed only where the merge, or what is shown, asks for them).
        bool first = !File.Exists(FilePath);
        IReadOnlyList<EventMention> statements = first
            ? [.. documents.SelectMany(d => d.Statements)]
            : new StatementSpace([.. documents.Select(d => (d.Source.Id, d.Statements))]);
        (Reused, Note, MergedAgain, FullMergeReason, _placing, _lastScreens) = (false, null, null, null, null, null);
        // The key is only needed before building when there are stored events to check it against: without
        // them (a first build) it is worked out beside the merge, which is mostly one core.
        var stored = store is null ? null : StoredSources.Match(store.Sources, documents);
        var keying = Task.Run(() => (Key: Key(documents, codeVersion, Known(store, stored, documents, keys), out var shapes, out var digests), Shapes: shapes, Digests: digests));
        // A first build also sorts the statements for the store beside the merge: what that leaves behind is then garbage
        // before the build's forced collection, not promoted by it and carried through the pages.
        var ordering = !first ? null : Task.Run(() =>
        {
            var canonical = EventMerger.CanonicalOrder(statements);
            return (Places: StatementStore.Places(statements, canonical), Dates: DateOrder.Of(canonical));
        });
        var built = ordering is null ? null : Background.Beside(keying, () => TimelineBuilder.Build(documents));
        // The statements in canonical and date order when an incremental merge worked them out; else the store sorts them (or keeps its own).
        IncrementalMerge.Next? order = null;
        var (key, shapes, digests) = keying.GetAwaiter().GetResult();
        var (places, dates) = ordering?.GetAwaiter().GetResult() ?? default;
        Shapes = documents.Select((d, i) => (d.Source.Id, shapes[i])).ToDictionary(x => x.Id, x => x.Item2, StringComparer.Ordinal);
        if (built is null)
        {
            string eventsKey = Convert.ToHexStringLower(key);
            if (Read(key, statements) is { } reused)
            {
                Reused = true;
                return new TimelineData(documents, reused)
                {
                    EventsKey = eventsKey,
                    Changes = store is null ? null : TimelineChanges.AfterMerge(eventsKey, reused, reused, null, ChangedSources(store, stored!, documents, keys), []),
                };
            }
            built = Incremental(store, stored, documents, statements, digests, out order, out var last) is { } events
                ? new TimelineData(documents, events)
                {
                    EventsKey = eventsKey,
                    Changes = last is null
                        ? null
                        : TimelineChanges.AfterMerge(last.Value.Key, last.Value.Events, events, last.Value.OldOf, ChangedSources(store!, stored!, documents, keys), MergedAgain!),
                }
                : TimelineBuilder.Build(Parsed(documents)) with { EventsKey = eventsKey };
        }
        else
        {
            built = built with { EventsKey = Convert.ToHexStringLower(key) };
        }
        var finished = built.Events;
        SourcesParsed = documents.Count(d => d.StatementsParsed());
        // The events and the statements are for the next build, which waits for them (WaitForStore) before it reads either.
        // Events merged in full are written here, before the build's forced collection (see above); others beside the site.
        if (MergedAgain is null) Write(key, statements, finished);
        var placing = _placing;
        // The merge screens for the next build: after a merge around a few sources, the last ones patched (beside the site stages);
        // else made now, while every statement's merge profile is at hand (they are dropped once the events are built).
        var lastScreens = _lastScreens;
        Func<int[], MergeScreen[]?> screens;
        if (MergedAgain is not null)
        {
            var patch = order?.Patch;
            screens = _ => patch is not null && lastScreens?.GetAwaiter().GetResult() is { } kept && kept.Length == patch.OldToNew.Length ? IncrementalMerge.NextScreens(kept, patch) : null;
        }
        else
        {
            var flat = new MergeScreen[statements.Count];
            for (int i = 0; i < flat.Length; i++) flat[i] = MergeScreen.Of(statements[i]);
            screens = canonical => Array.ConvertAll(canonical, p => flat[p]);
        }
        _storing = Store(_folder, () =>
        {
            // The events' mentions and the store's canonical order are both told as places among the statements: after a merge around
            // a few sources, from the places the last build's were at (no statement is parsed for it); else by one index of the
            // 215,000 (at 10,000 articles) by reference, which serves both.
            var moved = MergedAgain is not null ? placing : null;
            int[]? orderPlaces = moved is not null && order is not null ? moved.Order(order.Patch) : null;
            bool written = MergedAgain is null || moved is not null && Write(key, statements.Count, finished, moved.Mentions);
            var place = !written || (places is null && order is not null && orderPlaces is null) ? StatementStore.PlaceOf(statements) : null;
            if (!written) Write(key, statements, finished, place);
            return StatementStore.Write(
                folder, codeVersion, documents, keys, shapes, digests, places ?? orderPlaces ?? (order is null ? null : StatementStore.Places(place!, order.Order)), dates ?? order?.DateOrder, screens);
        });
        return built;
    }

    // A merge of every statement reads them all, one after another: those left unparsed are parsed first, on every core.
    private static IReadOnlyList<DocumentAnalysis> Parsed(IReadOnlyList<DocumentAnalysis> documents)
    {
        Parallel.ForEach(documents, d =>
        {
            if (d.Statements.Count > 0) _ = d.Statements[0];
        });
        return documents;
    }

    private readonly string _folder = Path.GetFullPath(folder);
    private Task<string?>? _storing;
    private MergedPlaces? _placing;
    private Task<MergeScreen[]?>? _lastScreens;

    // The statement stores being written in this process, by cache folder: a later build on the folder waits for its write.
    private static readonly Dictionary<string, Task<string?>> Storing = new(StringComparer.Ordinal);

    private static Task<string?> Store(string folder, Func<string?> write)
    {
        // The store is for the next build: writing it is kept off this build's critical path (the site stages run
        // beside it) and the build waits for it only before it records its state (FinishStoring).
        var task = Task.Factory.StartNew(write, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        lock (Storing) Storing[folder] = task;
        return task;
    }

    private static void WaitForStore(string folder)
    {
        Task<string?>? pending;
        lock (Storing) Storing.Remove(folder, out pending);
        // Only its end matters here: a write that failed is reported by the build that began it (FinishStoring).
        try { pending?.Wait(); }
        catch (AggregateException) { }
    }

    /// <summary>
    /// Waits for the events and the statement store the last <see cref="Build"/> began to write beside the rest of the build, and
    /// returns why it could not be written (naming the file), or null. A build calls it before it records its state.
    /// </summary>
    public string? FinishStoring()
    {
        var storing = _storing;
        _storing = null;
        if (storing is null) return null;
        try
        {
            return storing.GetAwaiter().GetResult();
        }
        finally
        {
            lock (Storing)
                if (Storing.TryGetValue(_folder, out var pending) && pending == storing) Storing.Remove(_folder);
        }
    }

    /// <summary>When the last <see cref="Build"/> merged again only around the sources whose statements changed: which ones; else null.</summary>
    public IReadOnlyList<string>? MergedAgain { get; private set; }

    /// <summary>How many sources' statements were parsed (asked for) when the last <see cref="Build"/> had its events.</summary>
    public int SourcesParsed { get; private set; }

    /// <summary>Why the last <see cref="Build"/> did not merge only around the changed sources although the last build's events were there, or null.</summary>
    public string? FullMergeReason { get; private set; }

    /// <summary>
    /// The events of the last build, with the statements of the sources that changed since merged again
    /// (<see cref="IncrementalMerge"/>); null when there are no stored events and statements to start from.
    /// </summary>
    /// <summary>
    /// The sources whose document may differ from the last build's: those whose analysis key is not the one their statements were
    /// stored under (the same key names the same document analysed by the same code), and those stored that are gone.
    /// </summary>
    private static IReadOnlyList<string> ChangedSources(StatementStore store, StoredSources stored, IReadOnlyList<DocumentAnalysis> documents, string?[] keys)
    {
        var changed = new List<string>();
        for (int i = 0; i < documents.Count; i++)
            if (stored.Of[i] < 0 || keys[i] is null || store.Sources[stored.Of[i]].Key != keys[i]) changed.Add(documents[i].Source.Id);
        for (int j = 0; j < store.Sources.Count; j++)
            if (stored.DocumentOf[j] < 0) changed.Add(store.Sources[j].Id);
        changed.Sort(StringComparer.Ordinal);
        return changed;
    }

    /// <param name="last">
    /// The last build's events the merge started from, and their key, when it did not give up; with, for each event made, the index
    /// of the last build's event it is the very object of, or -1.
    /// </param>
    private IReadOnlyList<TimelineEvent>? Incremental(
        StatementStore? store, StoredSources? stored, IReadOnlyList<DocumentAnalysis> documents, IReadOnlyList<EventMention> statements, byte[][] digests, out IncrementalMerge.Next? order,
        out (string Key, IReadOnlyList<TimelineEvent> Events, int[] OldOf)? last)
    {
        order = null;
        last = null;
        if (store is null || stored is null) return null;
        var changed = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < documents.Count; i++)
            if (stored.Of[i] < 0) changed.Add(documents[i].Source.Id);
        for (int j = 0; j < store.Sources.Count; j++)
            if (stored.DocumentOf[j] is int i && (i < 0 || !digests[i].AsSpan().SequenceEqual(store.Sources[j].Digest))) changed.Add(store.Sources[j].Id);
        if (changed.Count == 0 || changed.Count > Math.Max(1, documents.Count / 100))
        {
            FullMergeReason = changed.Count == 0 ? null : $"the statements of {changed.Count} sources changed";
            return null;
        }

        // The last build's statements: an unchanged source's are this build's (the same digest), left unparsed; a changed one's read
        // from the store.
        var lastStatements = new (string Id, IReadOnlyList<EventMention> Statements)[store.Sources.Count];
        for (int j = 0; j < store.Sources.Count; j++)
        {
            var source = store.Sources[j];
            if (!changed.Contains(source.Id))
            {
                lastStatements[j] = (source.Id, documents[stored.DocumentOf[j]].Statements);
                continue;
            }
            if (store.Read(source, s => Digest(StatementsDigest(s), s)) is not { } statementsThen)
            {
                FullMergeReason = $"the stored statements of {source.Id} do not read back";
                return null;
            }
            lastStatements[j] = (source.Id, statementsThen);
        }
        var old = new StatementSpace(lastStatements);
        // The stored order is a permutation of the stored statements (the store checks it), which old lists in the same order.
        if (old.Count != store.Order.Length)
        {
            FullMergeReason = "the stored order is not that of the stored statements";
            return null;
        }
        var oldOrder = new ReorderedStatements(old, store.Order);
        var placeOf = new int[old.Count];
        for (int i = 0; i < placeOf.Length; i++) placeOf[store.Order[i]] = i;
        // The stored events are read beside the merge, which needs them only once the part to merge again is known; their
        // mentions, indices into old (which the events keep), become places in the canonical order.
        byte[] oldKey = KeyOf(codeVersion, [.. store.Sources.Select(s => s.Digest)]);
        // The merge screens too: the merge waits for them once it has the date neighbours.
        _lastScreens = Task.Run(store.ReadScreens);
        var reading = Task.Run(() =>
        {
            if (Read(oldKey, old, out int[][] mentions) is not { } events) return null;
            return new IncrementalMerge.LastEvents(events, Array.ConvertAll(mentions, m => Array.ConvertAll(m, p => placeOf[p])));
        });
        // Where the changed sources' statements stood, and what they are now: no other statement is looked at for that.
        var removed = new List<int>();
        var added = new List<EventMention>();
        for (int s = 0, start = 0; s < store.Sources.Count; start += store.Sources[s++].Count)
            if (changed.Contains(store.Sources[s].Id))
                for (int i = start; i < start + store.Sources[s].Count; i++) removed.Add(placeOf[i]);
        removed.Sort();
        foreach (var d in documents)
            if (changed.Contains(d.Source.Id)) added.AddRange(d.Statements);
        var merged = IncrementalMerge.Merge(
            new IncrementalMerge.Last(reading, oldOrder, store.DateOrder, [.. removed], _lastScreens), statements, changed, out order, out string? reason, out int[]? oldOf, added);
        FullMergeReason = reason;
        // A merge that gave up before it needed the stored events leaves them being read: nothing of this build runs beside it after.
        ((Task)reading).Wait();
        if (merged is not null)
        {
            _placing = new MergedPlaces(old, (StatementSpace)statements, stored, store.Order);
            MergedAgain = [.. changed.Order(StringComparer.Ordinal)];
            if (reading.Result is { } lastEvents && oldOf is not null) last = (Convert.ToHexStringLower(oldKey), lastEvents.Events, oldOf);
        }
        return merged;
    }

    /// <summary>The <see cref="StatementsDigest"/> without offsets of each source of the last <see cref="Build"/>, by source id.</summary>
    public IReadOnlyDictionary<string, byte[]> Shapes { get; private set; } = new Dictionary<string, byte[]>();

    /// <summary>
    /// A SHA-256 of the code version and of every statement, in order, field by field: one hash per
    /// document's statements (in parallel), then one of those.
    /// </summary>
    internal static byte[] Key(IReadOnlyList<DocumentAnalysis> documents, string codeVersion) => Key(documents, codeVersion, new StatementStore.Entry?[documents.Count], out _, out _);

    // The stored entry of each document whose analysis has the key its statements were stored under: the same document
    // analysed by the same code (the store is of this code version) has the same statements, so their digests hold.
    private static StatementStore.Entry?[] Known(StatementStore? store, StoredSources? stored, IReadOnlyList<DocumentAnalysis> documents, string?[] keys)
    {
        var known = new StatementStore.Entry?[documents.Count];
        if (store is null || stored is null) return known;
        for (int i = 0; i < documents.Count; i++)
            if (stored.Of[i] >= 0 && store.Sources[stored.Of[i]] is { Key: { } key } e && key == keys[i] && e.Count == documents[i].Statements.Count) known[i] = e;
        return known;
    }

    // Each document's hash is that of its statements without offsets, then the offsets of their dates: every field
    // (a quote's offset is its date's less the date's place in it), and the first half is kept for delta builds.
    private static byte[] Key(IReadOnlyList<DocumentAnalysis> documents, string codeVersion, StatementStore.Entry?[] known, out byte[][] shapes, out byte[][] digests)
    {
        var digestsOf = new byte[documents.Count][];
        var shapesOf = new byte[documents.Count][];
        Parallel.For(0, documents.Count, i =>
        {
            if (known[i] is { } e)
            {
                (shapesOf[i], digestsOf[i]) = (e.Shape, e.Digest);
                return;
            }
            shapesOf[i] = StatementsDigest(documents[i], offsets: false);
            digestsOf[i] = Digest(shapesOf[i], documents[i].Statements);
        });
        (shapes, digests) = (shapesOf, digestsOf);
        return KeyOf(codeVersion, digestsOf);
    }

    private static byte[] Digest(byte[] shape, IReadOnlyList<EventMention> statements) => Hash(w =>
    {
        w.Write(shape);
        foreach (var m in statements) w.Write(m.DateStart);
    });

    private static byte[] KeyOf(string codeVersion, byte[][] digests) => Hash(w =>
    {
        w.Write(Format);
        w.Write(AnalysisSerializer.FormatVersion);
        w.Write(codeVersion);
        w.Write(digests.Length);
        foreach (byte[] hash in digests) w.Write(hash);
    });

    /// <summary>
    /// A SHA-256 of every field of every statement of one source, in order: two analyses with the same
    /// digest give the same events, so a rebuild after an edit that leaves it unchanged can keep them.
    /// Without <paramref name="offsets"/>, where each statement stands in the text is left out (only
    /// where its date stands in its quote is kept): the digest an edit before the statements leaves unchanged.
    /// </summary>
    public static byte[] StatementsDigest(DocumentAnalysis document, bool offsets = true) => StatementsDigest(document.Statements, offsets);

    private static byte[] StatementsDigest(IReadOnlyList<EventMention> statements, bool offsets = false) => Hash(w =>
    {
        w.Write(statements.Count);
        foreach (var m in statements) WriteStatement(w, m, offsets);
    });

    private static byte[] Hash(Action<BinaryWriter> write)
    {
        using var hash = new HashingStream();
        using (var w = new BinaryWriter(new BufferedStream(hash, 1 << 14), Utf8, leaveOpen: true))
            write(w);
        return hash.Hash();
    }

    private static void WriteStatement(BinaryWriter w, EventMention m, bool offsets)
    {
        w.Write(m.SourceId);
        w.Write(m.Passage);
        w.Write(m.Quote);
        if (offsets) w.Write(m.QuoteStart);
        w.Write(m.DateText);
        if (offsets) w.Write(m.DateStart);
        else w.Write(m.DateStart - m.QuoteStart);
        AnalysisSerializer.WriteValue(w, m.Value);
        w.Write(m.Headline);
        w.Write(m.IsWeak);
        w.Write(m.IsRelativeClause);
        AnalysisSerializer.WriteString(w, m.Url);
        AnalysisSerializer.WriteProfile(w, m.Profile);
    }

    private IReadOnlyList<TimelineEvent>? Read(byte[] key, IReadOnlyList<EventMention> statements) => Read(key, statements, out _);

    private IReadOnlyList<TimelineEvent>? Read(byte[] key, IReadOnlyList<EventMention> statements, out int[][] mentionIndices)
    {
        mentionIndices = [];
        byte[] bytes;
        try
        {
            if (!File.Exists(FilePath)) return null;
            bytes = File.ReadAllBytes(FilePath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Note = $"the stored events could not be read ({ex.Message.TrimEnd('.')}); they were built again";
            return null;
        }
        var events = EventSnapshot.Read(bytes, Format, codeVersion, key, statements, out bool corrupt, out mentionIndices);
        if (corrupt) Note = "the stored events were corrupt; they were built again";
        return events;
    }

    private void Write(byte[] key, IReadOnlyList<EventMention> statements, IReadOnlyList<TimelineEvent> events, Dictionary<EventMention, int>? place = null) =>
        Write(EventSnapshot.Write(Format, codeVersion, key, statements, events, place));

    // Written with each event's mentions told as places by placesOf: false when one could not be (nothing was written then).
    private bool Write(byte[] key, int statementCount, IReadOnlyList<TimelineEvent> events, Func<TimelineEvent, int[]?> placesOf)
    {
        if (EventSnapshot.Write(Format, codeVersion, key, statementCount, events, placesOf) is not { } bytes) return false;
        Write(bytes);
        return true;
    }

    private void Write(byte[]? bytes)
    {
        if (bytes is null) return;
        string temporary = Path.Combine(folder, $"{FileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(temporary, bytes);
            // A rename replaces the old file whole: a build that dies half-way leaves the old one or the new one.
            File.Move(temporary, FilePath, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only costs the next build time.
            try { File.Delete(temporary); }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException) { }
        }
    }

    internal static byte[] Checksum(ReadOnlySpan<byte> payload) => SHA256.HashData(payload);
}
