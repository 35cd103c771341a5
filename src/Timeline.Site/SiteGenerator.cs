using System.Runtime.CompilerServices;
using System.Buffers;
using System.Collections.Concurrent;
using Timeline.Core.Config;
using Timeline.Core.Events;
using Timeline.Core.Pipeline;
using Timeline.Site.Changes;
using Timeline.Site.Model;
using Timeline.Site.Output;
using Timeline.Site.Rendering;

namespace Timeline.Site;

/// <summary>Renders a timeline into the files of a static site, deterministically.</summary>
public sealed partial class SiteGenerator(SiteOptions options)
{
    public const string Generator = "Timeline";

    /// <summary>Every file of the site by relative path, in ordinal order, every page rendered.</summary>
    public SortedDictionary<string, byte[]> Render(TimelineData timeline, TimelineConfig config) =>
        new(Render(timeline, config, PreviousSite.None).Files.ToDictionary(f => f.Key, f => f.Value!), StringComparer.Ordinal);

    /// <summary>
    /// Every file of the site, in memory, rendering only the pages whose inputs changed since
    /// <paramref name="previous"/> was built; the others are left without content, to be carried over from it.
    /// </summary>
    public RenderedSite Render(TimelineData timeline, TimelineConfig config, PreviousSite previous)
    {
        var files = new ConcurrentDictionary<string, byte[]?>(StringComparer.Ordinal);
        var summary = Render(timeline, config, previous, (path, content) => files[path] = content, (path, content) => files[path] = content.ToArray(), (path, write) =>
        {
            using var buffer = new MemoryStream();
            write(buffer);
            files[path] = buffer.ToArray();
        });
        return new RenderedSite(new SortedDictionary<string, byte[]?>(files, StringComparer.Ordinal),
            new SortedDictionary<string, string>(summary.Fingerprints.ToDictionary(StringComparer.Ordinal), StringComparer.Ordinal), summary.Rendered);
    }

    /// <summary>
    /// Renders the site into <paramref name="target"/> file by file as each is ready, so the whole
    /// site is never held in memory; pages whose inputs did not change since the site it replaces are carried over.
    /// </summary>
    public RenderSummary RenderTo(TimelineData timeline, TimelineConfig config, StagedSite target, StageTimes? times = null) =>
        Render(timeline, config, target.Previous, target.Add, target.Write, target.Add, times);

    /// <param name="last">What the last build recorded of the pages it wrote: a page whose digest and shared values are the
    /// same is carried over without its fingerprint being computed again. The summary holds this build's digests.</param>
    /// <param name="keys">The analysis cache key of each document, by path: a source whose key is known is digested from it, its analysis unread.</param>
    internal RenderSummary RenderTo(TimelineData timeline, TimelineConfig config, StagedSite target, SiteDigests? last, IReadOnlyDictionary<string, string?>? keys, StageTimes? times = null) =>
        Render(timeline, config, target.Previous, target.Add, target.Write, target.Add, times, last, record: true, keys);

    /// <summary>Takes a rendered page, whose bytes are only valid during the call.</summary>
    internal delegate void PageSink(string path, ReadOnlySpan<byte> content);

