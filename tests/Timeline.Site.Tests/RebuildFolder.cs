using Timeline.Site.Building;
using Timeline.Temporal;
using Timeline.Tests.Shared;

namespace Timeline.Site.Tests;

/// <summary>
/// An input folder (<c>in</c>) built again and again into one output with one cache, each build's log kept: what a test of
/// rebuilds needs. The test writes its articles into <see cref="Input"/>; <see cref="RebuildCorpus"/> generates them.
/// </summary>
internal class RebuildFolder : IDisposable
{
    private readonly List<string> _log = [];

    public TempFolder Temp { get; } = new();

    public string Input => Temp.Combine("in");

    /// <summary>The output the builds write to, unless told another.</summary>
    public string Warm => Temp.Combine("warm");

    public string Cache => Temp.Combine("cache");

    /// <summary>A new folder's path, for a build to write its own output into.</summary>
    public string NewFolder() => Temp.Combine($"site-{Guid.NewGuid():N}");

    /// <summary>Builds the input, with the cache unless told not to; the log is the build's alone.</summary>
    public BuildReport Build(string? output = null, bool cache = true, string? baseUrl = null, string? templates = null, int? interruptAfter = null)
    {
        lock (_log) _log.Clear();
        return new SiteBuild(EnglishRecognizer.Instance).Run(new BuildSettings
        {
            Input = Input,
            Output = output ?? Warm,
            UseCache = cache,
            CacheFolder = cache ? Cache : null,
            BaseUrl = baseUrl,
            Templates = templates,
            InterruptCommitAfter = interruptAfter,
        }, new Progress(_log));
    }

    /// <summary>The last build's log, one entry a message.</summary>
    public IReadOnlyList<string> Lines
    {
        get { lock (_log) return [.. _log]; }
    }

    /// <summary>The last build's one line of its log that starts with <paramref name="start"/> and holds <paramref name="holding"/>.</summary>
    public string LogLine(string start, string holding) =>
        Lines.Single(l => l.StartsWith(start, StringComparison.Ordinal) && l.Contains(holding, StringComparison.Ordinal));

    /// <summary>The last build's log, one line a message.</summary>
    public string Log => string.Join("\n", Lines);

    public void Dispose() => Temp.Dispose();

    private sealed class Progress(List<string> log) : IProgress<string>
    {
        public void Report(string value)
        {
            lock (log) log.Add(value);
        }
    }
}
