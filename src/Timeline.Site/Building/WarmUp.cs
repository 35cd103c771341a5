using Timeline.Core.Caching;
using Timeline.Core.Events;
using Timeline.Core.Events.Incremental;
using Timeline.Core.Sources;
using Timeline.Site.Rendering;
using Timeline.Temporal;

namespace Timeline.Site.Building;

/// <summary>
/// Work a rebuild will need whatever the changed article holds, started on another core as soon as a rebuild finds a changed
/// file, while its own thread parses the config and reads and keys the file: the first calls of the recognizer and of the
/// analysis key's serializer (each a tenth of a second or more of compiling, paid once per process), made on a short text of
/// its own; then the templates' parser, which both the delta build's pages and the full build's set-up call first. The
/// recognizer comes first, as the analysis is what the build's thread reaches last. Only what both kinds of rebuild run is
/// warmed: reading the cache's rows early saved the full build 0.1 s but cost the delta build 0.2 CPU-s and 65 MB it never
/// used. Nothing it does changes what the build makes: what it analyses and parses is its own, and thrown away.
/// </summary>
internal static class WarmUp
{
    // The kinds of dates articles hold: a dateline, full dates in both orders, a weekday, a month, a year, a decade, a span.
    private const string Text = """
        GENEVA, March 4, 2011 (Reuters) - Lena Ithten, the chief negotiator, said on Tuesday, March 16, 1954 that the talks would resume.

        According to officials, the council met on 16 March 1954. Some 180,000 people are thought to have been affected since June 2009.
        The post has been held by a diplomat since the 1950s; the accord of 1998 was signed between 1997 and 1999, and the next round is due in 2012.
        """;

    /// <summary>Starts the warm-up; its failure is never the build's.</summary>
    public static Task Start(ITemporalRecognizer recognizer, string codeVersion) => Task.Run(() =>
    {
        Quietly(() =>
        {
            var document = new SourceDocument { Id = "warm-up", Path = "warm-up.txt", Title = "Warm-up", Text = Text };
            var analysis = new EventExtractor(recognizer).Analyze(document).WithInferredDate();
            EventCache.StatementsDigest(analysis, offsets: false);
            SourceFace.Digest(analysis.Source);
            CacheKey.For(document, codeVersion);
        });
        Quietly(() =>
        {
            var renderer = new PageRenderer(TemplateSet.BuiltIn);
            foreach (string name in TemplateSet.BuiltInNames.Where(n => n.EndsWith(".sbn", StringComparison.Ordinal))) renderer.Parse(name);
        });
    });

    /// <summary>
    /// Starts, on another core, what a rebuild after a new dated statement compiles first in its events stage (an incremental
    /// merge of its own, <see cref="MergeWarmUp"/>): the full build it falls back to reads and looks up the cache meanwhile.
    /// Only such a rebuild starts it: one whose edit left the dated statements as they were never merges. Its failure is never the build's.
    /// </summary>
    public static Task StartMerge(ITemporalRecognizer recognizer) => Task.Run(() => Quietly(() => Merge(recognizer)));

    /// <summary>The merges <see cref="StartMerge"/> makes; false when the incremental one gave up, compiling less than a rebuild's.</summary>
    internal static bool Merge(ITemporalRecognizer recognizer)
    {
        var extractor = new EventExtractor(recognizer);
        DocumentAnalysis Analyse(string id, string text) =>
            extractor.Analyze(new SourceDocument { Id = id, Path = id + ".txt", Title = id, Text = text }).WithInferredDate();
        // Three sources telling the same events, so that the merge joins statements; then one of them with a new date.
        var before = new[] { Analyse("warm-up-a", Text), Analyse("warm-up-b", Text), Analyse("warm-up-c", Text) };
        return MergeWarmUp.Run(before, Analyse("warm-up-b", Text + " The talks resumed on March 3, 2011."));
    }

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
