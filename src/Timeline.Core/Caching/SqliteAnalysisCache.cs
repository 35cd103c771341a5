using Microsoft.Data.Sqlite;
using Timeline.Core.Events;
using Timeline.Core.Sources;

namespace Timeline.Core.Caching;

/// <summary>
/// Analyses in one SQLite file. SQLite rather than a file per article: a build reads 10,000 entries
/// in one query instead of opening 10,000 files, a build that dies half-way leaves whole rows or
/// none (transactions), and there is one file to delete. Nothing read from it is trusted: the
/// schema version and the code version must match, each of an analysis' three parts (<see cref="SerializedAnalysis"/>) is
/// stored with its SHA-256, and a file SQLite cannot read is deleted and started afresh. A lookup reads each analysis' head
/// (the document as read, the inferred date: a few hundred bytes) and checks it. The statements are read beside it (or one
/// source's when first asked for, see the constructor), and each source's checked against its own SHA-256 when first parsed: a
/// rebuild after one edit merges again around a fifth of the sources, and reading and checking every source's statements (48 MB
/// at 10,000 articles) before its merge was most of its read. A body is read, and checked, when the analysis is first asked for it. Statements or a body that fail are the article analysed again. The parts are three tables, not three columns of
/// one: SQLite reads a row's pages up to the last column asked for, and the heads alone are a few pages.
/// </summary>
public sealed class SqliteAnalysisCache : IAnalysisCache
{
    public const string FileName = "analyses.db";
    private const string SchemaVersion = "3";
    // One table per part of an analysis, each a row per key.
    private static readonly string[] Parts = ["heads", "statements", "bodies"];
    private const string Columns = "key TEXT PRIMARY KEY, checksum BLOB NOT NULL, bytes BLOB NOT NULL";
    private readonly string _path;
    private readonly string _codeVersion;
    private readonly int _statementsOneByOne;
    private const int StatementsReadOneByOne = 4000;
    private string? _note;

    /// <param name="statementsOneByOne">
    /// How many sources' statements are read one query each before the rest are read in one (0: every source's in one query beside
    /// the lookup, on another core, as soon as the heads are read). A rebuild after one dated edit at 10,000 articles parses the
    /// statements of some 2,500 sources (the merge's ~2,000, the pages and feed made again): read one by one, the rebuild is as fast
    /// or faster and holds 40–60 MB less than with every source's read (2.36–2.75 s against 2.35–2.72 s, 428–477 against
    /// 481–521 MB, session 11). An edit that reaches more sources than the bound reads the rest in one pass over the table (20–40 ms).
    /// The statements are checked only when parsed.
    /// </param>
    public SqliteAnalysisCache(string folder, string codeVersion, int statementsOneByOne = StatementsReadOneByOne)
    {
        Folder = folder;
        _path = Path.Combine(folder, FileName);
        _codeVersion = codeVersion;
        _statementsOneByOne = statementsOneByOne;
    }

    public string Folder { get; }

    public CacheLookup Lookup(IReadOnlyList<SourceDocument> documents) => Lookup(documents, null);

