using Timeline.Core.Caching;
using Timeline.Core.Config;
using Timeline.Core.Events;
using Timeline.Core.Sources;
using Timeline.Site.Rendering;
using Timeline.Temporal;

namespace Timeline.Site.Building;

/// <summary>
/// Work a rebuild will need whatever the changed article holds, started on another core as soon as a rebuild finds a changed
/// file, while its own thread parses the config: the first calls of the file's reader, of the analysis key's serializer and of
/// the recognizer (each a fraction of a second of compiling, paid once per process), made on that file as read without the
/// config; then the cache's rows, which the full build reads first; then the templates' parser, which the site's set-up calls
/// first. Nothing it does changes what the build makes: what it reads, analyses and parses is its own, and thrown away.
/// </summary>
internal static class WarmUp
{
    /// <summary>Starts the warm-up on <paramref name="relative"/>, a changed file of <paramref name="inputFolder"/>; its failure is never the build's.</summary>
    public static Task Start(ITemporalRecognizer recognizer, string codeVersion, IAnalysisCache? cache, string inputFolder, string relative) => Task.Run(() =>
    {
        Quietly(() =>
        {
            // Without the config, which the build is parsing meanwhile: the code the file's reading and analysis runs is the same.
            if (SourceLoader.ReadOne(inputFolder, relative, new TimelineConfig()) is not { } document) return;
            CacheKey.For(document, codeVersion);
            var analysis = new EventExtractor(recognizer).Analyze(document).WithInferredDate();
            EventCache.StatementsDigest(analysis, offsets: false);
            SourceFace.Digest(analysis.Source);
        });
        cache?.Prefetch();
        Quietly(() =>
        {
            var renderer = new PageRenderer(TemplateSet.BuiltIn);
            foreach (string name in TemplateSet.BuiltInNames.Where(n => n.EndsWith(".sbn", StringComparison.Ordinal))) renderer.Parse(name);
        });
    });

    // Only time is lost when warming up fails: the build meets any real problem itself, and reports it.
    private static void Quietly(Action work)
    {
        try
        {
            work();
        }
#pragma warning disable CA1031 // whatever it was, the build's own call reports it
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
        }
    }
}
