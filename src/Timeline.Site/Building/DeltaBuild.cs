using System.Security.Cryptography;
using System.Text;
using Timeline.Core.Caching;
using Timeline.Core.Config;
using Timeline.Core.Events;
using Timeline.Core.Pipeline;
using Timeline.Core.Sources;
using Timeline.Site.Model;
using Timeline.Site.Output;
using Timeline.Site.Rendering;
using Timeline.Temporal;

namespace Timeline.Site.Building;

/// <summary>
/// A rebuild driven by the last build's <see cref="BuildState"/> instead of the whole corpus. It walks
/// the input folder (no file is opened), reads only the files whose length or time changed, and when
/// nothing else differs finishes without rendering. When only articles' own text changed — each
/// changed article's statements (<see cref="EventCache.StatementsDigest"/>) and face
/// (<see cref="SourceFace"/>) are the last build's — the events and every other page are the last
/// build's too, so it renders just those articles' pages and text files and puts the files that
/// changed into the output with a <see cref="JournaledCommit"/>. Anything else — no state or a state
/// that does not read back whole, other code, settings, config or templates, files added, removed or
/// renamed, an output whose lists or files are not the ones recorded, a new or changed statement or
/// title or date — takes the full build, which records a new state when it succeeds.
/// </summary>
internal sealed class DeltaBuild
{
    private const string Format = "timeline-delta/1";
    // A file modified this close to the walk may be modified again within the same tick of the file system's clock
    // (the kernel stamps files from a clock that moves in steps of milliseconds), and its time would not show it.
    private static readonly long RacyTicks = TimeSpan.FromMilliseconds(100).Ticks;
    private static readonly long CoarseRacyTicks = TimeSpan.FromSeconds(2).Ticks;

    private readonly ITemporalRecognizer _recognizer;
    private readonly BuildSettings _settings;
    private readonly StageTimes _times;
    private readonly string _input, _output, _cacheFolder, _analysisVersion;
    private readonly byte[]? _config;
    private readonly BuildState? _state;
    private readonly IReadOnlyList<InputStat> _scan;
    private readonly long _scannedAt;
    private string? _basis, _templatesFolder;
    private bool _committing, _sameBasis;

    private DeltaBuild(ITemporalRecognizer recognizer, BuildSettings settings, StageTimes times, Action<string, string>? changeFound, Action<string>? datedChangeFound)
    {
        _changeFound = changeFound;
        _datedChangeFound = datedChangeFound;
        _recognizer = recognizer;
        _settings = settings;
        _times = times;
        _input = Path.GetFullPath(settings.Input);
        _output = Path.GetFullPath(settings.Output).TrimEnd(Path.DirectorySeparatorChar);
        _cacheFolder = settings.ResolvedCacheFolder;
        _analysisVersion = CacheKey.CodeVersion(recognizer);
        // Read before the build reads them: a change made meanwhile then shows at the next build.
        string configPath = Path.Combine(_input, TimelineConfig.FileName);
        _config = File.Exists(configPath) ? File.ReadAllBytes(configPath) : null;
        // The state (a 10,000-article corpus's is a few MB, checksummed and parsed) is read beside the walk.
        var reading = Task.Run(() => BuildState.Read(settings.ResolvedCacheFolder));
        _scannedAt = DateTime.UtcNow.Ticks;
        _scan = InputFiles.Scan(_input);
        _state = reading.GetAwaiter().GetResult();
    }

    /// <summary>Finishes an interrupted commit, then reads the last build's state and walks the input folder.</summary>
    /// <param name="changeFound">
    /// Called once, with the input folder and the file's path in it, when the first file that changed since the last build is found
    /// (before it is read).
    /// </param>
    /// <param name="datedChangeFound">
    /// Called once, with the file's path in the input folder, when a changed file is found to change the dated statements: the
    /// build falls back to the full path and merges the events again.
    /// </param>
    public static DeltaBuild Prepare(ITemporalRecognizer recognizer, BuildSettings settings, StageTimes times, IProgress<string>? progress,
        Action<string, string>? changeFound = null, Action<string>? datedChangeFound = null)
    {
        if (JournaledCommit.Recover(settings.Output) is { } note) progress?.Report($"output: {note}");
        return times.Measure("build state", () => new DeltaBuild(recognizer, settings, times, changeFound, datedChangeFound));
    }

