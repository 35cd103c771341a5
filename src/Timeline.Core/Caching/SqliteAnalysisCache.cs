using Microsoft.Data.Sqlite;
using Timeline.Core.Events;
using Timeline.Core.Sources;

namespace Timeline.Core.Caching;

/// <summary>
/// Analyses in one SQLite file. SQLite rather than a file per article: a build reads 10,000 entries
/// in one query instead of opening 10,000 files, a build that dies half-way leaves whole rows or
/// none (transactions), and there is one file to delete. Nothing read from it is trusted: the
/// schema version and the code version must match, every row carries a SHA-256 of each of its two parts,
/// and a file SQLite cannot read is deleted and started afresh. A lookup reads each row's head (the statements); its body
/// (paragraphs, mentions, merge profiles) is read, and checked against its own SHA-256, when the analysis is first asked for
/// it: a body that fails is the article analysed again.
/// </summary>
public sealed class SqliteAnalysisCache : IAnalysisCache
{
    public const string FileName = "analyses.db";
    private const string SchemaVersion = "2";
    // The head first: a lookup reads it alone, and SQLite reads a row's columns in order.
    private const string Columns = "key TEXT PRIMARY KEY, checksum BLOB NOT NULL, head BLOB NOT NULL, body_checksum BLOB NOT NULL, body BLOB NOT NULL";
    private readonly string _path;
    private readonly string _codeVersion;
    private string? _note;

    public SqliteAnalysisCache(string folder, string codeVersion)
    {
        Folder = folder;
        _path = Path.Combine(folder, FileName);
        _codeVersion = codeVersion;
    }

    public string Folder { get; }

    public CacheLookup Lookup(IReadOnlyList<SourceDocument> documents) => Lookup(documents, null);

    public CacheLookup Lookup(IReadOnlyList<SourceDocument> documents, Func<SourceDocument, string?>? recordedKey, Func<SourceDocument, DocumentAnalysis>? analyse = null)
    {
        var keys = new string?[documents.Count];
        int keyed = 0;
        // The rows are read on one thread (one query) while the keys are worked out on the others; or were, for Unread.
        // Without recorded keys every file was read, and the build is likely to show every source (timeline.yml or the
        // templates changed): the bodies are then read in the same query, not one query each when asked for.
        var reading = Interlocked.Exchange(ref _pending, null) ?? Task.Run(() => ReadRows(withBodies: recordedKey is null));
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
                ? AnalysisSerializer.ReadHead(row.Head, document, () => row.Body is { } body ? Checked(body) : ReadBody(key), () => AnalyseAgain(document, analyse), lazyStatements: true, () => StatementsAgain(document, analyse))
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
        lock (_pendingLock) _pending ??= Task.Run(() => ReadRows(withBodies: false));
    }

