using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Timeline.Core.Caching;

namespace Timeline.Core.Events.Incremental;

/// <summary>
/// The statements the last events were built from (without their merge profiles), kept beside <c>events.bin</c> (an index, <c>statements.bin</c>, and
/// a data file it names) so that
/// the next build can take out a changed source's old statements and merge again only around them
/// (<see cref="IncrementalMerge"/>). The index lists each source's id, the digest of its statements with their offsets
/// (the one the events' key is made of) and where its statements are in the data file; a build reads only the changed
/// sources' statements, and each is trusted only when it hashes to its digest again. A build appends only the
/// statements of sources that changed (58 MB at 10,000 articles are written once, beside the site stages, not at every build).
/// The index also keeps the analysis-cache key each source's statements came from: a build whose analysis of a source has
/// that key (the same document, analysed by the same code) takes the source's digests from here instead of hashing all
/// its statements again.
/// </summary>
internal sealed class StatementStore
{
    public const string FileName = "statements.bin";
    private const string Format = "timeline-statements/6";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string _path, _data;
    private readonly long _dataLength;

    private StatementStore(string path, string data, long dataLength, IReadOnlyList<Entry> sources, int[] order, DateOrder? dateOrder, Screens? screens)
    {
        DateOrder = dateOrder;
        _screens = screens;
        _path = path;
        _data = data;
        _dataLength = dataLength;
        Sources = sources;
        Order = order;
    }

    /// <summary>
    /// One source of the last build: its id, the analysis-cache key of the document its statements came from (null when
    /// it had none), the digests of its statements without and with their offsets, and where they are in the file.
    /// </summary>
    public sealed record Entry(string Id, string? Key, byte[] Shape, byte[] Digest, int Count, long Offset, int Length);

    /// <summary>The sources of the last build, in its order (by id).</summary>
    public IReadOnlyList<Entry> Sources { get; }

    /// <summary>
    /// The last build's statements in canonical order (<see cref="EventMerger.CanonicalOrder"/>), each as its place among all
    /// the stored statements (<see cref="Sources"/> in order, each source's in its order): a permutation of them.
    /// </summary>
    public int[] Order { get; }

    /// <summary>
    /// The last build's date order (<see cref="DateNeighbours.Placed"/> of the statements in canonical order: the places in
    /// <see cref="Order"/> of the statements that have a date, by start, then place) with their starts and ends; null when a
    /// date did not fit the file (a day number beyond 32 bits). Checked here to be distinct places only; that it is in order is
    /// checked as it is used (<see cref="DateNeighbours.FromOrder"/>). Its dates are those of the stored statements, which each
    /// source's digest vouches for.
    /// </summary>
    public DateOrder? DateOrder { get; }

    /// <summary>The file of the statements' merge screens (<see cref="MergeScreen"/>, in <see cref="Order"/>), and its SHA-256.</summary>
    private sealed record Screens(string File, byte[] Hash);

    private readonly Screens? _screens;

