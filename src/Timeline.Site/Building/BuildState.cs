using System.Security.Cryptography;
using System.Text;
using Timeline.Core.Sources;

namespace Timeline.Site.Building;

/// <summary>
/// What the last successful build of an output was made from, kept in the cache folder
/// (<c>build-state.bin</c>) so that the next build can tell, from a directory walk alone, whether
/// anything changed and what: the code, settings, config and templates (<see cref="Basis"/>), each
/// candidate input file's length and modification time, and for each source its cache key, a digest
/// of its statements and of its face (<see cref="SourceFace"/>), and the events its dates link to.
/// <see cref="ListsDigest"/> ties it to one state of the output: the output's lists must be exactly
/// the ones this build wrote, or the state is not used.
/// </summary>
internal sealed record BuildState
{
    public const string FileName = "build-state.bin";
    private const string Format = "timeline-build-state/2";

    /// <summary>A digest of everything but the articles that the output depends on (<see cref="DeltaBuild"/>).</summary>
    public required string Basis { get; init; }

    /// <summary>The templates folder the build used (it is named in timeline.yml or the settings, both in <see cref="Basis"/>).</summary>
    public string? TemplatesFolder { get; init; }

    /// <summary>A SHA-256 of the output's <c>.timeline-files</c>, <c>.timeline-hashes</c> and <c>.timeline-pages</c> after the build.</summary>
    public required string ListsDigest { get; init; }

    /// <summary>The site's <c>Updated</c>: the latest publication date of any source.</summary>
    public string? Updated { get; init; }

    /// <summary>
    /// The <see cref="Core.Events.TimelineData.EventsKey"/> of the events <see cref="EventIds"/> and the links name, or null: a build whose
    /// <see cref="Core.Events.TimelineChanges.Since"/> is this key takes the links of the sources its changes do not reach from here.
    /// </summary>
    public string? EventsKey { get; init; }

    public int EventCount { get; init; }

    public int FileCount { get; init; }

    public IReadOnlyList<SourceProblem> Problems { get; init; } = [];

    /// <summary>Every candidate input file, in path order.</summary>
    public IReadOnlyList<InputEntry> Inputs { get; init; } = [];

    /// <summary>The ids of the events that sources' dates link to, indexed by <see cref="SourceEntry.Links"/>.</summary>
    public IReadOnlyList<string> EventIds { get; init; } = [];

