using System.Runtime.CompilerServices;
using System.Collections.Concurrent;
using Timeline.Core.Events;
using Timeline.Site.Changes;
using Timeline.Site.Model;
using Timeline.Site.Output;
using Timeline.Site.Rendering;

namespace Timeline.Site;

public sealed partial class SiteGenerator
{
    /// <summary>True when <paramref name="last"/> was recorded with this code and these templates, so pages may be carried over on it.</summary>
    internal bool Carries(SiteDigests? last) => last is not null && last.Basis == PageChanges.BasisOf(new TemplateSet(options.TemplatesFolder));

    /// <summary>
    /// Which pages are the last build's: those of a template whose shared values (every one it may read,
    /// <see cref="TemplateDependencies"/>) have the digests recorded then, whose own digest is the one recorded, and whose
    /// file and fingerprint in the output are still the ones recorded beside it. Such a page is carried over with that
    /// fingerprint, neither fingerprinted nor rendered. Every other page takes the fingerprint path.
    /// </summary>
    private sealed class PageChanges
    {
        // The templates whose pages' own values ContentDigests (or SourcesPageDigest) covers; the others (index, 404) are two pages.
        private static readonly HashSet<string> Digested = new(StringComparer.Ordinal) { "event.sbn", "source.sbn", "page.sbn", "sources.sbn" };

        // Made beside the pages when no page can be carried over on them (a first build, other code or templates): only the
        // next build needs them then, and the cold build's critical path need not wait for them.
        private readonly Task<ContentDigests>? _made;
        private readonly Func<ContentDigests, Dictionary<string, UInt128>> _sharedOf;
        private readonly Lazy<Dictionary<string, UInt128>> _shared;
        private readonly string _basis;
        private readonly SiteDigests? _last;
        private readonly TemplateDependencies? _dependencies;
        private readonly ConcurrentDictionary<string, bool> _sameShared = new(StringComparer.Ordinal);

        private PageChanges(Task<ContentDigests>? made, Func<ContentDigests, Dictionary<string, UInt128>> sharedOf, string basis, SiteDigests? last, TemplateDependencies? dependencies, Func<int>? keyed = null)
        {
            if (keyed is not null) _keyed = keyed;
            _made = made;
            _sharedOf = sharedOf;
            _shared = new Lazy<Dictionary<string, UInt128>>(() => _made is null ? [] : _sharedOf(Digests!));
            _basis = basis;
            _last = last?.Basis == basis ? last : null;
            _dependencies = dependencies;
            if (last is not null && _last is null) _notes["every template"] = "changed since the digests were recorded";
        }

        /// <summary>Nothing recorded, nothing carried over on digests.</summary>
        public static PageChanges None { get; } = new(null, _ => [], "", null, null);

        /// <param name="sources">The sources' digests when already made; else they are made here, from <paramref name="keys"/> where known.</param>
        /// <param name="own">The events' own digests when made beside the model (<see cref="ContentDigests.OwnDigests"/>).</param>
        public static PageChanges Of(TimelineData timeline, SiteModel model, IReadOnlyDictionary<string, object?> shared, TemplateSet templates, PageRenderer renderer, SiteDigests? last,
            SourceDigests? sources, IReadOnlyDictionary<string, string?>? keys, UInt128[]? own = null)
        {
            string basis = BasisOf(templates);
            ContentDigests Make() => ContentDigests.Of(timeline, model, sources ??= SourceDigests.Of(timeline, keys), own);
            var made = last?.Basis == basis ? Task.FromResult(Make()) : Task.Run(Make);
            return new PageChanges(made, digests => digests.Shared(shared, model), basis, last, new TemplateDependencies(renderer.Parse), () => sources?.Keyed ?? 0);
        }

        private readonly Func<int> _keyed = () => 0;

        /// <summary>How many sources' digests were made from their analysis keys (once the digests are made).</summary>
        public int SourcesKeyed => _made is null ? 0 : _keyed();

        /// <summary>What recorded digests must have been made with to be used: this code and these templates.</summary>
        public static string BasisOf(TemplateSet templates) => $"{PageFingerprinter.CodeVersion}\n{templates.Hash()}";

        /// <summary>The digests of what the site shows (waiting for them if they are still being made); null when none are made.</summary>
        public ContentDigests? Digests => _made?.GetAwaiter().GetResult();

        /// <summary>The digest of everything only this page sees, or null for a page of a template not digested.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public UInt128? Digest(PageJob job)
        {
            if (Digests is not { } digests || !Digested.Contains(job.Template)) return null;
            // A page's own digests first: each finishes on this thread's hasher before the page's own starts on it.
            var own = new UInt128[job.Extra.Length];
            for (int i = 0; i < own.Length; i++)
            {
                UInt128? digest = job.Extra[i].Value switch
                {
                    EventView e => digests.Events[e.Id],
                    SourceView s => digests.Sources[s.Id],
                    PageView p => digests.Page(p),
                    SourcesPageView l => SourcesPageDigest.Of(l),
                    _ => null,
                };
                if (digest is not { } value) return null;
                own[i] = value;
            }
            var h = ContentDigests.Hasher().Add(job.Template).Add(job.Path).Add(job.Title).Add(job.Root);
            digests.Listing(h, job.Listing);
            h.Count(own.Length);
            for (int i = 0; i < own.Length; i++) h.Add(job.Extra[i].Key).Add(own[i]);
            return h.Finish();
        }

