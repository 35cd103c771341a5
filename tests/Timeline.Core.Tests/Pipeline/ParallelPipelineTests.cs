using System.Text.Json;
using Timeline.Core.Config;
using Timeline.Core.Corpus;
using Timeline.Core.Pipeline;
using Timeline.Core.Sources;
using Timeline.Tests.Shared;
using Timeline.Temporal;

namespace Timeline.Core.Tests.Pipeline;

public sealed class ParallelPipelineTests
{
    internal static SourceSet GeneratedSources(TempFolder temp, int count, ulong seed = 11)
    {
        string folder = temp.Combine("corpus");
        new CorpusGenerator(seed).WriteTo(folder, count);
        return SourceLoader.LoadFolder(folder, ConfigLoader.LoadFromFolder(folder));
    }

    internal static string Describe(PipelineResult result) => JsonSerializer.Serialize(new
    {
        Documents = result.Timeline.Documents.Select(d => new { d.Source.Id, d.Paragraphs, d.Mentions, d.Statements }),
        result.Timeline.Events,
    });

    [Fact]
    public void Run_GivesTheSameTimelineWhateverTheDegreeOfParallelism()
    {
        using var temp = new TempFolder();
        var sources = GeneratedSources(temp, 80);

        var sequential = new TimelinePipeline(EnglishRecognizer.Instance, new PipelineOptions { MaxDegreeOfParallelism = 1 }).Run(sources);
        var parallel = new TimelinePipeline(EnglishRecognizer.Instance, new PipelineOptions { MaxDegreeOfParallelism = 8 }).Run(sources);

        sequential.Timeline.Events.Count.ShouldBeGreaterThan(100);
        Describe(parallel).ShouldBe(Describe(sequential));
    }

    [Fact]
    public void Run_ReportsEveryArticleItAnalyses()
    {
        using var temp = new TempFolder();
        var sources = GeneratedSources(temp, 20);
        var lines = new List<string>();

        var result = new TimelinePipeline(EnglishRecognizer.Instance).Run(sources, new SyncProgress(lines.Add));

        result.Analysed.ShouldBe(20);
        lines.Order(StringComparer.Ordinal).ShouldBe(sources.Documents.Select(d => d.Path).Order(StringComparer.Ordinal));
    }

    private sealed class SyncProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
