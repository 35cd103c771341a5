using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Timeline.Temporal;

namespace Timeline.Benchmarks.Recognizer;

/// <summary>
/// Throughput of <see cref="EnglishRecognizer"/> on one core: news-like text and date-dense text,
/// 1 MiB each. Run: <c>dotnet run -c Release --project tests/Timeline.Benchmarks -- --filter '*Recognizer*'</c>.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class RecognizerBenchmarks
{
    private const int Size = 1 << 20;
    private static readonly string NewsText = BenchmarkTexts.News(Size);
    private static readonly string DenseText = BenchmarkTexts.DateDense(Size);
    private static readonly RecognitionOptions Options = new(new CalendarDate(2023, 7, 28));

    [Params("news", "date-dense")]
    public string Text { get; set; } = "news";

    internal static string TextFor(string kind) => kind == "news" ? NewsText : DenseText;

    [Benchmark]
    public int Recognize() => EnglishRecognizer.Instance.Recognize(TextFor(Text), Options).Count;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(10));
            AddColumn(new ThroughputColumn());
        }
    }
}