    public CacheLookup Lookup(IReadOnlyList<SourceDocument> documents, Func<SourceDocument, string?>? recordedKey, Func<SourceDocument, DocumentAnalysis>? analyse = null)
    {
        var keys = new string?[documents.Count];
        int keyed = 0;
        // The rows are read on one thread (one query) while the keys are worked out on the others; or were, for Unread.
        // Without recorded keys every file was read, and the build is likely to show every source (timeline.yml or the
        // templates changed): the statements and bodies are then read in the same query, not one query each when asked for.
        var reading = Interlocked.Exchange(ref _pending, null) ?? Task.Run(() => ReadRows(withParts: recordedKey is null));
        Parallel.For(0, documents.Count, i =>
        {
            if (recordedKey?.Invoke(documents[i]) is { } recorded)
            {
                keys[i] = recorded;
                return;
            }
            keys[i] = CacheKey.For(documents[i], _codeVersion);
            Interlocked.Increment(ref keyed);
        });
        var found = new DocumentAnalysis?[documents.Count];
        var rows = reading.GetAwaiter().GetResult();

        int rejected = 0;
        Parallel.For(0, documents.Count, i =>
        {
            if (keys[i] is not { } key || !rows.TryGetValue(key, out var row)) return;
            var document = documents[i];
            var analysis = row.Trusted
                ? AnalysisSerializer.ReadHead(
                    row.Head, document,
                    () => row.Statements is { } statements ? Checked(statements) : ReadStatements(key),
                    () => row.Body is { } body ? CheckedBody(body) : ReadBody(key),
                    () => AnalyseAgain(document, analyse), lazyStatements: true, () => StatementsAgain(document, analyse))
                : null;
            if (analysis is null) Interlocked.Increment(ref rejected);
            found[i] = analysis;
        });
        if (rejected > 0) _note ??= $"{rejected} cache entr{(rejected == 1 ? "y" : "ies")} failed the checksum or did not read back; re-analysed";
        return new CacheLookup(found, keys, _note) { Keyed = keyed, Documents = documents };
    }

    private Task<Dictionary<string, Row>>? _pending;
    private readonly Lock _pendingLock = new();

    public void Prefetch()
    {
        lock (_pendingLock) _pending ??= Task.Run(() => ReadRows(withParts: false));
    }

    public SourceDocument? Unread(string path, string key, Func<string, SourceDocument?> readAgain)
    {
        Task<Dictionary<string, Row>> reading;
        lock (_pendingLock) reading = _pending ??= Task.Run(() => ReadRows(withParts: false));
        if (!reading.GetAwaiter().GetResult().TryGetValue(key, out var row) || !row.Trusted) return null;
        if (AnalysisSerializer.ReadDocument(row.Head) is not { } document || document.Path != path) return null;
        return document with
        {
            TextReader = () =>
            {
                Interlocked.Increment(ref _textsRead);
                // The file was as the build that stored this recorded it when the document was taken; it must still be.
                var again = readAgain(path);
                if (again is null || CacheKey.For(again, _codeVersion) != key)
                    throw new IOException($"{path} changed while the site was being built; build again");
                return (again.Text, again.SourceMap);
            },
        };
    }

    /// <summary>One analysis' head as read, and whether it passes its checksum (found once).</summary>
    private sealed class Row(byte[] checksum, byte[] head, Part? statements, Part? body)
    {
        private readonly Lazy<bool> _trusted = new(() => AnalysisSerializer.Checksum(head).AsSpan().SequenceEqual(checksum));

        public byte[] Head => head;

        /// <summary>The statements, when they were read with the head.</summary>
        public Part? Statements => statements;

        /// <summary>The body, when it was read with the head.</summary>
        public Part? Body => body;

        public bool Trusted => _trusted.Value;
    }

    /// <summary>A part of an analysis as read, with the checksum stored beside it.</summary>
    private readonly record struct Part(byte[] Checksum, byte[] Bytes);

    /// <summary>
    /// Every analysis' head in the cache by key, with its statements and body when <paramref name="withParts"/>; none when it cannot
    /// be read (then it is started afresh, and the note says why).
    /// </summary>
    private Dictionary<string, Row> ReadRows(bool withParts)
    {
        var rows = new Dictionary<string, Row>(StringComparer.Ordinal);
        try
        {
            using var connection = Open();
            using var select = connection.CreateCommand();
            select.CommandText = withParts
                ? "SELECT h.key, h.checksum, h.bytes, s.checksum, s.bytes, b.checksum, b.bytes FROM heads h LEFT JOIN statements s ON s.key = h.key LEFT JOIN bodies b ON b.key = h.key"
                : "SELECT key, checksum, bytes FROM heads";
            using var reader = select.ExecuteReader();
            while (reader.Read())
                rows[reader.GetString(0)] = new Row((byte[])reader[1], (byte[])reader[2], withParts ? PartAt(reader, 3) : null, withParts ? PartAt(reader, 5) : null);
            if (!withParts && _statementsOneByOne == 0)
                lock (_partLock) _statementsTogether ??= Task.Run(ReadAllStatements);
        }
        catch (SqliteException ex)
        {
            rows.Clear();
            Reset($"the cache could not be read ({ex.SqliteErrorCode}: {ex.Message.TrimEnd('.')}); it was rebuilt");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A cache folder that cannot be made (read-only parent, a file in the way) only costs time.
            rows.Clear();
            _note = $"the cache folder cannot be used ({ex.Message.TrimEnd('.')}); every article was analysed";
        }
        return rows;
    }