    public static BuildState? Read(string folder)
    {
        try
        {
            string path = Path.Combine(folder, FileName);
            return File.Exists(path) ? Parse(File.ReadAllBytes(path)) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or ArgumentException or DecoderFallbackException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Replaces the stored state whole (a temporary file renamed over it); a state that cannot be written only costs the next build time.</summary>
    public void Write(string folder) => Write(folder, Serialize());

    /// <summary>Replaces the stored state with <paramref name="bytes"/> (a state's <see cref="Serialize()"/>), as <see cref="Write(string)"/> does.</summary>
    internal static void Write(string folder, byte[] bytes) => Write(folder, [bytes]);

    private static void Write(string folder, byte[][] parts)
    {
        string temporary = Path.Combine(folder, $"{FileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1))
                foreach (byte[] part in parts) file.Write(part);
            File.Move(temporary, Path.Combine(folder, FileName), overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Delete(folder);
            try { File.Delete(temporary); }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException) { }
        }
    }

    /// <summary>Forgets the state, so the next build takes the full path.</summary>
    public static void Delete(string folder)
    {
        try { File.Delete(Path.Combine(folder, FileName)); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
    }

    internal byte[] Serialize() => Serialize(Body(), ListsDigest, FileCount);

    /// <summary>
    /// The state but what the commit decides (<see cref="ListsDigest"/>, <see cref="FileCount"/>), which its bytes end with: a full build
    /// serializes it beside the site, and only adds those and the checksum once it has committed.
    /// </summary>
    internal byte[] Body() => Body(0, null, w =>
    {
        w.Write(Inputs.Count);
        foreach (var input in Inputs) WriteInput(w, input);
    });

    /// <summary>
    /// The body of this state with the inputs <paramref name="inputs"/> writes (their count first) in place of <see cref="Inputs"/>, and the
    /// event ids <paramref name="eventIds"/> writes (their count first), when given, in place of <see cref="EventIds"/>.
    /// </summary>
    internal byte[] Body(int capacity, Action<BinaryWriter>? eventIds, Action<BinaryWriter> inputs)
    {
        using var buffer = new MemoryStream(capacity);
        using (var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Format);
            w.Write(Basis);
            Optional(w, TemplatesFolder);
            Optional(w, Updated);
            Optional(w, EventsKey);
            w.Write(EventCount);
            w.Write(Problems.Count);
            foreach (var p in Problems)
            {
                w.Write(p.Path);
                w.Write(p.Message);
            }
            if (eventIds is not null) eventIds(w);
            else
            {
                w.Write(EventIds.Count);
                foreach (string id in EventIds) w.Write(id);
            }
            inputs(w);
        }
        return buffer.ToArray();
    }

    /// <summary>Writes <paramref name="input"/> as a state's body holds it.</summary>
    internal static void WriteInput(BinaryWriter w, InputEntry input)
    {
        WriteFile(w, input);
        if (input.Source is not { } s) return;
        w.Write(s.Id);
        w.Write(s.Key);
        w.Write(s.Statements);
        w.Write(s.Starts.Count);
        foreach (int start in s.Starts) w.Write(start);
        w.Write(s.PositionStarts.Count);
        foreach (int start in s.PositionStarts) w.Write(start);
        w.Write(s.Face);
        WriteLinks(w, s.Links);
    }

    /// <summary>Writes what <paramref name="input"/> says of its file, up to its source's entry (<see cref="WriteInput"/>).</summary>
    internal static void WriteFile(BinaryWriter w, InputEntry input)
    {
        w.Write(input.Path);
        w.Write(input.Length);
        w.Write(input.Modified);
        w.Write(input.Included);
        w.Write(input.Source is not null);
    }

    /// <summary>Writes a source's links, which end its entry (<see cref="WriteInput"/>).</summary>
    internal static void WriteLinks(BinaryWriter w, IReadOnlyList<(int DateStart, int Event)> links)
    {
        w.Write(links.Count);
        foreach (var (start, e) in links)
        {
            w.Write(start);
            w.Write(e);
        }
    }

    /// <summary>The bytes this state was read from (<see cref="Parse"/>), else null.</summary>
    internal byte[]? Bytes { get; private init; }

    /// <summary>
    /// For each input with a source, where in <see cref="Bytes"/> its source's entry starts, where its links do (<see cref="WriteLinks"/>)
    /// and where it ends: all before the links is the entry as it would be written again when only its links differ.
    /// </summary>
    internal (int Entry, int Links, int End)[]? SourceBytes { get; private init; }

    /// <summary>Where in <see cref="Bytes"/> each of <see cref="EventIds"/> is written, and (last) where the next one would be.</summary>
    internal int[]? EventIdBytes { get; private init; }

    /// <summary>The bytes of the state whose <see cref="Body"/> is <paramref name="body"/>, with the output's lists and files.</summary>
    internal static byte[] Serialize(byte[] body, string listsDigest, int fileCount)
    {
        var (tail, checksum) = Tail(body, listsDigest, fileCount);
        return [.. body, .. tail, .. checksum];
    }

    /// <summary>What follows <paramref name="body"/> in a state's bytes: the output's lists and files, then the checksum of all before it.</summary>
    private static (byte[] Tail, byte[] Checksum) Tail(byte[] body, string listsDigest, int fileCount)
    {
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(listsDigest);
            w.Write(fileCount);
        }
        byte[] tail = buffer.ToArray();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(body);
        hash.AppendData(tail);
        return (tail, hash.GetHashAndReset());
    }

    /// <summary>
    /// Writes the state <see cref="Serialize(byte[], string, int)"/> makes of these, as <see cref="Write(string, byte[])"/> does, from
    /// the body as it is (a 10,000-article corpus's is 7 MB: not copied into one array with the rest).
    /// </summary>
    internal static void Write(string folder, byte[] body, string listsDigest, int fileCount)
    {
        var (tail, checksum) = Tail(body, listsDigest, fileCount);
        Write(folder, [body, tail, checksum]);
    }

    /// <summary>The state in <paramref name="bytes"/>, or null when it is not one whole state of this format.</summary>
    internal static BuildState? Parse(byte[] bytes)
    {
        const int Checksum = 32;
        if (bytes.Length < Checksum || !SHA256.HashData(bytes.AsSpan(0, bytes.Length - Checksum)).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - Checksum)))
            return null;
        using var r = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length - Checksum), new UTF8Encoding(false, throwOnInvalidBytes: true));
        if (r.ReadString() != Format) return null;
        string basis = r.ReadString();
        string? templates = Optional(r);
        string? updated = Optional(r);
        string? eventsKey = Optional(r);
        int events = r.ReadInt32();
        var problems = new SourceProblem[Count(r)];
        for (int i = 0; i < problems.Length; i++) problems[i] = new SourceProblem(r.ReadString(), r.ReadString());
        var eventIds = new string[Count(r)];
        var eventIdBytes = new int[eventIds.Length + 1];
        for (int i = 0; i < eventIds.Length; i++)
        {
            eventIdBytes[i] = (int)r.BaseStream.Position;
            eventIds[i] = r.ReadString();
        }
        eventIdBytes[^1] = (int)r.BaseStream.Position;
        var inputs = new InputEntry[Count(r)];
        var sourceBytes = new (int, int, int)[inputs.Length];
        for (int i = 0; i < inputs.Length; i++)
        {
            string path = r.ReadString();
            long length = r.ReadInt64(), modified = r.ReadInt64();
            bool included = r.ReadBoolean();
            SourceEntry? source = null;
            if (r.ReadBoolean())
            {
                int entryAt = (int)r.BaseStream.Position;
                string id = r.ReadString(), key = r.ReadString();
                byte[] statements = r.ReadBytes(Checksum);
                var starts = new int[Count(r)];
                for (int j = 0; j < starts.Length; j++) starts[j] = r.ReadInt32();
                var positionStarts = new int[Count(r)];
                for (int j = 0; j < positionStarts.Length; j++) positionStarts[j] = r.ReadInt32();
                byte[] face = r.ReadBytes(Checksum);
                int linksAt = (int)r.BaseStream.Position;
                var links = new (int, int)[Count(r)];
                for (int j = 0; j < links.Length; j++)
                {
                    links[j] = (r.ReadInt32(), r.ReadInt32());
                    if (links[j].Item2 < 0 || links[j].Item2 >= eventIds.Length) return null;
                }
                if (statements.Length != Checksum || face.Length != Checksum) return null;
                sourceBytes[i] = (entryAt, linksAt, (int)r.BaseStream.Position);
                source = new SourceEntry(id, key, statements, starts, positionStarts, face, links);
            }
            inputs[i] = new InputEntry(path, length, modified, included, source);
        }
        string lists = r.ReadString();
        int files = r.ReadInt32();
        if (r.BaseStream.Position != r.BaseStream.Length) return null;
        return new BuildState
        {
            Basis = basis, TemplatesFolder = templates, ListsDigest = lists, Updated = updated, EventsKey = eventsKey, EventCount = events, FileCount = files,
            Problems = problems, EventIds = eventIds, Inputs = inputs, Bytes = bytes, SourceBytes = sourceBytes, EventIdBytes = eventIdBytes,
        };
    }

    private static int Count(BinaryReader r)
    {
        int count = r.ReadInt32();
        if (count < 0 || count > r.BaseStream.Length - r.BaseStream.Position) throw new FormatException("a count larger than what is left");
        return count;
    }

    private static void Optional(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null) w.Write(value);
    }

    private static string? Optional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;
}

