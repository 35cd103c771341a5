using Timeline.Core.Caching;
using Timeline.Core.Config;
using Timeline.Core.Pipeline;
using Timeline.Core.Sources;
using Timeline.Tests.Shared;
using Timeline.Temporal;

namespace Timeline.Core.Tests.Pipeline;

/// <summary>
/// A file whose key the last build recorded (it is as that build read it) and whose analysis the cache holds is not read: its
/// document comes from the cache, its text is read only when asked for, and is then checked against the key.
/// </summary>
public sealed class UnreadSourcesTests
{
    private const string Code = "test-code-version";

    private static PipelineResult Run(string folder, string cacheFolder, Func<string, string?>? recordedKey) =>
        new TimelinePipeline(EnglishRecognizer.Instance, new PipelineOptions { Cache = new SqliteAnalysisCache(cacheFolder, Code), RecordedKey = recordedKey })
            .Run(folder, ConfigLoader.LoadFromFolder(folder));

    private static (string Folder, IReadOnlyDictionary<string, string?> Keys) Built(TempFolder temp, int count)
    {
        string folder = temp.Combine("corpus");
        new Timeline.Core.Corpus.CorpusGenerator(11).WriteTo(folder, count);
        var first = Run(folder, temp.Combine("cache"), null);
        first.FilesRead.ShouldBe(count);
        return (folder, first.CacheKeys.ShouldNotBeNull());
    }

    [Fact]
    public void RecordedFiles_AreNotRead_AndTheirDocumentsAndAnalysesAreTheOnesRead()
    {
        using var temp = new TempFolder();
        var (folder, keys) = Built(temp, 20);

        var again = Run(folder, temp.Combine("cache"), path => keys.GetValueOrDefault(path));

        again.FilesRead.ShouldBe(0);
        again.Analysed.ShouldBe(0);
        again.Timeline.Documents.ShouldAllBe(d => !d.Source.TextRead && !d.BodyRead, "nothing asked for the text or the paragraphs yet");
        var read = new TimelinePipeline(EnglishRecognizer.Instance).Run(folder, ConfigLoader.LoadFromFolder(folder));
        ParallelPipelineTests.Describe(again).ShouldBe(ParallelPipelineTests.Describe(read));
        again.Timeline.Documents.Select(d => d.Source).ShouldBe(read.Timeline.Documents.Select(d => d.Source));
    }

    [Fact]
    public void AFileWithoutARecordedKey_IsRead()
    {
        using var temp = new TempFolder();
        var (folder, keys) = Built(temp, 10);
        string edited = keys.Keys.Order(StringComparer.Ordinal).ElementAt(4);

        var again = Run(folder, temp.Combine("cache"), path => path == edited ? null : keys.GetValueOrDefault(path));

        again.FilesRead.ShouldBe(1);
        again.Timeline.Documents.Single(d => d.Source.Path == edited).Source.TextRead.ShouldBeTrue();
    }

    [Fact]
    public void AFileChangedAfterItsDocumentWasTaken_FailsWhenItsTextIsAskedFor()
    {
        using var temp = new TempFolder();
        var (folder, keys) = Built(temp, 10);
        var again = Run(folder, temp.Combine("cache"), path => keys.GetValueOrDefault(path));
        var document = again.Timeline.Documents[3].Source;

        File.AppendAllText(Path.Combine(folder, document.Path), " The talks resumed on March 3, 2011.");

        Should.Throw<IOException>(() => document.Text).Message.ShouldContain(document.Path);
    }

    [Fact]
    public void ABodyThatFailsItsChecksum_IsTheArticleAnalysedAgain_ItsTextReadFromTheFile()
    {
        using var temp = new TempFolder();
        var (folder, keys) = Built(temp, 20);
        Caching.AnalysisCacheTests.Tamper(temp.Combine("cache"), "bodies");
        var cache = new SqliteAnalysisCache(temp.Combine("cache"), Code);

        var again = new TimelinePipeline(EnglishRecognizer.Instance, new PipelineOptions { Cache = cache, RecordedKey = path => keys.GetValueOrDefault(path) })
            .Run(folder, ConfigLoader.LoadFromFolder(folder));

        again.FilesRead.ShouldBe(0);
        var read = new TimelinePipeline(EnglishRecognizer.Instance).Run(folder, ConfigLoader.LoadFromFolder(folder));
        ParallelPipelineTests.Describe(again).ShouldBe(ParallelPipelineTests.Describe(read));
        cache.BodiesReanalysed.ShouldBe(3);
    }

    [Fact]
    public void ARecordedKeyWithoutARow_ReadsTheFile()
    {
        using var temp = new TempFolder();
        var (folder, keys) = Built(temp, 10);

        var again = Run(folder, temp.Combine("cache"), path => keys.GetValueOrDefault(path) is { } key ? key[..^1] + (key[^1] == '0' ? '1' : '0') : null);

        again.FilesRead.ShouldBe(10);
        again.Analysed.ShouldBe(10);
    }
}