        /// <summary>The digest of the shared value <paramref name="name"/> (<see cref="ContentDigests.Shared"/>), made once per build.</summary>
        public UInt128? SharedDigest(string name) => _shared.Value.TryGetValue(name, out var digest) ? digest : null;

        /// <summary>Whether a page's digest is needed before it is rendered: only when pages may be carried over on digests.</summary>
        public bool Carries => _last is not null;

        /// <summary>
        /// Whether the page at <paramref name="path"/>, whose own inputs the caller knows to be those the last build recorded (its event's
        /// or source's digest is the recorded one), is carried over as recorded without being looked at: its template's shared values are
        /// the recorded ones, and the output still holds the page with the fingerprint recorded beside its digest. No digest is made and
        /// no string decoded: <paramref name="entry"/> is its entry in the recorded file, written again as it is (<see cref="Record"/>).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool CarriesAsRecorded(string path, string template, PreviousSite previous, out int entry)
        {
            entry = -1;
            if (_last?.PageEntries is not { } recorded || !SameShared(template) || (entry = recorded.Find(path)) < 0) return false;
            var list = previous.Fingerprints;
            if (list.Find(path) is not (>= 0 and var line)) return false;
            var prefix = list.Prefix(line);
            var fingerprint = SiteDigests.FingerprintOf(recorded, entry);
            return prefix.Length == fingerprint.Length + 1 && prefix.StartsWith(fingerprint) && previous.IntactLine(path) >= 0;
        }

        /// <summary>The fingerprint to carry the page over with, or null when it must be fingerprinted.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public string? Unchanged(string path, string template, UInt128? digest, PreviousSite previous) =>
            digest is { } value && _last is not null && SameShared(template)
            && _last.Pages.TryGetNext(path, ref t_nextPage, out var recorded) && recorded.Digest == value && previous.CanReuse(path, recorded.Fingerprint)
                ? recorded.Fingerprint
                : null;

        // The entry of the recorded pages (texts) each thread tries first: the loop hands each thread runs of pages in the order they
        // were recorded, so a lookup mostly compares one key instead of hashing and probing (KeyIndex.Find with a hint).
        [ThreadStatic] private static int t_nextPage;
        [ThreadStatic] private static int t_nextText;

        private readonly ConcurrentDictionary<string, PageDigest> _texts = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, (string Source, string Hash)> _textsMade = new(StringComparer.Ordinal);
        private int _textsCarried;

        /// <summary>How many sources' text files were carried over on their digests.</summary>
        public int TextsCarried => _textsCarried;

        /// <summary>
        /// True when the text file of <paramref name="source"/> at <paramref name="path"/> is the last build's: its source's
        /// digest is the one recorded, and the file in the output still has the bytes recorded beside it.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool TextUnchanged(string path, SourceView source, PreviousSite previous)
        {
            if (_last is null || Digests is not { } digests || !_last.Texts.TryGetNext(path, ref t_nextText, out var recorded)
                || recorded.Digest != digests.Sources[source.Id] || previous.Record(path)?.Hash != recorded.Fingerprint)
                return false;
            _texts[path] = recorded;
            Interlocked.Increment(ref _textsCarried);
            return true;
        }

        /// <summary>Records the text file made for <paramref name="source"/>, and gives it back.</summary>
        public byte[] Text(string path, SourceView source, byte[] content)
        {
            // Its source's digest is looked up when the digests are recorded: a first build makes them beside the pages.
            if (_made is not null) _textsMade[path] = (source.Id, OutputRecord.Of(content).Hash);
            return content;
        }

        // The feed carried as recorded, or the one written: its entries' indexes and its hash, head and threshold (its entries' own digests
        // are taken when recorded, the digests made by then).
        private FeedRecord? _feedCarried;
        private (IReadOnlyList<int> Entries, string Hash, UInt128 Head, string? Threshold)? _feedWritten;
        private TimelineData? _feedOf;

        /// <summary>Whether feed.xml was carried over as the last build recorded it.</summary>
        public bool FeedCarried => _feedCarried is not null;