    private Action<string, string>? _changeFound;
    private readonly Action<string>? _datedChangeFound;

    /// <summary>Why the last <see cref="TryFinish"/> left the build to the full path, or null.</summary>
    public string? FullBuildReason { get; private set; }

    /// <summary>The finished build when the state allowed a delta build, else null (nothing was written; build in full).</summary>
    public BuildReport? TryFinish(IProgress<string>? progress)
    {
        BuildReport? report;
        try
        {
            report = Attempt();
        }
        catch (Exception ex) when (!_committing && ex is IOException or UnauthorizedAccessException or TemplateException or ConfigException)
        {
            // Nothing was written yet: the full build will meet the same problem and report it, or not.
            report = Full($"the delta build stopped ({ex.Message.TrimEnd('.')})");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new BuildFailedException($"{ex.Message.TrimEnd('.')}; the next build completes the files left", inner: ex);
        }
        if (report is null) progress?.Report($"full build: {FullBuildReason}");
        return report;
    }

    private BuildReport? Attempt()
    {
        if (_state is not { } state) return Full("there is no state of an earlier build of this output");
        if (Basis(state.TemplatesFolder) != state.Basis) return Full("the code, settings, timeline.yml or templates changed");
        _sameBasis = true;
        if (_scan.Count != state.Inputs.Count || _scan.Where((s, i) => s.Path != state.Inputs[i].Path).Any())
            return Full("input files were added, removed or renamed");

        TimelineConfig? config = null;
        var inputs = state.Inputs.ToArray();
        var changed = new List<(int Index, SourceDocument Document)>();
        var read = _times.Measure("read changed files", () =>
        {
            for (int i = 0; i < _scan.Count; i++)
            {
                var (entry, now) = (inputs[i], _scan[i]);
                if (entry.Modified == now.ModifiedTicks && entry.Length == now.Length) continue;
                inputs[i] = entry with { Length = now.Length, Modified = Recorded(now) };
                if (!entry.Included) continue; // the globs, unchanged, leave it out
                if (entry.Source is not { } source) return "a file that was left out as unreadable changed";
                Interlocked.Exchange(ref _changeFound, null)?.Invoke(_input, now.Path);
                config ??= Config();
                var set = SourceLoader.LoadFiles([Path.Combine(_input, now.Path)], config, _input);
                if (set.Problems.Count > 0 || set.Documents.Count != 1) return $"{now.Path} can no longer be read";
                var document = set.Documents[0];
                if (CacheKey.For(document, _analysisVersion) is not { } key) return $"{now.Path} cannot be keyed";
                if (key == source.Key) continue; // touched, not changed
                changed.Add((i, document));
                inputs[i] = inputs[i] with { Source = source with { Key = key } };
            }
            return null;
        });
        if (read is not null) return Full(read);

        if (_settings.Strict && state.Problems.Count > 0)
            throw new BuildFailedException($"{state.Problems.Count} input problem(s) under --strict; nothing was written", state.Problems.Select(p => p.ToString()).ToList());

        var extractor = new EventExtractor(_recognizer);
        var views = new List<SourceView>();
        string? analysed = _times.Measure("analyse", () =>
        {
            foreach (var (index, document) in changed)
            {
                var analysis = extractor.Analyze(document).WithInferredDate();
                var entry = inputs[index].Source!;
                if (!EventCache.StatementsDigest(analysis, offsets: false).AsSpan().SequenceEqual(entry.Statements))
                {
                    _datedChangeFound?.Invoke(document.Path);
                    return $"the dated statements of {document.Path} changed";
                }
                if (!SourceFace.Digest(analysis.Source).AsSpan().SequenceEqual(entry.Face)) return $"the title, date or other metadata of {document.Path} changed";
                if (analysis.Source.ExcerptsOnly) return $"{document.Path} is published as excerpts only";
                int[] starts = [.. analysis.Statements.Select(m => m.DateStart)];
                var links = entry.Links;
                if (!starts.AsSpan().SequenceEqual(entry.Starts.ToArray()))
                {
                    // Text inserted or removed before some statements moved them, and nothing else: the events are the same.
                    if (StatementMoves.Remap(entry.Starts, starts, links, entry.PositionStarts) is not { } moved)
                        return $"the statements of {document.Path} moved in a way that changes the events (their order, or an id told apart by position)";
                    links = moved;
                }
                inputs[index] = inputs[index] with { Source = entry with { Starts = starts, Links = links } };
                var eventOf = links.ToDictionary(l => (entry.Id, l.DateStart), l => state.EventIds[l.Event]);
                views.Add(SiteModelBuilder.ToView(analysis, eventOf, links.Count));
            }
            return null;
        });
        if (analysed is not null) return Full(analysed);

        // Checked only when the delta build may finish: a full build checks each file it carries over itself.
        var records = _times.Measure("output check", () => OutputLists.Trusted(_output, state.ListsDigest));
        if (records is null) return Full("the output is not the one the last build wrote");

        int rendered = 0, written = 0;
        if (views.Count > 0)
        {
            string? templates = state.TemplatesFolder;
            var files = _times.Measure("pages", () => new SiteGenerator(new SiteOptions(templates, _settings.BaseUrl)).RenderSources(views, config!, state.Updated));
            if (files is null) return Full("the templates let a source page read the whole timeline");
            rendered = files.Count(f => f.Fingerprint is not null);
            written = _times.Measure("commit", () => Commit(files, records));
        }

        if (changed.Count > 0 || inputs.Where((e, i) => e != state.Inputs[i]).Any())
            _times.Measure("build state", () => (state with { Inputs = inputs, ListsDigest = OutputLists.Digest(_output) }).Write(_cacheFolder));

        return new BuildReport(inputs.Count(e => e.Source is not null), state.EventCount, state.FileCount, state.Problems, TimeSpan.Zero)
        {
            Analysed = changed.Count,
            FilesChanged = written,
            PagesRendered = rendered,
            Stages = _times.Stages,
            Delta = true,
        };
    }