    /// <param name="emit">Takes each file (null content: carry the previous one over); called from several threads at once.</param>
    /// <param name="page">Takes each page rendered; called from several threads at once.</param>
    /// <param name="stream">Takes each file too big to hold in memory, by the action that writes it.</param>
    internal RenderSummary Render(TimelineData timeline, TimelineConfig config, PreviousSite previous, Action<string, byte[]?> emit, PageSink page, Action<string, Action<Stream>> stream, StageTimes? times = null, SiteDigests? last = null, bool record = false, IReadOnlyDictionary<string, string?>? keys = null)
    {
        times ??= new StageTimes();
        var (templates, renderer, site) = times.Measure("template set-up", () =>
        {
            var set = new TemplateSet(options.TemplatesFolder);
            return (set, new PageRenderer(set), SiteOf(config));
        });
        string? baseUrl = site.BaseUrl;
        // Pages will be carried over on their digests: few need a source's text, so the model is made without it, each
        // source's full view only when asked for. The sources' digests come first, as the model's links come from the same map.
        SourceDigests? sourceDigests = null;
        PartialSiteModel? partial = null;
        ContentDigests.OwnDigests? own = null;
        EventRecords.Taken? taken = null;
        if (record && times.Measure("template basis", () => last?.Basis == PageChanges.BasisOf(templates) && !ReadsEverySource(renderer)))
        {
            // An event or source the timeline's changes do not reach is taken from what the last build recorded of it, when it
            // recorded the events these changes are relative to: only the others' reports are read.
            taken = times.Measure("records taken", () => last!.Events?.Take(timeline));
            sourceDigests = times.Measure("source digests", () => SourceDigests.Of(timeline, keys, taken));
            // Each event's own digest is made beside its view, while its reports are in the cache.
            own = new(timeline, taken?.Own);
            Action<int> beside = taken is null ? own.Make : i =>
            {
                if (taken.Estimates[i] is null) own.Make(i);
            };
            partial = times.Measure("site model", () => PartialSiteModel.Build(timeline, site, sourceDigests.EventOfSource, sourceDigests.EventCounts, beside, taken?.Estimates));
        }
        var model = partial?.Model ?? times.Measure("site model", () => SiteModelBuilder.Build(timeline, site));
        Func<SourceView, SourceView> full = partial is null ? s => s : partial.Full;
        var shared = SharedGlobals(model);
        var changes = record ? times.Measure("page digests", () => PageChanges.Of(timeline, model, shared, templates, renderer, last, sourceDigests, keys, own?.Values)) : PageChanges.None;
        // A page reading the list of every event (the index reads `decades`) is fingerprinted with the list's digest: the events' own
        // digests, made in every build, rather than a hash of every event's view (which would make every view of a rebuild).
        var eventDigests = new Lazy<ContentDigests>(() => changes.Digests ?? ContentDigests.OfEvents(timeline, model));
        // When pages are carried over, the shared values' digests were made already to compare with the recorded ones: taken, not made again.
        var fingerprinter = new PageFingerprinter(templates, renderer, shared, name => !ContentDigests.ListsEvents(name) ? null
            : changes.Carries ? changes.SharedDigest(name) : eventDigests.Value.OfTimeline(name, shared[name], model));

        // The pages of the site: these, then a source's page each, then an event's page each, each made a job when looked at.
        var pages = new List<PageJob> { new("index.html", "index.sbn", model.Site.Title, "", model.Paged ? [] : model.Decades) };
        pages.AddRange(model.SourcePages.Select(p => new PageJob(p.Path, "sources.sbn", p.Title, p.Path.Contains('/') ? "../" : "", [], ("sources_page", p))));
        pages.AddRange(model.Pages.Select(p => new PageJob(p.Path, "page.sbn", p.Title, "../", p.Decades, ("page", p))));
        // GitHub Pages serves 404.html for a missing path at any depth, where relative links would
        // miss; with a known base URL its links are absolute.
        pages.Add(new("404.html", "404.sbn", "Page not found", baseUrl ?? "", []));
        int listed = pages.Count, sourcePages = model.Sources.Count, count = listed + sourcePages + model.Events.Count;
        // The event and source pages whose inputs are the recorded ones are carried over as recorded, without a job.
        var carried = new CarriedPages(model, taken, sourceDigests, changes, previous);

        // The data files are a few long sequential jobs (each big file, then the rest one after another). They go
        // first into the same parallel loop as the pages, so that each starts at once and the many short pages fill
        // the cores around them: run beside the loop instead, the last of them ran on alone after the pages.
        var data = new List<Action>();
        // When the timeline's changes are relative to the events the last build recorded, the data files' events are copied by runs.
        var since = timeline.Changes is { } relative && last?.Events?.Key == relative.Since ? relative : null;
        int inRuns = 0;
        foreach (var (path, write) in Feeds.Feeds.Streamed(model))
        {
            // timeline.json, timelinejs.json and events.ics are written item by item: an event or source whose digest did not change is copied from the last file.
            Action<Stream, Splice>? spliced = path switch
            {
                "timeline.json" => (output, splice) => Feeds.TimelineJson.Write(model, output, splice, () => changes.Digests!, full, timeline.Events),
                "timelinejs.json" => (output, splice) => Feeds.TimelineJsExport.Write(model, output, splice, () => changes.Digests!),
                "events.ics" => (output, splice) => Feeds.CalendarFile.Write(model, output, splice, () => changes.Digests!),
                _ => null,
            };
            if (spliced is not null && changes.Splice(path, previous) is { } splice)
            {
                if (since is not null) splice.Follow(timeline.Events, since);
                data.Add(() =>
                {
                    using (splice) stream(path, output => spliced(output, splice));
                    changes.Spliced(path, splice);
                    changes.Copied(splice.Copied);
                    Interlocked.Add(ref inRuns, splice.InRuns);
                });
            }
            else
            {
                data.Add(() => stream(path, write));
            }
        }
        // A source's text file is carried over when its source's digest says it did not change (Feeds.All makes every one). In
        // jobs of a thousand sources: one job for 10,000 ran on alone after the pages (a stat, or a text made, for each).
        for (int first = 0; first < model.Sources.Count; first += TextsPerJob)
        {
            int from = first, to = Math.Min(first + TextsPerJob, model.Sources.Count);
            data.Add([MethodImpl(MethodImplOptions.AggressiveOptimization)] () =>
            {
                for (int s = from; s < to; s++)
                {
                    var source = model.Sources[s];
                    if (source.ExcerptsOnly) continue; // its text is never published
                    string path = Feeds.TimelineJson.TextPath(source.Id);
                    emit(path, changes.TextUnchanged(path, source, previous) ? null : changes.Text(path, source, Feeds.TimelineJson.SourceText(full(source))));
                }
            });
        }
        data.Add(() =>
        {
            emit(Feeds.AtomFeed.Path, changes.Feed(timeline, model, previous));
            foreach (var (path, content) in Feeds.Feeds.Others(model)) emit(path, content);
            foreach (string asset in templates.AssetNames()) emit(asset, templates.ReadBytes(asset));
        });

        // Pages are independent: render them in parallel (PageRenderer is thread-safe), each fingerprint
        // into its slot, so the result does not depend on the scheduling. The loop's body, the texts' job, the page digests and
        // the splices are optimised when first called: a rebuild runs them 56,000 to 147,000 times in a process whose JIT keeps
        // putting off tiering up while it compiles other methods, and a profile found them in tier-0 code throughout the stage.
        var jobs = new PageJob?[count];
        var fingerprints = new string[count];
        var carriedOver = new bool[count];
        var digests = new UInt128?[count];
        // A page carried as recorded: its path, and its entry in the recorded digests (written again as it is).
        var carriedPaths = new string?[count];
        var entries = new int[count];
        var failed = new Exception?[data.Count + count];
        int rendered = 0, unexamined = 0, asRecorded = 0;
        times.Measure("pages and data files", () => Parallel.For(0, data.Count + count, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (n, loop) =>
        {
            try
            {
                if (n < data.Count)
                {
                    data[n]();
                    return;
                }
                int i = n - data.Count;
                if (i >= listed && (i < listed + sourcePages ? carried.Source(i - listed, out string path, out int entry) : carried.Event(i - listed - sourcePages, out path, out entry)))
                {
                    carriedPaths[i] = path;
                    entries[i] = entry;
                    emit(path, null);
                    Interlocked.Increment(ref asRecorded);
                    return;
                }
                var job = jobs[i] = i < listed ? pages[i] : i < listed + sourcePages ? SourcePage(model.Sources[i - listed]) : EventPage(model.Events[i - listed - sourcePages]);
                if (changes.Carries) digests[i] = changes.Digest(job);
                if (changes.Unchanged(job.Path, job.Template, digests[i], previous) is { } recorded)
                {
                    fingerprints[i] = recorded;
                    carriedOver[i] = true;
                    emit(job.Path, null);
                    Interlocked.Increment(ref unexamined);
                    return;
                }
                var globals = Globals(job);
                if (partial is not null && globals.TryGetValue("source", out var face) && face is SourceView source) globals["source"] = partial.Full(source);
                fingerprints[i] = fingerprinter.Of(job.Template, globals);
                if (previous.CanReuse(job.Path, fingerprints[i]))
                {
                    carriedOver[i] = true;
                    emit(job.Path, null);
                    return;
                }
                var bytes = TakePageBuffer();
                renderer.RenderTo(job.Template, globals, bytes, shared);
                page(job.Path, bytes.WrittenSpan);
                t_pageBytes = bytes.Capacity > KeepPageBuffer ? null : bytes;
                Interlocked.Increment(ref rendered);
            }
            catch (Exception ex)
            {
                failed[n] = ex;
                loop.Break();
            }
        }));
        // The error of the first failing page, as a sequential render would report it; a data file's matters less.
        // (The loop has returned, so nothing is still writing to the staging folder the caller will delete.)
        if (failed.Skip(data.Count).Concat(failed.Take(data.Count)).FirstOrDefault(e => e is not null) is { } error)
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);

