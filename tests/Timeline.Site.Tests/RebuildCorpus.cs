using Timeline.Core.Corpus;
using Timeline.Site.Building;
using Timeline.Temporal;
using Timeline.Tests.Shared;

namespace Timeline.Site.Tests;

/// <summary>
/// A generated corpus of 30 articles built again and again into one output with one cache, each build's log kept: what a test of
/// rebuilds after an edit needs. <see cref="Article"/> is one of its articles, to edit; <see cref="Original"/> its text as generated.
/// </summary>
internal sealed class RebuildCorpus : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly List<string> _log = [];

    /// <param name="article">Which article to edit: the first whose text it accepts, in path order.</param>
    /// <param name="articles">How many articles to generate.</param>
    public RebuildCorpus(Func<string, bool> article, int articles = 30)
    {
        new CorpusGenerator(11).WriteTo(_temp.Combine("in"), articles);
        Article = Directory.EnumerateFiles(_temp.Combine("in"), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First(f => article(File.ReadAllText(f)));
        Original = File.ReadAllText(Article);
    }

    public string Article { get; }

    public string Original { get; }

    /// <summary>The output the builds write to, unless told another.</summary>
    public string Warm => _temp.Combine("warm");

    /// <summary>A new folder's path, for a build to write its own output into.</summary>
    public string NewFolder() => _temp.Combine($"site-{Guid.NewGuid():N}");

    /// <summary>Builds the corpus, with the cache unless told not to; the log is the build's alone.</summary>
    public BuildReport Build(string? output = null, bool cache = true, string? baseUrl = null)
    {
        lock (_log) _log.Clear();
        return new SiteBuild(EnglishRecognizer.Instance).Run(new BuildSettings
        {
            Input = _temp.Combine("in"),
            Output = output ?? Warm,
            UseCache = cache,
            CacheFolder = cache ? _temp.Combine("cache") : null,
            BaseUrl = baseUrl,
        }, new Progress(_log));
    }

    /// <summary>The last build's one line of its log that starts with <paramref name="start"/> and holds <paramref name="holding"/>.</summary>
    public string LogLine(string start, string holding) =>
        _log.Single(l => l.StartsWith(start, StringComparison.Ordinal) && l.Contains(holding, StringComparison.Ordinal));

    /// <summary>The last build's log, one line a message.</summary>
    public string Log => string.Join("\n", _log);

    public void Dispose() => _temp.Dispose();

    private sealed class Progress(List<string> log) : IProgress<string>
    {
        public void Report(string value)
        {
            lock (log) log.Add(value);
        }
    }
}