    // A part missing beside its head is fetched when asked for, and fails then.
    private static Part? PartAt(SqliteDataReader reader, int column) =>
        reader.IsDBNull(column) || reader.IsDBNull(column + 1) ? null : new Part((byte[])reader[column], (byte[])reader[column + 1]);

    private readonly Lock _partLock = new();
    private readonly System.Collections.Concurrent.ConcurrentBag<PartReader> _partReaders = [];
    private int _reanalysed;

    private int _bodiesRead, _textsRead, _statementsRead, _statementsOneByOneRead;
    // The statements not yet asked for, read in one query once more than _statementsOneByOne were read one by one.
    private Task<Dictionary<string, Part>>? _statementsTogether;

    /// <summary>How many analyses' statements were read from the cache (their bytes, to parse them) since this cache was made.</summary>
    public int StatementsRead => Volatile.Read(ref _statementsRead);

    /// <summary>Whether the statements not yet asked for were read in one query, after many were asked for one by one.</summary>
    public bool StatementsReadTogether { get; private set; }

    /// <summary>How many bodies of analyses were read (for their paragraphs or a statement's merge profile) since this cache was made.</summary>
    public int BodiesRead => Volatile.Read(ref _bodiesRead);

    /// <summary>How many texts of documents taken from the cache (<see cref="Unread"/>) were read from their files since this cache was made.</summary>
    public int TextsRead => Volatile.Read(ref _textsRead);

    /// <summary>How many bodies of analyses this cache gave were missing or failed their checksum when read, and were analysed again.</summary>
    public int BodiesReanalysed => Volatile.Read(ref _reanalysed);

    /// <summary>The body stored under <paramref name="key"/> when it passes its checksum; else null.</summary>
    private byte[]? ReadBody(string key)
    {
        Interlocked.Increment(ref _bodiesRead);
        return ReadPart("bodies", key) is { } body ? Checked(body) : null;
    }

    private byte[]? CheckedBody(Part body)
    {
        Interlocked.Increment(ref _bodiesRead);
        return Checked(body);
    }

    /// <summary>The statements stored under <paramref name="key"/> when they pass their checksum; else null.</summary>
    private byte[]? ReadStatements(string key)
    {
        Interlocked.Increment(ref _statementsRead);
        Task<Dictionary<string, Part>>? together;
        lock (_partLock)
        {
            if (_statementsTogether is null && ++_statementsOneByOneRead > _statementsOneByOne) _statementsTogether = Task.Run(ReadAllStatements);
            together = _statementsTogether;
        }
        Part? statements = null;
        if (together is not null)
        {
            var left = together.GetAwaiter().GetResult();
            // Taken out once used: the bytes are not kept for the rest of the build.
            lock (left)
                if (left.Remove(key, out var part)) statements = part;
        }
        return (statements ?? ReadPart("statements", key)) is { } read ? Checked(read) : null;
    }