        // The pages looked at, in the site's order, then those carried as recorded.
        var examined = new List<PageJob>(count - asRecorded);
        var examinedAt = new List<int>(count - asRecorded);
        var unread = new List<string>(asRecorded);
        var unreadEntries = new List<int>(asRecorded);
        for (int i = 0; i < count; i++)
        {
            if (jobs[i] is { } job)
            {
                examined.Add(job);
                examinedAt.Add(i);
            }
            else
            {
                unread.Add(carriedPaths[i]!);
                unreadEntries.Add(entries[i]);
            }
        }
        string[] examinedFingerprints = [.. examinedAt.Select(i => fingerprints[i])];
        UInt128?[] examinedDigests = [.. examinedAt.Select(i => digests[i])];
        var byPath = new PageList([.. examined.Select(p => p.Path)], examinedFingerprints, [.. examinedAt.Select(i => carriedOver[i])], [.. unread], path => previous.Fingerprint(path));
        var recorded = changes.Carries ? times.Measure("page digests recorded", () => changes.Record(examined, examinedDigests, examinedFingerprints, [.. unreadEntries]))
            : times.Measure("page digests (made beside the pages)", () => changes.Record(examined, examinedDigests, examinedFingerprints));
        // What the next build may take of each event and source, with the key of these events; written with the rest.
        if (recorded is not null && timeline.EventsKey is { } eventsKey && changes.Digests is { } made)
            recorded = recorded with { RecordEvents = writer => EventRecords.Write(writer, eventsKey, timeline, model, made, taken) };
        return new RenderSummary(byPath, rendered)
        {
            Digests = recorded,
            Unexamined = unexamined + asRecorded,
            CarriedAsRecorded = asRecorded,
            DigestNotes = changes.Notes.ToList(),
            TextsCarried = changes.TextsCarried,
            FeedCarried = changes.FeedCarried,
            ItemsCopied = changes.ItemsCopied,
            ItemsInRuns = inRuns,
            SourceViews = partial is null ? null : (partial.FullViews, model.Sources.Count),
            EventViews = (model.Events.Count(e => e.SourcesMade), model.Events.Count),
            SourcesKeyed = changes.SourcesKeyed,
            Recorded = taken is null ? null : (taken.Events, model.Events.Count, sourceDigests!.Recorded, model.Sources.Count),
        };
    }

    // The pages every site has, each inside the layout: whether any may read the list of every source's full view.
    private static readonly string[] PageTemplates = ["index.sbn", "sources.sbn", "page.sbn", "source.sbn", "event.sbn", "404.sbn"];

    private static bool ReadsEverySource(PageRenderer renderer)
    {
        var dependencies = new TemplateDependencies(renderer.Parse);
        return PageTemplates.Any(t => dependencies.Of(t, PageRenderer.Layout) is not { } names || names.Contains("sources"));
    }

    private const int TextsPerJob = 1000;

    // Each thread renders its pages into one buffer, written to the page's file in one call and kept for the next page.
    [ThreadStatic] private static ArrayBufferWriter<byte>? t_pageBytes;
    private const int KeepPageBuffer = 1 << 22;

    private static ArrayBufferWriter<byte> TakePageBuffer()
    {
        var bytes = t_pageBytes ?? new ArrayBufferWriter<byte>(64 * 1024);
        t_pageBytes = null; // taken while in use, so a failed render never leaves half a page in it for the next
        bytes.ResetWrittenCount();
        return bytes;
    }

    private sealed record PageJob(string Path, string Template, string Title, string Root, IReadOnlyList<DecadeView> Listing, params (string Key, object? Value)[] Extra);

    /// <summary>What only this page sees: its links' prefix, title, path, what it lists, and its own record.</summary>
    private static Dictionary<string, object?> Globals(PageJob job)
    {
        var globals = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["root"] = job.Root,
            ["page_title"] = job.Title,
            ["page_path"] = job.Path,
            ["listing"] = job.Listing,
        };
        foreach (var (key, value) in job.Extra) globals[key] = value;
        return globals;
    }

    /// <summary>
    /// What every page sees. <c>listing</c> is what a page lists (all decades on a one-page index); <c>page</c> is set
    /// on decade and year pages, <c>sources_page</c> on the pages of the list of sources. Counts of the whole site
    /// are separate values, so that only the pages that show them depend on them.
    /// </summary>
    private static Dictionary<string, object?> SharedGlobals(SiteModel model) => new(StringComparer.Ordinal)
    {
        ["site"] = model.Site,
        ["decades"] = model.Decades,
        ["years"] = model.Years,
        ["year_links"] = model.Years.Select(y => new YearLink(y.Label, y.Anchor, y.Page)).ToList(),
        ["events"] = model.Events,
        ["sources"] = model.Sources,
        ["event_count"] = model.Events.Count,
        ["source_count"] = model.Sources.Count,
        ["overview"] = model.Overview,
        ["paged"] = model.Paged,
        ["pages"] = model.Pages,
        ["page"] = null,
        ["sources_page"] = null,
    };
}