        /// <summary>
        /// feed.xml, or null to carry the last build's over: when <paramref name="timeline"/>'s changes are relative to the events the
        /// last build recorded, the output still holds the feed recorded with them, and no change reaches it (<see cref="FeedRecord.Holds"/>).
        /// The feed written or carried is recorded for the next build (when digests are made).
        /// </summary>
        public byte[]? Feed(TimelineData timeline, SiteModel model, PreviousSite previous)
        {
            var head = Feeds.AtomFeed.Head(model.Site);
            // Recorded by the same code (the basis names it), which wrote the feed the way this build would. With a basis, the digests
            // are made before the pages (not beside them), so the changed events' own digests are there to compare.
            if (_made is not null && _last is { Feed: { } last } recorded && timeline.Changes is { } changes && recorded.Events?.Key == changes.Since
                && previous.Record(Feeds.AtomFeed.Path)?.Hash == last.Hash && last.Holds(timeline, model, changes, head, Digests!.OwnDigestsMade))
            {
                _feedCarried = last;
                return null;
            }
            var content = Feeds.AtomFeed.Write(model, out var entries, out string? threshold);
            if (_made is not null)
            {
                _feedWritten = (entries, OutputRecord.Of(content).Hash, head, threshold);
                _feedOf = timeline;
            }
            return content;
        }

        private FeedRecord? FeedRecorded(ContentDigests digests) => _feedCarried ?? (_feedWritten is var (entries, hash, head, threshold)
            ? new FeedRecord(hash, head, threshold, [.. entries.Select(i => _feedOf!.Events[i].Id)], [.. entries.Select(i => digests.OwnDigestsMade[i])])
            : null);

        private readonly ConcurrentDictionary<string, Splice> _spliced = new(StringComparer.Ordinal);

        /// <summary>
        /// A splice for the data file at <paramref name="path"/>: from the last build's file when it is still the one recorded, else
        /// one that makes every item (and records them). Null when no digests are made.
        /// </summary>
        public Splice? Splice(string path, PreviousSite previous)
        {
            if (_made is null) return null;
            var last = _last?.Spliced.GetValueOrDefault(path);
            string? old = last is not null && previous.Record(path)?.Hash == last.Hash ? previous.PathOf(path) : null;
            return new Splice(old is null ? null : last, old);
        }

        /// <summary>Records where the items of a data file written through <paramref name="splice"/> are.</summary>
        public void Spliced(string path, Splice splice) => _spliced[path] = splice;

        private int _itemsCopied;

        /// <summary>How many items of the data files were copied from the last build's files.</summary>
        public int ItemsCopied => _itemsCopied;

        public void Copied(int items) => Interlocked.Add(ref _itemsCopied, items);

        /// <summary>This build's digests, for the next build; null when none were made.</summary>
        /// <remarks>Pages whose digest was not needed during the render (<see cref="Carries"/> false) are digested here.</remarks>
        /// <param name="carried">The recorded entries of the pages carried over as recorded (<see cref="CarriesAsRecorded"/>), not among <paramref name="jobs"/>.</param>
        public SiteDigests? Record(IReadOnlyList<PageJob> jobs, UInt128?[] digests, string[] fingerprints, int[]? carried = null)
        {
            if (_made is null) return null;
            // Waited for here, on the caller's thread: the loop's threads must not each block on a task that needs the pool.
            _ = _made.GetAwaiter().GetResult();
            if (!Carries) Parallel.For(0, jobs.Count, i => digests[i] ??= Digest(jobs[i]));
            var pages = new Dictionary<string, PageDigest>(StringComparer.Ordinal);
            for (int i = 0; i < jobs.Count; i++)
            {
                if (digests[i] is { } digest) pages[jobs[i].Path] = new PageDigest(digest, fingerprints[i]);
            }
            return new SiteDigests(_basis, _shared.Value, pages)
            {
                CarriedPages = carried is { Length: > 0 } && _last?.PageEntries is { } from ? (from, carried) : null,
                Texts = _texts.Concat(_textsMade.Select(t => KeyValuePair.Create(t.Key, new PageDigest(Digests!.Sources[t.Value.Source], t.Value.Hash))))
                    .ToDictionary(StringComparer.Ordinal),
                Spliced = _spliced.ToDictionary(s => s.Key, s => s.Value.Finish(), StringComparer.Ordinal),
                Feed = FeedRecorded(Digests!),
            };
        }

        /// <summary>Why the pages of a template were all fingerprinted, by template: the shared value that changed.</summary>
        public IEnumerable<string> Notes => _notes.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => $"{n.Key} {n.Value}");

        private readonly ConcurrentDictionary<string, string> _notes = new(StringComparer.Ordinal);

        // Every shared value the template (with the layout and what it includes) may read has the digest recorded last time. Looked up
        // first: GetOrAdd with this lambda, which captures the instance, made a delegate for each of 56,700 carried pages.
        private bool SameShared(string template) => _sameShared.TryGetValue(template, out bool same) ? same : _sameShared.GetOrAdd(template, t =>
        {
            if (_dependencies!.Of(t, PageRenderer.Layout) is not { } names)
            {
                _notes[t] = "may read any value";
                return false;
            }
            foreach (string name in names.Order(StringComparer.Ordinal))
            {
                if (_shared.Value.TryGetValue(name, out var digest) && !(_last!.Shared.TryGetValue(name, out var recorded) && recorded == digest))
                {
                    _notes[t] = $"reads `{name}`, which changed";
                    return false;
                }
            }
            return true;
        });
    }
}