    /// <summary>Every analysis' statements in the cache by key (none when they cannot be read: each is then asked for on its own).</summary>
    private Dictionary<string, Part> ReadAllStatements()
    {
        var all = new Dictionary<string, Part>(StringComparer.Ordinal);
        var parts = _partReaders.TryTake(out var free) ? free : null;
        try
        {
            parts ??= new PartReader(_path);
            using var select = parts.Connection.CreateCommand();
            select.CommandText = "SELECT key, checksum, bytes FROM statements";
            using var reader = select.ExecuteReader();
            while (reader.Read()) all[reader.GetString(0)] = new Part((byte[])reader[1], (byte[])reader[2]);
            StatementsReadTogether = true;
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException or InvalidCastException)
        {
            all.Clear();
        }
        finally
        {
            if (parts is not null) _partReaders.Add(parts);
        }
        return all;
    }

    /// <summary>The part of the analysis stored under <paramref name="key"/> in <paramref name="table"/> as read; null when it cannot be.</summary>
    private Part? ReadPart(string table, string key)
    {
        var reader = _partReaders.TryTake(out var free) ? free : null;
        try
        {
            reader ??= new PartReader(_path);
            return reader.Read(table, key);
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException or InvalidCastException)
        {
            return null;
        }
        finally
        {
            if (reader is not null) _partReaders.Add(reader);
        }
    }

    /// <summary>
    /// A read-only connection with a prepared query per table, kept for the parts asked for later (a few thousand in a rebuild
    /// after one edit, from the merge's threads): one per thread asking at once, so that they read side by side, not in turn.
    /// </summary>
    private sealed class PartReader(string path)
    {
        private readonly SqliteConnection _connection = Opened(path);
        private readonly Dictionary<string, SqliteCommand> _selects = new(StringComparer.Ordinal);

        public SqliteConnection Connection => _connection;

        public Part? Read(string table, string key)
        {
            if (!_selects.TryGetValue(table, out var select))
            {
                select = _connection.CreateCommand();
                select.CommandText = $"SELECT checksum, bytes FROM {table} WHERE key = $key";
                select.Parameters.Add("$key", SqliteType.Text);
                select.Prepare();
                _selects[table] = select;
            }
            select.Parameters[0].Value = key;
            using var reader = select.ExecuteReader();
            return reader.Read() ? new Part((byte[])reader[0], (byte[])reader[1]) : null;
        }

        private static SqliteConnection Opened(string path)
        {
            var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
            connection.Open();
            return connection;
        }
    }

    private static byte[]? Checked(Part part) => AnalysisSerializer.Checksum(part.Bytes).AsSpan().SequenceEqual(part.Checksum) ? part.Bytes : null;

    private AnalysisBody AnalyseAgain(SourceDocument document, Func<SourceDocument, DocumentAnalysis>? analyse)
    {
        var analysis = Reanalysed(document, analyse);
        return new AnalysisBody(analysis.Paragraphs, analysis.Mentions, analysis.Boilerplate);
    }

    private IReadOnlyList<EventMention> StatementsAgain(SourceDocument document, Func<SourceDocument, DocumentAnalysis>? analyse) => Reanalysed(document, analyse).Statements;

    private DocumentAnalysis Reanalysed(SourceDocument document, Func<SourceDocument, DocumentAnalysis>? analyse)
    {
        Interlocked.Increment(ref _reanalysed);
        return (analyse ?? throw new InvalidDataException($"the cached analysis of {document.Path} does not read back whole")).Invoke(document);
    }

    public void Store(CacheLookup lookup, IReadOnlyList<(int Index, DocumentAnalysis Analysis)> fresh)
    {
        var rows = fresh
            .Where(f => lookup.Keys[f.Index] is not null)
            .AsParallel()
            .Select(f => (Key: lookup.Keys[f.Index]!, Stored: AnalysisSerializer.Serialize(f.Analysis, lookup.Documents?[f.Index])))
            .ToList();
        try
        {
            using var connection = Open();
            using var transaction = connection.BeginTransaction();
            foreach (string table in Parts)
            {
                using var insert = connection.CreateCommand();
                insert.CommandText = $"INSERT OR REPLACE INTO {table} (key, checksum, bytes) VALUES ($key, $checksum, $bytes)";
                var key = insert.Parameters.Add("$key", SqliteType.Text);
                var checksum = insert.Parameters.Add("$checksum", SqliteType.Blob);
                var bytes = insert.Parameters.Add("$bytes", SqliteType.Blob);
                foreach (var row in rows)
                {
                    byte[] part = table switch { "heads" => row.Stored.Head, "statements" => row.Stored.Statements, _ => row.Stored.Body };
                    key.Value = row.Key;
                    checksum.Value = AnalysisSerializer.Checksum(part);
                    bytes.Value = part;
                    insert.ExecuteNonQuery();
                }
            }
            Prune(connection, lookup.Keys);
            transaction.Commit();
        }
        catch (SqliteException)
        {
            // A cache that cannot be written only costs the next build time; the site is unaffected.
            TryDelete();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Likewise a cache folder that cannot be made.
        }
    }

