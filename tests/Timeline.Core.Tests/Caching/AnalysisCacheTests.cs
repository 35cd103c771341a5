using System.Text.Json;
using Microsoft.Data.Sqlite;
using Timeline.Core.Caching;
using Timeline.Core.Events;
using Timeline.Core.Pipeline;
using Timeline.Core.Sources;
using Timeline.Core.Tests.Pipeline;
using Timeline.Tests.Shared;
using Timeline.Temporal;

namespace Timeline.Core.Tests.Caching;

public sealed class AnalysisCacheTests
{
    private const string Code = "test-code-version";

    private static PipelineResult Build(SourceSet sources, string cacheFolder, string code = Code) =>
        new TimelinePipeline(EnglishRecognizer.Instance, new PipelineOptions { Cache = new SqliteAnalysisCache(cacheFolder, code) }).Run(sources);

    /// <summary>
    /// Zeroes the <paramref name="part"/> (<c>heads</c>, <c>statements</c> or <c>bodies</c>) of three analyses in the cache in
    /// <paramref name="folder"/>: same length, different bytes, so that the part may still parse and only its checksum can tell.
    /// </summary>
    internal static void Tamper(string folder, string part)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, SqliteAnalysisCache.FileName)};Pooling=False");
        connection.Open();
        using var tamper = connection.CreateCommand();
        tamper.CommandText = $"UPDATE {part} SET bytes = zeroblob(length(bytes)) WHERE rowid IN (SELECT rowid FROM {part} LIMIT 3)";
        tamper.ExecuteNonQuery().ShouldBe(3);
    }

    private static void Sql(string folder, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, SqliteAnalysisCache.FileName)};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static PipelineResult BuildUncached(SourceSet sources) => new TimelinePipeline(EnglishRecognizer.Instance).Run(sources);

    private static object? Profile(EventMention m) => m.Profile is { } p
        ? new { Happenings = p.Happenings.Select(h => new[] { h.Stem, h.Kind }), p.Content, p.Names }
        : null;

    [Fact]
    public void Serializer_RoundTripsEveryFieldOfEveryAnalysis()
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 60);
        var extractor = new EventExtractor(EnglishRecognizer.Instance);
        foreach (var document in sources.Documents)
        {
            var analysis = extractor.Analyze(document);
            var restored = AnalysisSerializer.Deserialize(AnalysisSerializer.Serialize(analysis), document).ShouldNotBeNull();
            // Generic JSON of the records (and of the internal merge profiles): a field the serializer forgets shows up here.
            JsonSerializer.Serialize(restored).ShouldBe(JsonSerializer.Serialize(analysis), document.Path);
            JsonSerializer.Serialize(restored.Statements.Select(Profile)).ShouldBe(JsonSerializer.Serialize(analysis.Statements.Select(Profile)), document.Path);
        }
    }

    [Fact]
    public void Cache_ReusesEveryUnchangedArticleAndGivesTheSameTimeline()
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 50);

        var first = Build(sources, temp.Combine("cache"));
        var second = Build(sources, temp.Combine("cache"));

        first.Analysed.ShouldBe(50);
        second.Analysed.ShouldBe(0);
        second.CacheNote.ShouldBeNull();
        ParallelPipelineTests.Describe(second).ShouldBe(ParallelPipelineTests.Describe(BuildUncached(sources)));
    }

    [Fact]
    public void Cache_ReanalysesOnlyTheArticleThatChanged()
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 30);
        Build(sources, temp.Combine("cache"));

        var changed = sources with
        {
            Documents = [.. sources.Documents.Select((d, i) => i == 7 ? d with { Text = d.Text + " The talks resumed on March 3, 2011." } : d)],
        };
        var result = Build(changed, temp.Combine("cache"));

        result.Analysed.ShouldBe(1);
        ParallelPipelineTests.Describe(result).ShouldBe(ParallelPipelineTests.Describe(BuildUncached(changed)));
    }

    [Fact]
    public void Cache_MissesWhenOnlyTheMetadataChanged()
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 10);
        Build(sources, temp.Combine("cache"));

        var redated = sources with { Documents = [.. sources.Documents.Select((d, i) => i == 3 ? d with { Published = new CalendarDate(1999, 1, 1) } : d)] };

        Build(redated, temp.Combine("cache")).Analysed.ShouldBe(1);
    }

    [Fact]
    public void Cache_ACorruptFileIsRebuiltNeverTrusted()
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 20);
        Build(sources, temp.Combine("cache"));
        SqliteConnection.ClearAllPools();
        string db = temp.Combine("cache", SqliteAnalysisCache.FileName);
        foreach (string f in Directory.GetFiles(temp.Combine("cache"))) File.Delete(f);
        File.WriteAllBytes(db, [.. Enumerable.Range(0, 8192).Select(i => unchecked((byte)(i * 7)))]);

        var result = Build(sources, temp.Combine("cache"));

        result.Analysed.ShouldBe(20);
        result.CacheNote.ShouldNotBeNull().ShouldContain("rebuilt");
        ParallelPipelineTests.Describe(result).ShouldBe(ParallelPipelineTests.Describe(BuildUncached(sources)));
        Build(sources, temp.Combine("cache")).Analysed.ShouldBe(0, "the rebuilt cache is used by the next build");
    }

    [Fact]
    public void Cache_AnEntryThatFailsItsChecksumIsReanalysed()
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 20);
        Build(sources, temp.Combine("cache"));
        Tamper(temp.Combine("cache"), "heads");

        var result = Build(sources, temp.Combine("cache"));

        result.Analysed.ShouldBe(3);
        result.CacheNote.ShouldNotBeNull().ShouldContain("checksum");
        ParallelPipelineTests.Describe(result).ShouldBe(ParallelPipelineTests.Describe(BuildUncached(sources)));
    }

    [Fact]
    public void Cache_MadeByOtherCodeIsRebuilt()
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 10);
        Build(sources, temp.Combine("cache"), code: "older-recognizer");

        var result = Build(sources, temp.Combine("cache"));

        result.Analysed.ShouldBe(10);
        result.CacheNote.ShouldNotBeNull().ShouldContain("another version");
    }

    [Fact]
    public void Serializer_RejectsTruncatedPayloads()
    {
        using var temp = new TempFolder();
        var document = ParallelPipelineTests.GeneratedSources(temp, 1).Documents[0];
        var stored = AnalysisSerializer.Serialize(new EventExtractor(EnglishRecognizer.Instance).Analyze(document));

        AnalysisSerializer.Deserialize(stored with { Head = stored.Head[..(stored.Head.Length / 2)] }, document).ShouldBeNull();
        AnalysisSerializer.Deserialize(stored with { Head = [.. stored.Head, 0] }, document).ShouldBeNull();
        AnalysisSerializer.Deserialize(stored with { Body = stored.Body[..(stored.Body.Length / 2)] }, document).ShouldBeNull();
        AnalysisSerializer.Deserialize(stored with { Body = [.. stored.Body, 0] }, document).ShouldBeNull();
        AnalysisSerializer.Deserialize(stored with { Statements = stored.Statements[..(stored.Statements.Length / 2)] }, document).ShouldBeNull();
        AnalysisSerializer.Deserialize(stored with { Statements = [.. stored.Statements, 0] }, document).ShouldBeNull();
    }

    [Fact]
    public void LazyStatementsThatDoNotReadBack_AreThoseOfTheArticleAnalysedAgain()
    {
        using var temp = new TempFolder();
        var document = ParallelPipelineTests.GeneratedSources(temp, 1).Documents[0];
        var analysis = new EventExtractor(EnglishRecognizer.Instance).Analyze(document);
        var stored = AnalysisSerializer.Serialize(analysis);
        int asked = 0;

        var read = AnalysisSerializer.ReadHead(stored.Head, document, () => [.. stored.Statements, 0], () => stored.Body, () => throw new InvalidOperationException("no body is asked for"),
            lazyStatements: true, () => { asked++; return analysis.Statements; }).ShouldNotBeNull();

        asked.ShouldBe(0, "nothing is parsed before it is asked for");
        read.Statements.Select(m => m.Quote).ShouldBe(analysis.Statements.Select(m => m.Quote));
        asked.ShouldBe(1);
    }

    [Fact]
    public void Lookup_ReadsNoBodyUntilAskedFor_AndTheLazyAnalysisIsTheEagerOne()
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 30);
        Build(sources, temp.Combine("cache"));
        var extractor = new EventExtractor(EnglishRecognizer.Instance);

        var lookup = new SqliteAnalysisCache(temp.Combine("cache"), Code).Lookup(sources.Documents, null, extractor.Analyze);

        lookup.Found.ShouldAllBe(a => a != null && !a.BodyRead);
        for (int i = 0; i < sources.Documents.Count; i++)
        {
            var analysis = extractor.Analyze(sources.Documents[i]);
            var lazy = lookup.Found[i]!;
            JsonSerializer.Serialize(lazy).ShouldBe(JsonSerializer.Serialize(analysis), sources.Documents[i].Path);
            lazy.BodyRead.ShouldBeTrue();
            JsonSerializer.Serialize(lazy.Statements.Select(Profile)).ShouldBe(JsonSerializer.Serialize(analysis.Statements.Select(Profile)), sources.Documents[i].Path);
        }
    }

    [Fact]
    public void Cache_ABodyThatFailsItsChecksumIsAnalysedAgainWhenAskedFor()
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 20);
        Build(sources, temp.Combine("cache"));
        Tamper(temp.Combine("cache"), "bodies");
        var cache = new SqliteAnalysisCache(temp.Combine("cache"), Code);

        var result = new TimelinePipeline(EnglishRecognizer.Instance, new PipelineOptions { Cache = cache }).Run(sources);

        result.Analysed.ShouldBe(0, "the heads passed their checksums");
        ParallelPipelineTests.Describe(result).ShouldBe(ParallelPipelineTests.Describe(BuildUncached(sources)));
        cache.BodiesReanalysed.ShouldBe(3);
    }

    [Theory]
    [InlineData(0)] // the default: every source's statements read in one query beside the lookup
    [InlineData(int.MaxValue)] // each source's read when first asked for
    public void Lookup_ParsesNoStatementsUntilAskedFor_AndStatementsThatFailTheirChecksumAreTheArticleAnalysedAgain(int statementsOneByOne)
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 20);
        var keys = Build(sources, temp.Combine("cache")).CacheKeys.ShouldNotBeNull();
        Tamper(temp.Combine("cache"), "statements");
        var extractor = new EventExtractor(EnglishRecognizer.Instance);
        var cache = new SqliteAnalysisCache(temp.Combine("cache"), Code, statementsOneByOne);

        // As a rebuild looks up: with the keys the last build recorded, the statements left to be read when asked for.
        var lookup = cache.Lookup(sources.Documents, d => keys[d.Path], extractor.Analyze);

        lookup.Found.ShouldAllBe(a => a != null, "the heads passed their checksums");
        cache.StatementsRead.ShouldBe(0);
        _ = lookup.Found[0]!.Statements.Count;
        cache.StatementsRead.ShouldBe(0, "how many statements there are is in the head");
        for (int i = 0; i < sources.Documents.Count; i++)
        {
            var analysis = extractor.Analyze(sources.Documents[i]);
            JsonSerializer.Serialize(lookup.Found[i]!.Statements).ShouldBe(JsonSerializer.Serialize(analysis.Statements), sources.Documents[i].Path);
        }
        cache.StatementsRead.ShouldBe(20);
        cache.BodiesReanalysed.ShouldBe(3);
        cache.StatementsReadTogether.ShouldBe(statementsOneByOne == 0);
    }

    [Fact]
    public void Cache_StatementsThatFailTheirChecksumAreTheArticleAnalysedAgain_WhenReadWithTheHeads()
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 20);
        Build(sources, temp.Combine("cache"));
        Tamper(temp.Combine("cache"), "statements");
        var cache = new SqliteAnalysisCache(temp.Combine("cache"), Code);

        var result = new TimelinePipeline(EnglishRecognizer.Instance, new PipelineOptions { Cache = cache }).Run(sources);

        result.Analysed.ShouldBe(0, "the heads passed their checksums");
        ParallelPipelineTests.Describe(result).ShouldBe(ParallelPipelineTests.Describe(BuildUncached(sources)));
        cache.BodiesReanalysed.ShouldBe(3);
    }

    [Fact]
    public void StatementsAskedForBeyondABound_AreReadTogether_AndAreThoseReadOneByOne()
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 30);
        var keys = Build(sources, temp.Combine("cache")).CacheKeys.ShouldNotBeNull();
        var extractor = new EventExtractor(EnglishRecognizer.Instance);
        var cache = new SqliteAnalysisCache(temp.Combine("cache"), Code, statementsOneByOne: 5);

        var lookup = cache.Lookup(sources.Documents, d => keys[d.Path], extractor.Analyze);
        for (int i = 0; i < sources.Documents.Count; i++)
        {
            if (i == 5) cache.StatementsReadTogether.ShouldBeFalse("five were read one by one");
            var analysis = extractor.Analyze(sources.Documents[i]);
            JsonSerializer.Serialize(lookup.Found[i]!.Statements).ShouldBe(JsonSerializer.Serialize(analysis.Statements), sources.Documents[i].Path);
        }

        cache.StatementsReadTogether.ShouldBeTrue();
        cache.StatementsRead.ShouldBe(30);
        cache.BodiesReanalysed.ShouldBe(0);
    }

    [Fact]
    public void Cache_OfTheSchemaWithWholeHeadsInOneTable_IsRebuilt()
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 10);
        Build(sources, temp.Combine("cache"));
        // What schema 2 left: its version, and one table of heads that held every statement.
        Sql(temp.Combine("cache"), "UPDATE meta SET value = '2' WHERE name = 'schema'; CREATE TABLE analyses (key TEXT PRIMARY KEY, checksum BLOB NOT NULL, head BLOB NOT NULL, body_checksum BLOB NOT NULL, body BLOB NOT NULL)");

        var result = Build(sources, temp.Combine("cache"));

        result.Analysed.ShouldBe(10);
        result.CacheNote.ShouldNotBeNull().ShouldContain("schema");
        ParallelPipelineTests.Describe(result).ShouldBe(ParallelPipelineTests.Describe(BuildUncached(sources)));
        using (var connection = new SqliteConnection($"Data Source={temp.Combine("cache", SqliteAnalysisCache.FileName)};Pooling=False"))
        {
            connection.Open();
            using var tables = connection.CreateCommand();
            tables.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'analyses'";
            ((long)tables.ExecuteScalar()!).ShouldBe(0, "the old table is dropped, not left to take room");
        }
        Build(sources, temp.Combine("cache")).Analysed.ShouldBe(0, "the rebuilt cache is used by the next build");
    }

    [Fact]
    public void StatementsAndBodiesAskedForFromManyThreadsAtOnce_ReadBackWhole()
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 40);
        var keys = Build(sources, temp.Combine("cache")).CacheKeys.ShouldNotBeNull();
        var extractor = new EventExtractor(EnglishRecognizer.Instance);
        var cache = new SqliteAnalysisCache(temp.Combine("cache"), Code, statementsOneByOne: int.MaxValue);
        var lookup = cache.Lookup(sources.Documents, d => keys[d.Path], extractor.Analyze);

        var read = new string[sources.Documents.Count];
        Parallel.For(0, read.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            read[i] = JsonSerializer.Serialize(lookup.Found[i]!.Statements.Select(Profile)) + JsonSerializer.Serialize(lookup.Found[i]!.Statements));

        cache.BodiesReanalysed.ShouldBe(0, "no part failed to read back");
        for (int i = 0; i < read.Length; i++)
        {
            var analysis = extractor.Analyze(sources.Documents[i]);
            read[i].ShouldBe(JsonSerializer.Serialize(analysis.Statements.Select(Profile)) + JsonSerializer.Serialize(analysis.Statements), sources.Documents[i].Path);
        }
    }
}