    public SourceDocument? Unread(string path, string key, Func<string, SourceDocument?> readAgain)
    {
        Task<Dictionary<string, Row>> reading;
        lock (_pendingLock) reading = _pending ??= Task.Run(() => ReadRows(withBodies: false));
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

    /// <summary>One row's head as read, and whether it passes its checksum (found once).</summary>
    private sealed class Row(byte[] checksum, byte[] head, (byte[] Checksum, byte[] Bytes)? body)
    {
        private readonly Lazy<bool> _trusted = new(() => AnalysisSerializer.Checksum(head).AsSpan().SequenceEqual(checksum));

        public byte[] Head => head;

        /// <summary>The body, when it was read with the head.</summary>
        public (byte[] Checksum, byte[] Bytes)? Body => body;

        public bool Trusted => _trusted.Value;
    }

    /// <summary>Every row of the cache by key; none when it cannot be read (then it is started afresh, and the note says why).</summary>
    private Dictionary<string, Row> ReadRows(bool withBodies)
    {
        var rows = new Dictionary<string, Row>(StringComparer.Ordinal);
        try
        {
            using var connection = Open();
            using var select = connection.CreateCommand();
            select.CommandText = withBodies ? "SELECT key, checksum, head, body_checksum, body FROM analyses" : "SELECT key, checksum, head FROM analyses";
            using var reader = select.ExecuteReader();
            while (reader.Read()) rows[reader.GetString(0)] = new Row((byte[])reader[1], (byte[])reader[2], withBodies ? ((byte[])reader[3], (byte[])reader[4]) : null);
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

    private readonly Lock _bodyLock = new();
    private SqliteConnection? _bodies;
    private int _reanalysed;

    private int _bodiesRead, _textsRead;

    /// <summary>How many bodies of analyses were read (for their paragraphs or a statement's merge profile) since this cache was made.</summary>
    public int BodiesRead => Volatile.Read(ref _bodiesRead);

    /// <summary>How many texts of documents taken from the cache (<see cref="Unread"/>) were read from their files since this cache was made.</summary>
    public int TextsRead => Volatile.Read(ref _textsRead);

    /// <summary>How many bodies of analyses this cache gave were missing or failed their checksum when read, and were analysed again.</summary>
    public int BodiesReanalysed => Volatile.Read(ref _reanalysed);

    /// <summary>The body stored under <paramref name="key"/> when it passes its checksum; else null.</summary>
    private byte[]? ReadBody(string key)
    {
        try
        {
            byte[] checksum, body;
            lock (_bodyLock)
            {
                // One connection, kept for the bodies asked for later (a few dozen in a rebuild after one edit).
                if (_bodies is null)
                {
                    _bodies = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
                    _bodies.Open();
                }
                using var select = _bodies.CreateCommand();
                select.CommandText = "SELECT body_checksum, body FROM analyses WHERE key = $key";
                select.Parameters.AddWithValue("$key", key);
                using var reader = select.ExecuteReader();
                if (!reader.Read()) return null;
                (checksum, body) = ((byte[])reader[0], (byte[])reader[1]);
            }
            return Checked((checksum, body));
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException or InvalidCastException)
        {
            return null;
        }
    }

    private byte[]? Checked((byte[] Checksum, byte[] Bytes) body)
    {
        Interlocked.Increment(ref _bodiesRead);
        return AnalysisSerializer.Checksum(body.Bytes).AsSpan().SequenceEqual(body.Checksum) ? body.Bytes : null;
    }

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
            using (var insert = connection.CreateCommand())
            {
                insert.CommandText = "INSERT OR REPLACE INTO analyses (key, checksum, head, body_checksum, body) VALUES ($key, $checksum, $head, $bodyChecksum, $body)";
                var key = insert.Parameters.Add("$key", SqliteType.Text);
                var checksum = insert.Parameters.Add("$checksum", SqliteType.Blob);
                var head = insert.Parameters.Add("$head", SqliteType.Blob);
                var bodyChecksum = insert.Parameters.Add("$bodyChecksum", SqliteType.Blob);
                var body = insert.Parameters.Add("$body", SqliteType.Blob);
                foreach (var row in rows)
                {
                    key.Value = row.Key;
                    checksum.Value = AnalysisSerializer.Checksum(row.Stored.Head);
                    head.Value = row.Stored.Head;
                    bodyChecksum.Value = AnalysisSerializer.Checksum(row.Stored.Body);
                    body.Value = row.Stored.Body;
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
        count.CommandText = "SELECT count(*) FROM analyses";
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
        delete.CommandText = "DELETE FROM analyses WHERE key NOT IN (SELECT key FROM live); DROP TABLE live";
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
                CREATE TABLE IF NOT EXISTS analyses ({Columns});
                """;
            setup.ExecuteNonQuery();
        }
        string? schema = Meta(connection, "schema");
        string? code = Meta(connection, "code");
        if (schema == SchemaVersion && code == _codeVersion) return connection;

        if (schema is not null || code is not null)
            _note ??= schema != SchemaVersion ? "the cache has another schema version; it was rebuilt" : "the cache was made by another version of Timeline; it was rebuilt";
        using var reset = connection.CreateCommand();
        // Dropped rather than emptied: another schema's table has other columns.
        reset.CommandText = $"DROP TABLE analyses; CREATE TABLE analyses ({Columns}); INSERT OR REPLACE INTO meta (name, value) VALUES ('schema', $schema), ('code', $code)";
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