    /// <summary>Drops entries of articles no longer in the build, once they outnumber the live ones.</summary>
    private static void Prune(SqliteConnection connection, IReadOnlyList<string?> live)
    {
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM heads";
        long rows = (long)count.ExecuteScalar()!;
        if (rows <= 2L * live.Count + 100) return;
        using var create = connection.CreateCommand();
        create.CommandText = "CREATE TEMP TABLE live (key TEXT PRIMARY KEY)";
        create.ExecuteNonQuery();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT OR IGNORE INTO live (key) VALUES ($key)";
        var key = insert.Parameters.Add("$key", SqliteType.Text);
        foreach (string? k in live)
        {
            if (k is null) continue;
            key.Value = k;
            insert.ExecuteNonQuery();
        }
        using var delete = connection.CreateCommand();
        delete.CommandText = string.Concat(Parts.Select(table => $"DELETE FROM {table} WHERE key NOT IN (SELECT key FROM live); ")) + "DROP TABLE live";
        delete.ExecuteNonQuery();
    }

    /// <summary>Opens the cache, creating it, or starting it afresh when its schema or code version is not this one.</summary>
    private SqliteConnection Open()
    {
        Directory.CreateDirectory(Folder);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString());
        connection.Open();
        using (var setup = connection.CreateCommand())
        {
            setup.CommandText = $"""
                PRAGMA journal_mode = WAL;
                PRAGMA synchronous = NORMAL;
                CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
                {string.Concat(Parts.Select(table => $"CREATE TABLE IF NOT EXISTS {table} ({Columns});\n"))}
                """;
            setup.ExecuteNonQuery();
        }
        string? schema = Meta(connection, "schema");
        string? code = Meta(connection, "code");
        if (schema == SchemaVersion && code == _codeVersion) return connection;

        if (schema is not null || code is not null)
            _note ??= schema != SchemaVersion ? "the cache has another schema version; it was rebuilt" : "the cache was made by another version of Timeline; it was rebuilt";
        using var reset = connection.CreateCommand();
        // Dropped rather than emptied: another schema's tables have other columns (schema 2's one table of whole heads is dropped too).
        reset.CommandText = "DROP TABLE IF EXISTS analyses; "
            + string.Concat(Parts.Select(table => $"DROP TABLE {table}; CREATE TABLE {table} ({Columns}); "))
            + "INSERT OR REPLACE INTO meta (name, value) VALUES ('schema', $schema), ('code', $code)";
        reset.Parameters.AddWithValue("$schema", SchemaVersion);
        reset.Parameters.AddWithValue("$code", _codeVersion);
        reset.ExecuteNonQuery();
        return connection;
    }

    private static string? Meta(SqliteConnection connection, string name)
    {
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT value FROM meta WHERE name = $name";
        select.Parameters.AddWithValue("$name", name);
        return select.ExecuteScalar() as string;
    }

    private void Reset(string note)
    {
        _note = note;
        TryDelete();
    }

    private void TryDelete()
    {
        SqliteConnection.ClearAllPools();
        foreach (string suffix in new[] { "", "-wal", "-shm" })
        {
            try { File.Delete(_path + suffix); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }
}