    /// <summary>
    /// The merge screen of each statement in <see cref="Order"/>, or null when there are none or they do not read back (their
    /// file is not as long as the statements ask, or does not hash to what the index, which is checked, says).
    /// </summary>
    public MergeScreen[]? ReadScreens()
    {
        if (_screens is null) return null;
        try
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(_path)!, _screens.File));
            if (bytes.Length != (long)Order.Length * MergeScreen.Size || !SHA256.HashData(bytes).AsSpan().SequenceEqual(_screens.Hash)) return null;
            var screens = new MergeScreen[Order.Length];
            for (int i = 0; i < screens.Length; i++) screens[i] = MergeScreen.Read(bytes.AsSpan(i * MergeScreen.Size, MergeScreen.Size));
            return screens;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Records the statements of <paramref name="documents"/> (their digests beside them). Only the sources whose
    /// statements are not stored yet are serialised, and appended to the data file; the index is then replaced whole
    /// (a temporary file renamed), so a build that dies half-way leaves the old index, whose ranges are untouched, or
    /// none. When the data file holds more bytes no index names than bytes it names, it is written afresh. Returns why
    /// the statements could not be stored (with the file), or null.
    /// </summary>
    /// <remarks>
    /// One sequential pass through a large buffer: each statement goes straight from its fields into the file, so the
    /// write allocates per source (its index entry), not per statement. It runs beside the site stages of a cold
    /// build (<see cref="Caching.EventCache.FinishStoring"/>), so one core is enough.
    /// </remarks>
    /// <param name="order">
    /// The documents' statements in canonical order, as places among them (<see cref="Places"/>), when the build has it (an
    /// incremental merge patched it, or a first build sorted it beside the merge); else it is the last store's when every
    /// source's statements are the stored ones, or worked out here.
    /// </param>
    /// <param name="screens">
    /// The statements' merge screens in the canonical order it is given (as places among the documents' statements), or null when
    /// there are none to keep (the next incremental merge then reads every neighbour it looks at).
    /// </param>
    public static string? Write(
        string folder, string codeVersion, IReadOnlyList<DocumentAnalysis> documents, IReadOnlyList<string?> keys, IReadOnlyList<byte[]> shapes,
        IReadOnlyList<byte[]> digests, int[]? order = null, DateOrder? dateOrder = null, Func<int[], MergeScreen[]?>? screens = null)
    {
        var previous = Open(folder, codeVersion);
        var reuse = new Entry?[documents.Count];
        if (previous is not null)
        {
            var known = new Dictionary<(string, string), Entry>();
            foreach (var e in previous.Sources) known[(e.Id, Convert.ToHexString(e.Digest))] = e;
            for (int i = 0; i < documents.Count; i++) reuse[i] = known.GetValueOrDefault((documents[i].Source.Id, Convert.ToHexString(digests[i])));
        }
        long live = reuse.Sum(e => e?.Length ?? 0);
        bool afresh = previous is null || previous._dataLength - live > live;

        string data = afresh ? $"statements-{Guid.NewGuid():N}.bin" : previous!._data;
        string index = Path.Combine(folder, FileName);
        string temporary = $"{index}.{Guid.NewGuid():N}.tmp";
        string writing = Path.Combine(folder, data);
        try
        {
            Directory.CreateDirectory(folder);
            var entries = new Entry[documents.Count];
            using (var file = new FileStream(writing, afresh ? FileMode.CreateNew : FileMode.Open, FileAccess.Write, FileShare.None, 1 << 20))
            using (var w = new BinaryWriter(file, Utf8, leaveOpen: true))
            {
                // Appended after what the index names: anything past it was left by a build that did not finish.
                long offset = afresh ? 0 : previous!._dataLength;
                file.Position = offset;
                for (int i = 0; i < documents.Count; i++)
                {
                    if (!afresh && reuse[i] is { } kept)
                    {
                        // The same statements may come from another text (an edit that moved or added no date): the key is this build's.
                        entries[i] = kept with { Key = keys[i], Shape = shapes[i] };
                        continue;
                    }
                    foreach (var m in documents[i].Statements) WriteStatement(w, m);
                    long end = file.Position;
                    entries[i] = new Entry(documents[i].Source.Id, keys[i], shapes[i], digests[i], documents[i].Statements.Count, offset, checked((int)(end - offset)));
                    offset = end;
                }
                w.Flush();
                file.SetLength(offset);
            }
            var (canonical, dated) = OrderOf(documents, order, dateOrder, previous, reuse);
            var screened = screens?.Invoke(canonical) is { } made && made.Length == canonical.Length ? WriteScreens(folder, made, ref writing) : null;
            writing = temporary;
            WriteIndex(temporary, codeVersion, data, entries, canonical, dated, screened);
            writing = index;
            File.Move(temporary, index, overwrite: true);
            if (afresh)
                foreach (string stale in Directory.EnumerateFiles(folder, "statements-*.bin"))
                    if (Path.GetFileName(stale) != data) File.Delete(stale);
            foreach (string stale in Directory.EnumerateFiles(folder, "screens-*.bin"))
                if (Path.GetFileName(stale) != screened?.File) File.Delete(stale);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only the next build's shortcut is lost.
            Delete(folder);
            try { File.Delete(temporary); }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException) { }
            return $"the statements could not be stored in {writing} ({ex.Message.TrimEnd('.')}); the next build merges in full";
        }
    }

    // Each build's screens go to a file of their own, named in the index: a build that reads the last index reads the last screens.
    private static Screens WriteScreens(string folder, MergeScreen[] screens, ref string writing)
    {
        var bytes = new byte[screens.Length * MergeScreen.Size];
        for (int i = 0; i < screens.Length; i++) screens[i].Write(bytes.AsSpan(i * MergeScreen.Size, MergeScreen.Size));
        string name = $"screens-{Guid.NewGuid():N}.bin";
        writing = Path.Combine(folder, name);
        File.WriteAllBytes(writing, bytes);
        return new Screens(name, SHA256.HashData(bytes));
    }

    // The order as places among the documents' statements: as given, or the last store's when every source is stored unchanged
    // and in the same places (the order depends only on the statements), else sorted here (beside the site stages of a build);
    // and the date order likewise (sorted here from the canonical order when not given).
    private static (int[] Order, DateOrder? DateOrder) OrderOf(IReadOnlyList<DocumentAnalysis> documents, int[]? order, DateOrder? dateOrder, StatementStore? previous, Entry?[] reuse)
    {
        if (order is not null && dateOrder is not null) return (order, dateOrder);
        if (order is null && previous is not null && previous.Sources.Count == documents.Count
            && reuse.Select((e, i) => e is not null && ReferenceEquals(e, previous.Sources[i])).All(same => same))
            return (previous.Order, previous.DateOrder);
        var statements = documents.SelectMany(d => d.Statements).ToList();
        order ??= Places(statements, EventMerger.CanonicalOrder(statements));
        return (order, DateOrder.Of([.. order.Select(i => statements[i])]));
    }

    /// <summary>The place in <paramref name="statements"/> of each statement of <paramref name="order"/> (the same objects).</summary>
    public static int[] Places(IReadOnlyList<EventMention> statements, IReadOnlyList<EventMention> order) => Places(PlaceOf(statements), order);

    /// <summary>The place of each statement of <paramref name="order"/> by <paramref name="place"/> (<see cref="PlaceOf"/>).</summary>
    public static int[] Places(Dictionary<EventMention, int> place, IReadOnlyList<EventMention> order)
    {
        var places = new int[order.Count];
        for (int i = 0; i < places.Length; i++) places[i] = place[order[i]];
        return places;
    }

    /// <summary>Each statement's place in <paramref name="statements"/>, by reference.</summary>
    public static Dictionary<EventMention, int> PlaceOf(IReadOnlyList<EventMention> statements)
    {
        var place = new Dictionary<EventMention, int>(statements.Count, ReferenceEqualityComparer.Instance);
        for (int i = 0; i < statements.Count; i++) place[statements[i]] = i;
        return place;
    }

    private static void WriteIndex(string path, string codeVersion, string data, IReadOnlyList<Entry> entries, int[] order, DateOrder? dateOrder, Screens? screens)
    {
        using var header = new MemoryStream();
        using (var w = new BinaryWriter(header, Utf8, leaveOpen: true))
        {
            w.Write(data);
            w.Write(entries.Count == 0 ? 0L : entries.Max(e => e.Offset + e.Length));
            w.Write(entries.Count);
            foreach (var e in entries)
            {
                w.Write(e.Id);
                AnalysisSerializer.WriteString(w, e.Key);
                w.Write(e.Shape);
                w.Write(e.Digest);
                w.Write(e.Count);
                w.Write(e.Offset);
                w.Write(e.Length);
            }
            w.Write(order.Length);
            foreach (int i in order) w.Write(i);
            // Day numbers as 32 bits (every date of this calendar's range fits); a date that does not leaves the order out.
            bool fits = dateOrder is not null && dateOrder.Starts.All(d => d is >= int.MinValue and <= int.MaxValue) && dateOrder.Ends.All(d => d is >= int.MinValue and <= int.MaxValue);
            w.Write(fits ? dateOrder!.Placed.Length : -1);
            if (fits)
            {
                foreach (int i in dateOrder!.Placed) w.Write(i);
                foreach (long d in dateOrder.Starts) w.Write((int)d);
                foreach (long d in dateOrder.Ends) w.Write((int)d);
                // The statements without a date, by TIMEX: their neighbours then need none of them read.
                w.Write(dateOrder.Unplaced is { } unplaced ? unplaced.Count : -1);
                foreach (var (timex, places) in dateOrder.Unplaced ?? [])
                {
                    w.Write(timex);
                    w.Write(places.Length);
                    foreach (int p in places) w.Write(p);
                }
            }
            w.Write(screens?.File ?? "");
            w.Write(screens?.Hash ?? new byte[32]);
        }
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var writer = new BinaryWriter(file, Utf8);
        writer.Write(Format);
        writer.Write(codeVersion);
        writer.Write((int)header.Length);
        writer.Write(SHA256.HashData(header.GetBuffer().AsSpan(0, (int)header.Length)));
        writer.Write(header.GetBuffer(), 0, (int)header.Length);
    }

    /// <summary>Forgets the stored statements: the index (the data files are then unnamed, and replaced by the next write).</summary>
    public static void Delete(string folder)
    {
        try { File.Delete(Path.Combine(folder, FileName)); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
    }

    /// <summary>The index of the stored statements of this code, or null when there is none or it does not read back whole.</summary>
    public static StatementStore? Open(string folder, string codeVersion)
    {
        string path = Path.Combine(folder, FileName);
        try
        {
            if (!File.Exists(path)) return null;
            byte[] bytes = File.ReadAllBytes(path);
            using var r = new BinaryReader(new MemoryStream(bytes), Utf8);
            if (r.ReadString() != Format || r.ReadString() != codeVersion) return null;
            int length = r.ReadInt32();
            byte[] checksum = r.ReadBytes(32);
            if (length < 0 || length != bytes.Length - r.BaseStream.Position) return null;
            byte[] header = r.ReadBytes(length);
            if (!SHA256.HashData(header).AsSpan().SequenceEqual(checksum)) return null;
            using var h = new BinaryReader(new MemoryStream(header), Utf8);
            string data = h.ReadString();
            long dataLength = h.ReadInt64();
            if (data != Path.GetFileName(data) || !data.StartsWith("statements-", StringComparison.Ordinal)) return null;
            var dataFile = new FileInfo(Path.Combine(folder, data));
            if (!dataFile.Exists || dataFile.Length < dataLength) return null;
            var sources = new Entry[AnalysisSerializer.Count(h)];
            long statements = 0;
            for (int i = 0; i < sources.Length; i++)
            {
                sources[i] = new Entry(h.ReadString(), AnalysisSerializer.ReadString(h), h.ReadBytes(32), h.ReadBytes(32), h.ReadInt32(), h.ReadInt64(), h.ReadInt32());
                if (sources[i].Shape.Length != 32 || sources[i].Digest.Length != 32 || sources[i].Count < 0 || sources[i].Offset < 0 || sources[i].Length < 0 || sources[i].Offset + sources[i].Length > dataLength) return null;
                statements += sources[i].Count;
            }
            if (h.ReadInt32() != statements) return null;
            var order = Ints(h, header, (int)statements);
            var seen = new bool[statements];
            foreach (int i in order)
            {
                if ((uint)i >= (uint)order.Length || seen[i]) return null;
                seen[i] = true;
            }
            var dateOrder = ReadDateOrder(h, header, order.Length);
            string screensFile = h.ReadString();
            byte[] screensHash = h.ReadBytes(32);
            if (screensHash.Length != 32 || screensFile.Length > 0 && (screensFile != Path.GetFileName(screensFile) || !screensFile.StartsWith("screens-", StringComparison.Ordinal))) return null;
            if (h.BaseStream.Position != h.BaseStream.Length) return null;
            return new StatementStore(dataFile.FullName, data, dataLength, sources, order, dateOrder, screensFile.Length == 0 ? null : new Screens(screensFile, screensHash));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or EndOfStreamException or InvalidDataException or DecoderFallbackException)
        {
            return null;
        }
    }

    // The date order as written (WriteIndex): null when it was left out; places out of range or twice are bad data.
    private static DateOrder? ReadDateOrder(BinaryReader h, byte[] header, int statements)
    {
        int count = h.ReadInt32();
        if (count == -1) return null;
        if (count < 0 || count > statements) throw new InvalidDataException("bad date order");
        var placed = Ints(h, header, count);
        var seen = new bool[statements];
        foreach (int p in placed)
        {
            if ((uint)p >= (uint)statements || seen[p]) throw new InvalidDataException("bad date order");
            seen[p] = true;
        }
        var (starts, ends) = (Array.ConvertAll(Ints(h, header, count), d => (long)d), Array.ConvertAll(Ints(h, header, count), d => (long)d));
        // Whether the buckets hold every other place once is checked as they are used (DateNeighbours.FromOrder).
        int buckets = h.ReadInt32();
        if (buckets < -1 || buckets > statements) throw new InvalidDataException("bad date order");
        var unplaced = buckets < 0 ? null : new (string Timex, int[] Places)[buckets];
        for (int b = 0; b < buckets; b++) unplaced![b] = (h.ReadString(), Ints(h, header, h.ReadInt32()));
        return new DateOrder(placed, starts, ends) { Unplaced = unplaced };
    }

    // The next `count` 32-bit integers of the header (read by `h`, over all of it), straight from its bytes: the orders are
    // 650,000 of them at 10,000 articles, a few times faster so than one reader call each.
    private static int[] Ints(BinaryReader h, byte[] header, int count)
    {
        long at = h.BaseStream.Position;
        if (count < 0 || at + 4L * count > header.Length) throw new EndOfStreamException();
        var ints = new int[count];
        var bytes = header.AsSpan((int)at, 4 * count);
        for (int i = 0; i < ints.Length; i++) ints[i] = BinaryPrimitives.ReadInt32LittleEndian(bytes[(4 * i)..]);
        h.BaseStream.Position = at + 4L * count;
        return ints;
    }

    /// <summary>The statements of one source as stored, or null when they do not read back to its digest.</summary>
    public IReadOnlyList<EventMention>? Read(Entry source, Func<IReadOnlyList<EventMention>, byte[]> digest)
    {
        try
        {
            byte[] bytes = new byte[source.Length];
            using (var file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read))
            {
                file.Position = source.Offset;
                file.ReadExactly(bytes);
            }
            using var r = new BinaryReader(new MemoryStream(bytes), Utf8);
            var statements = new EventMention[source.Count];
            for (int i = 0; i < statements.Length; i++) statements[i] = ReadStatement(r);
            if (r.BaseStream.Position != bytes.Length || statements.Any(m => m.SourceId != source.Id)) return null;
            return digest(statements).AsSpan().SequenceEqual(source.Digest) ? statements : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or EndOfStreamException or InvalidDataException or DecoderFallbackException or ArgumentException or FormatException or OverflowException)
        {
            return null;
        }
    }

    private static void WriteStatement(BinaryWriter w, EventMention m)
    {
        w.Write(m.SourceId);
        w.Write(m.Passage);
        w.Write(m.Quote);
        w.Write(m.QuoteStart);
        w.Write(m.DateText);
        w.Write(m.DateStart);
        AnalysisSerializer.WriteValue(w, m.Value);
        w.Write(m.Headline);
        w.Write(m.IsWeak);
        w.Write(m.IsRelativeClause);
        AnalysisSerializer.WriteString(w, m.Url);
    }

    private static EventMention ReadStatement(BinaryReader r) => new()
    {
        SourceId = r.ReadString(),
        Passage = r.ReadString(),
        Quote = r.ReadString(),
        QuoteStart = r.ReadInt32(),
        DateText = r.ReadString(),
        DateStart = r.ReadInt32(),
        Value = AnalysisSerializer.ReadValue(r),
        Headline = r.ReadString(),
        IsWeak = r.ReadBoolean(),
        IsRelativeClause = r.ReadBoolean(),
        // The merge profile is left out (it is most of the bytes) and made again from the quote; the digest, which
        // covers it, tells whether it is the one the statement had.
        Url = AnalysisSerializer.ReadString(r),
    };
}