    /// <summary>Puts the files whose bytes changed, and the lists, into the output; returns how many files changed.</summary>
    private int Commit(IReadOnlyList<SourceFile> files, Dictionary<string, OutputRecord> records)
    {
        var moves = new List<(string, byte[])>();
        var recordLines = new Dictionary<string, string>(StringComparer.Ordinal);
        var fingerprintLines = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!records.TryGetValue(file.Path, out var before)) throw new IOException($"'{file.Path}' is not in the output's records");
            if (file.Fingerprint is { } fingerprint) fingerprintLines[file.Path] = fingerprint;
            var record = OutputRecord.Of(file.Content);
            if (record == before) continue;
            recordLines[file.Path] = record.Prefix;
            moves.Add((file.Path, file.Content));
        }
        int changedFiles = moves.Count;
        var pages = OutputList.Read(Path.Combine(_output, PageFingerprints.FileName), PageFingerprints.Header, OutputList.AfterFingerprint,
            () => PageFingerprints.Format(PageFingerprints.Read(_output)));
        byte[] newPages = pages.Replace(fingerprintLines.Select(p => (p.Key, $"{p.Value} {p.Key}"))) ?? throw new IOException($"{PageFingerprints.FileName} does not list the pages rendered");
        bool pagesChanged = !pages.Exact || !newPages.AsSpan().SequenceEqual(pages.Bytes);
        if (changedFiles == 0 && !pagesChanged) return 0;
        if (pagesChanged) moves.Add((PageFingerprints.FileName, newPages));
        // The hash list last: its time is what vouches for every file before it.
        var hashes = OutputList.Read(Path.Combine(_output, OutputRecord.FileName), OutputRecord.Header, OutputList.AfterRecord,
            () => OutputRecord.Format(OutputRecord.Read(_output)));
        moves.Add((OutputRecord.FileName, hashes.Replace(recordLines.Select(r => (r.Key, $"{r.Value} {r.Key}"))) ?? throw new IOException($"{OutputRecord.FileName} does not list the files written")));
        _committing = true;
        JournaledCommit.Apply(_output, moves, _settings.InterruptCommitAfter);
        return changedFiles;
    }


    /// <summary>
    /// For the full build after <see cref="TryFinish"/>: the analysis key the last build recorded for a file (by its path relative to
    /// the input), when the code, settings and config are the ones it was built with and the file, looked at when asked, has
    /// the length and time recorded (a time too close to that build to prove anything is never recorded); else null.
    /// </summary>
    public Func<string, string?>? RecordedKeys()
    {
        if (!_sameBasis || _state is not { } state) return null;
        var byPath = state.Inputs.Where(e => e is { Included: true, Modified: >= 0, Source: not null }).ToDictionary(e => e.Path, StringComparer.Ordinal);
        return path =>
        {
            if (!byPath.TryGetValue(path, out var entry)) return null;
            // Asked after the walk, and for a file that was read, after the read: a file rewritten since the walk (or the last
            // build) shows a new time, and is read and hashed. A file not read is the cache's document of this key, whose text
            // is checked against the key if it is ever read.
            var file = new FileInfo(Path.Combine(_input, path));
            return file.Exists && file.Length == entry.Length && file.LastWriteTimeUtc.Ticks == entry.Modified ? entry.Source!.Key : null;
        };
    }

    /// <summary>The input folder's candidate files as this build's walk found them, for the full build, which then does not walk it again.</summary>
    public IReadOnlyList<string> Files() => [.. _scan.Select(s => s.Path)];

    /// <summary>
    /// The full build is about to render with <paramref name="templatesFolder"/> the timeline of <paramref name="result"/>: what it
    /// renders from, for the state it leaves. What the state says of the sources and events depends on the timeline alone, so
    /// it is worked out beside the pages (mostly on the core the site model leaves idle) rather than after the commit.
    /// </summary>
    public void Begin(string? templatesFolder, TimelineConfig config, PipelineResult result, EventCache? events)
    {
        _templatesFolder = templatesFolder is null ? null : Path.GetFullPath(templatesFolder);
        _basis = Basis(_templatesFolder);
        _recording = Task.Run(() =>
        {
            try
            {
                // Serialized here too: the build adds only what its commit decides, after it.
                return _times.MeasureBeside("build state (recorded beside the site)", () => RecordBody(config, result, events));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException or KeyNotFoundException)
            {
                // A state that cannot be told only costs the next build its shortcut.
                return null;
            }
        });
    }

    private Task<byte[]?>? _recording;

    /// <summary>Records the state of the full build that just committed, for the next build; or forgets it when it cannot be told whole.</summary>
    public void Remember(SiteWriteResult written, IProgress<string>? progress = null) => _times.Measure("build state", () =>
    {
        byte[]? state;
        string? lists;
        try
        {
            // The output's lists are those of the commit just made.
            state = _recording?.GetAwaiter().GetResult();
            lists = state is null ? null : OutputLists.Digest(_output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The site is committed: a state that cannot be told only costs the next build its shortcut.
            (state, lists) = (null, null);
        }
        if (state is null || lists is null) BuildState.Delete(_cacheFolder);
        else BuildState.Write(_cacheFolder, state, lists, written.Files);
        if (state is not null && _linksMadeAgain is var (made, of) && made < of)
            progress?.Report($"build state: the links of {made} of {of} sources worked out from the events; the others' taken from the last state"
                + (_patched ? $" ({Patched})" : ""));
    });

    // How many sources' links the state recorded beside the site worked out from the events, of how many.
    private (int Made, int Of)? _linksMadeAgain;

    /// <summary>What the log says of a state patched from the last one's bytes.</summary>
    internal const string Patched = "patched: the entries of the sources not reached copied from its bytes";

    // Whether the state recorded beside the site was patched from the last one's bytes (StatePatch).
    private bool _patched;

    /// <summary>
    /// The body of the state of a build of <paramref name="result"/> (<see cref="BuildState.Body()"/>): patched from the last state's
    /// (<see cref="StatePatch"/>) when the timeline was made from its events, else recorded whole.
    /// </summary>
    private byte[]? RecordBody(TimelineConfig config, PipelineResult result, EventCache? events)
    {
        if (_basis is null || result.CacheKeys is not { } keys) return null;
        var timeline = result.Timeline;
        var byPath = timeline.Documents.ToDictionary(d => d.Source.Path, StringComparer.Ordinal);
        if (!_settings.RecordStateWhole && _state is { } state && state.Basis == _basis && timeline.Changes?.Since is { } since && since == state.EventsKey)
        {
            var known = events?.Shapes is { Count: > 0 } shapes ? shapes : null;
            var head = Head(result, []);
            var body = StatePatch.Body(state, head, timeline, [.. _scan.Select(s => (s, Recorded(s)))], keys, byPath,
                d => known is null ? EventCache.StatementsDigest(d, offsets: false) : known.GetValueOrDefault(d.Source.Id), out int made);
            if (body is not null)
            {
                _linksMadeAgain = (made, timeline.Documents.Count);
                _patched = true;
                return body;
            }
        }
        return Record(config, result, events, byPath)?.Body();
    }

    /// <summary>The state of a build of <paramref name="result"/>, but for the output's lists and files, which the commit decides.</summary>
    private BuildState? Record(TimelineConfig config, PipelineResult result, EventCache? events, Dictionary<string, DocumentAnalysis> byPath)
    {
        if (_basis is null || result.CacheKeys is not { } keys) return null;
        var timeline = result.Timeline;
        // What the last build recorded of a source whose analysis key is the same is what it would record again: the key names
        // the document and the code that analysed it (and the basis, the config), and the digests and offsets depend on the analysis alone.
        var last = _state is { } state && state.Basis == _basis ? state.Inputs.Where(e => e.Source is not null).ToDictionary(e => e.Path, e => e.Source!, StringComparer.Ordinal) : null;
        var reused = new bool[_scan.Count];
        for (int i = 0; i < _scan.Count; i++)
            reused[i] = last is not null && last.TryGetValue(_scan[i].Path, out var before) && keys.GetValueOrDefault(_scan[i].Path) == before.Key
                && byPath.TryGetValue(_scan[i].Path, out var now) && now.Source.Id == before.Id;
        var positions = new PositionStarts(timeline, last is null ? null : _state, [.. Enumerable.Range(0, _scan.Count)
            .Where(i => reused[i]).Select(i => last![_scan[i].Path])]);
        var linked = new StateLinks(timeline, last is null ? null : _state, [.. Enumerable.Range(0, _scan.Count)
            .Where(i => byPath.ContainsKey(_scan[i].Path)).Select(i => (byPath[_scan[i].Path].Source.Id, reused[i] ? last![_scan[i].Path] : null))]);
        // Worked out by the event cache on the way to its key; again, for the sources not recorded, only if it was not asked.
        var shapeOf = events?.Shapes is { Count: > 0 } known ? known : Enumerable.Range(0, _scan.Count).Where(i => !reused[i] && byPath.ContainsKey(_scan[i].Path))
            .AsParallel().Select(i => byPath[_scan[i].Path])
            .Select(d => (d.Source.Id, Shape: EventCache.StatementsDigest(d, offsets: false)))
            .ToDictionary(x => x.Id, x => x.Shape, StringComparer.Ordinal);
        var included = InputFiles.Filter(config);
        var inputs = new InputEntry[_scan.Count];
        int sources = 0;
        for (int i = 0; i < _scan.Count; i++)
        {
            var stat = _scan[i];
            bool isInput = included(stat.Path);
            SourceEntry? source = null;
            if (isInput && byPath.TryGetValue(stat.Path, out var analysis))
            {
                string id = analysis.Source.Id;
                if (keys.GetValueOrDefault(stat.Path) is not { } key) return null;
                var ownLinks = linked.Of(id, reused[i] ? last![stat.Path] : null);
                var ownPositions = positions.Of(id);
                if (reused[i]) source = last![stat.Path] with { PositionStarts = ownPositions, Links = ownLinks };
                else if (!shapeOf.TryGetValue(id, out byte[]? shape)) return null;
                else source = new SourceEntry(id, key, shape, [.. analysis.Statements.Select(m => m.DateStart)], ownPositions, SourceFace.Digest(analysis.Source), ownLinks);
                sources++;
            }
            inputs[i] = new InputEntry(stat.Path, stat.Length, Recorded(stat), isInput, source);
        }
        // Every source must be a file of the walk: one added between the walk and the read is not described.
        if (sources != timeline.Documents.Count) return null;
        _linksMadeAgain = (linked.MadeAgain, sources);

        return Head(result, inputs) with { EventIds = linked.EventIds };
    }

    /// <summary>The state of a build of <paramref name="result"/> with <paramref name="inputs"/>, but for its event ids and what the commit decides.</summary>
    private BuildState Head(PipelineResult result, IReadOnlyList<InputEntry> inputs)
    {
        var timeline = result.Timeline;
        var published = timeline.Documents.Where(d => d.Source.Published.HasValue).Select(d => d.Source.Published!.Value).ToList();
        return new BuildState
        {
            Basis = _basis!,
            TemplatesFolder = _templatesFolder,
            ListsDigest = "",
            Updated = published.Count > 0 ? published.Max().ToString() : null,
            EventCount = timeline.Events.Count,
            Problems = result.Problems,
            Inputs = inputs,
            EventsKey = timeline.EventsKey,
        };
    }

    /// <summary>
    /// Whether <paramref name="id"/> has a dash and six lowercase hex digits, which an id told apart by a position suffix
    /// (<see cref="EventIds.PositionSuffix"/>) has: few ids do, so the 46,000 suffixes of 10,000 articles are mostly not made.
    /// </summary>
    internal static bool MayHoldASuffix(string id)
    {
        for (int i = id.IndexOf('-'); i >= 0 && i + 6 < id.Length; i = id.IndexOf('-', i + 1))
            if (char.IsAsciiHexDigitLower(id[i + 1]) && char.IsAsciiHexDigitLower(id[i + 2]) && char.IsAsciiHexDigitLower(id[i + 3])
                && char.IsAsciiHexDigitLower(id[i + 4]) && char.IsAsciiHexDigitLower(id[i + 5]) && char.IsAsciiHexDigitLower(id[i + 6]))
                return true;
        return false;
    }

    // File systems that keep whole seconds (or two, FAT) need a wider window than those with fine times (ext4, NTFS, APFS).
    private long Recorded(InputStat stat) =>
        stat.ModifiedTicks >= _scannedAt - (stat.ModifiedTicks % TimeSpan.TicksPerSecond == 0 ? CoarseRacyTicks : RacyTicks) ? -1 : stat.ModifiedTicks;

    private TimelineConfig? _parsedConfig;

    /// <summary>
    /// timeline.yml as this build read it before walking the input (the bytes <see cref="Basis"/> hashes), parsed once: for the delta
    /// build and for the full build after it, which then neither reads nor parses it again and is built with the very config its state
    /// records. Throws <see cref="ConfigException"/> as <see cref="ConfigLoader.LoadFromFolder"/> would.
    /// </summary>
    public TimelineConfig Config() => _parsedConfig ??= LoadConfig();

    private TimelineConfig LoadConfig()
    {
        TimelineConfig config;
        if (_config is null) config = TimelineConfig.Default;
        else
        {
            var bytes = _config;
            config = ConfigSnapshot.Load(bytes, _analysisVersion, _cacheFolder, () =>
            {
                // Decoded as File.ReadAllText decodes it (UTF-8 unless a byte order mark says otherwise, the mark dropped).
                using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                return ConfigLoader.Parse(reader.ReadToEnd(), TimelineConfig.FileName);
            });
        }
        if (_settings.ExcerptsOnly) config.ExcerptsOnly = true;
        return config;
    }

    /// <summary>Everything but the articles that the output depends on: the code, the settings, timeline.yml and the templates.</summary>
    private string Basis(string? templatesFolder)
    {
        var text = new StringBuilder();
        void Line(string name, string? value) => text.Append(name).Append('=').Append(value ?? "\u0000").Append('\n');
        Line("format", Format);
        Line("analysis", _analysisVersion);
        Line("pages", PageFingerprinter.CodeVersion);
        Line("input", _input);
        Line("output", _output);
        Line("templates-option", _settings.Templates is { } option ? Path.GetFullPath(option) : null);
        Line("templates", templatesFolder);
        Line("theme", new TemplateSet(templatesFolder).Hash());
        Line("base-url", _settings.BaseUrl);
        Line("excerpts-only", _settings.ExcerptsOnly ? "true" : "false");
        Line("config", _config is null ? null : Convert.ToHexStringLower(SHA256.HashData(_config)));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private BuildReport? Full(string reason)
    {
        FullBuildReason = reason;
        return null;
    }
}
