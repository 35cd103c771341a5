using System.Diagnostics;
using Timeline.Core.Caching;
using Timeline.Core.Config;
using Timeline.Core.Pipeline;
using Timeline.Site.Changes;
using Timeline.Site.Output;
using Timeline.Site.Rendering;
using Timeline.Temporal;

namespace Timeline.Site.Building;

/// <summary>
/// The whole build: config, sources, events, pages, then one atomic write. Anything that fails
/// before the write leaves the previous site exactly as it was.
/// </summary>
public sealed class SiteBuild(ITemporalRecognizer recognizer)
{
    public BuildReport Run(BuildSettings settings, IProgress<string>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var times = new StageTimes();
        if (!Directory.Exists(settings.Input))
            throw new BuildFailedException($"input folder '{settings.Input}' does not exist");

        string codeVersion = CacheKey.CodeVersion(recognizer);
        // Decides from the last build's state whether only a few files need to be read and written. Once it finds a changed
        // file, what analysing and keying it compiles, and the template parser, are got ready on the other core; once it finds
        // the dated statements changed, what the incremental merge compiles.
        var delta = settings.UseCache
            ? DeltaBuild.Prepare(recognizer, settings, times, progress, (_, _) => WarmUp.Start(recognizer, codeVersion), _ => WarmUp.StartMerge(recognizer))
            : null;
        if (delta?.TryFinish(progress) is { } quick) return quick with { Elapsed = clock.Elapsed, Unmeasured = times.Unmeasured(StageTimes.Gap) };

        TimelineConfig config;
        try
        {
            // What the delta build read and hashed into its basis, when there was one: read and parsed once.
            config = times.Measure("config", () => delta is not null ? delta.Config() : ConfigLoader.LoadFromFolder(settings.Input));
        }
        catch (ConfigException ex)
        {
            throw new BuildFailedException($"invalid configuration: {ex.Message}", inner: ex);
        }
        if (settings.ExcerptsOnly) config.ExcerptsOnly = true;

        var pipelineOptions = new PipelineOptions
        {
            MaxDegreeOfParallelism = settings.Parallelism ?? Environment.ProcessorCount,
            Cache = settings.UseCache ? new SqliteAnalysisCache(settings.ResolvedCacheFolder, codeVersion) : null,
            Events = settings.UseCache ? new EventCache(settings.ResolvedCacheFolder, codeVersion) : null,
            RecordedKey = delta?.RecordedKeys(),
            // The files the delta build's walk found: the state it records describes that walk, and the folder is not walked again.
            Files = delta?.Files(),
            Times = times,
        };
        var result = new TimelinePipeline(recognizer, pipelineOptions).Run(settings.Input, config, progress);
        if (result.CacheNote is { } note) progress?.Report($"cache: {note}");
        if (result.FilesRead < result.Timeline.Documents.Count)
            progress?.Report($"read: {result.FilesRead} of {result.Timeline.Documents.Count} files read; the others are as the last build read them (from the cache)");
        if (result.Keyed is { } keyed && keyed < result.Timeline.Documents.Count)
            progress?.Report($"cache: {keyed} of {result.Timeline.Documents.Count} sources hashed for their key; the others' files are as the last build recorded them");
        if (result.EventsReused) progress?.Report("events: the statements are unchanged; the events of the last build were reused");
        if (pipelineOptions.Events?.MergedAgain is { } mergedAgain)
            progress?.Report($"events: merged again only around the statements of {string.Join(", ", mergedAgain)} (the statements of {pipelineOptions.Events.SourcesParsed} of {result.Timeline.Documents.Count} sources parsed)");
        else if (pipelineOptions.Events?.FullMergeReason is { } fullMerge) progress?.Report($"events: merged in full ({fullMerge})");
        var problems = result.Problems;
        if (settings.Strict && problems.Count > 0)
            throw new BuildFailedException($"{problems.Count} input problem(s) under --strict; nothing was written", problems.Select(p => p.ToString()).ToList());

        string? templatesFolder = settings.Templates
            ?? (config.Templates is { } t ? Path.Combine(settings.Input, t) : null);
        // Pages go to the new site as they are rendered; the output is replaced only once all are written.
        RenderSummary rendered;
        SiteWriteResult written;
        try
        {
            var generator = new SiteGenerator(new SiteOptions(templatesFolder, settings.BaseUrl));
            delta?.Begin(templatesFolder, config, result, pipelineOptions.Events);
            // What the last build recorded of its pages lets the pages whose inputs did not change be carried over unexamined.
            var lastDigests = settings.UseCache ? times.Measure("site digests", () => SiteDigests.Read(settings.ResolvedCacheFolder)) : null;
            // When they do, few files are expected to change: only those are staged, and moved into the output by a journaled commit.
            bool inPlace = generator.Carries(lastDigests);
            using var staged = times.Measure("previous site", () => StagedSite.Begin(settings.Output, inPlace));
            staged.InterruptCommitAfter = settings.InterruptCommitAfter;
            progress?.Report($"rendering {result.Timeline.Events.Count} events to {settings.Output}");
            rendered = settings.UseCache
                ? generator.RenderTo(result.Timeline, config, staged, lastDigests, result.CacheKeys, times)
                : generator.RenderTo(result.Timeline, config, staged, times);
            written = times.Measure("commit", () => staged.Commit(rendered.Fingerprints));
            if (inPlace) progress?.Report($"output: {written.Written} files changed, {written.Removed} removed; committed {staged.CommittedAs}");
            if (rendered.Digests is { } digests) times.Measure("site digests", () => RecordDigests(digests, settings.ResolvedCacheFolder, progress));
            // The statement store was written beside the site stages; it is whole before the state that relies on it is recorded.
            if (pipelineOptions.Events is { } events && times.Measure("statement store (wait)", events.FinishStoring) is { } notStored)
                progress?.Report($"cache: {notStored}");
            delta?.Remember(written, progress);
            progress?.Report($"wrote {settings.Output}: {rendered.Rendered} pages rendered, {rendered.Fingerprints.Count - rendered.Rendered} unchanged");
            if (rendered.Digests is not null)
            {
                progress?.Report($"pages: {rendered.Unexamined} carried over on their digests ({rendered.CarriedAsRecorded} as recorded, unexamined), {rendered.Fingerprints.Count - rendered.Unexamined} fingerprinted; {rendered.TextsCarried} source texts carried over; {rendered.ItemsCopied} data file items copied ({rendered.ItemsInRuns} in runs)"
                    + (lastDigests is null ? " (no digests recorded)" : ""));
                if (rendered.SourceViews is var (made, of)) progress?.Report($"sources: {made} of {of} full views made; {rendered.SourcesKeyed} digested from their analysis keys");
                progress?.Report($"events: {rendered.EventViews.Made} of {rendered.EventViews.Of} views listed their sources");
                if (rendered.Recorded is var (recordedEvents, ofEvents, recordedSources, ofSources))
                    progress?.Report($"records: {recordedEvents} of {ofEvents} events and {recordedSources} of {ofSources} sources taken from the last build's");
                if (pipelineOptions.Cache is SqliteAnalysisCache rows && result.FilesRead < result.Timeline.Documents.Count)
                    progress?.Report($"cache: {rows.BodiesRead} analyses read whole (for their text or merge profiles), {rows.TextsRead} texts read of the {result.Timeline.Documents.Count - result.FilesRead} sources not read");
                progress?.Report($"statements: those of {result.Timeline.Documents.Count(d => d.StatementsParsed())} of {result.Timeline.Documents.Count} sources parsed (the others left as the cache holds them)");
                foreach (string why in rendered.DigestNotes) progress?.Report($"pages: {why}: its pages were fingerprinted");
            }
        }
        catch (Exception ex) when (ex is TemplateException or DirectoryNotFoundException or FileNotFoundException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            throw new BuildFailedException(ex.Message, inner: ex);
        }
        return new BuildReport(result.Timeline.Documents.Count, result.Timeline.Events.Count, written.Files, problems, clock.Elapsed)
        {
            Analysed = result.Analysed,
            FilesChanged = written.Written,
            PagesRendered = rendered.Rendered,
            CacheNote = result.CacheNote,
            Stages = times.Stages,
            Unmeasured = times.Unmeasured(StageTimes.Gap),
        };
    }

    /// <summary>A site whose digests cannot be recorded is still whole: the next build fingerprints every page.</summary>
    private static void RecordDigests(SiteDigests digests, string cacheFolder, IProgress<string>? progress)
    {
        try
        {
            digests.Write(cacheFolder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            progress?.Report($"cache: the pages' digests could not be recorded in {Path.Combine(cacheFolder, SiteDigests.FileName)} ({ex.Message})");
        }
    }
}