/// <summary>One candidate input file as the last build saw it. <see cref="Modified"/> is -1 when it was written too close to the build for its time to prove anything (it is read again).</summary>
/// <param name="Included">Whether the config's globs let it in.</param>
/// <param name="Source">The source it was read as; null for a file that was left out or could not be read (changing it takes the full build).</param>
internal sealed record InputEntry(string Path, long Length, long Modified, bool Included, SourceEntry? Source);

/// <param name="Key">The analysis cache key of the document as read (<see cref="Core.Caching.CacheKey.For"/>).</param>
/// <param name="Statements">Its statements' digest without their offsets in the text (<see cref="Core.Caching.EventCache.StatementsDigest"/>).</param>
/// <param name="Starts">Where each statement's date stands in the text: with <paramref name="Statements"/>, every field of every statement.</param>
/// <param name="PositionStarts">The statements (by date offset) whose position tells an event's id apart (<see cref="Core.Events.EventIds.PositionSuffix"/>): they must not move.</param>
/// <param name="Face">Its <see cref="SourceFace"/>.</param>
/// <param name="Links">Each date offset of its text that became an event, and that event (an index into <see cref="BuildState.EventIds"/>).</param>
internal sealed record SourceEntry(string Id, string Key, byte[] Statements, IReadOnlyList<int> Starts, IReadOnlyList<int> PositionStarts, byte[] Face, IReadOnlyList<(int DateStart, int Event)> Links);
