using System.Collections.Concurrent;
using Timeline.Core.Events;
using Timeline.Site.Changes;
using Timeline.Site.Model;
using Timeline.Site.Output;
using Timeline.Site.Rendering;

namespace Timeline.Site;

public sealed partial class SiteGenerator
{
    /// <summary>
    /// Which pages are the last build's: those of a template whose shared values (every one it may read,
    /// <see cref="TemplateDependencies"/>) have the digests recorded then, whose own digest is the one recorded, and whose
    /// file and fingerprint in the output are still the ones recorded beside it. Such a page is carried over with that
    /// fingerprint, neither fingerprinted nor rendered. Every other page takes the fingerprint path.
    /// </summary>
    private sealed class PageChanges
    {
        // The templates whose pages' own values ContentDigests covers; other pages (index, lists of sources, 404) are few.
        private static readonly HashSet<string> Digested = new(StringComparer.Ordinal) { "event.sbn", "source.sbn", "page.sbn" };

        private readonly ContentDigests? _digests;
        private readonly string _basis;
        private readonly Dictionary<string, UInt128> _shared;
        private readonly SiteDigests? _last;
        private readonly TemplateDependencies? _dependencies;
        private readonly ConcurrentDictionary<string, bool> _sameShared = new(StringComparer.Ordinal);

        private PageChanges(ContentDigests? digests, string basis, Dictionary<string, UInt128> shared, SiteDigests? last, TemplateDependencies? dependencies)
        {
            _digests = digests;
            _basis = basis;
            _shared = shared;
            _last = last?.Basis == basis ? last : null;
            _dependencies = dependencies;
            if (last is not null && _last is null) _notes["every template"] = "changed since the digests were recorded";
        }

        /// <summary>Nothing recorded, nothing carried over on digests.</summary>
        public static PageChanges None { get; } = new(null, "", [], null, null);

        public static PageChanges Of(TimelineData timeline, SiteModel model, IReadOnlyDictionary<string, object?> shared, TemplateSet templates, PageRenderer renderer, SiteDigests? last)
        {
            var digests = ContentDigests.Of(timeline, model);
            string basis = $"{PageFingerprinter.CodeVersion}\n{templates.Hash()}";
            return new PageChanges(digests, basis, digests.Shared(shared, model), last, new TemplateDependencies(renderer.Parse));
        }

        /// <summary>The digest of everything only this page sees, or null for a page of a template not digested.</summary>
        public UInt128? Digest(PageJob job)
        {
            if (_digests is null || !Digested.Contains(job.Template)) return null;
            // A page's own digests first: each finishes on this thread's hasher before the page's own starts on it.
            var own = new UInt128[job.Extra.Length];
            for (int i = 0; i < own.Length; i++)
            {
                UInt128? digest = job.Extra[i].Value switch
                {
                    EventView e => _digests.Events[e.Id],
                    SourceView s => _digests.Sources[s.Id],
                    PageView p => _digests.Page(p),
                    _ => null,
                };
                if (digest is not { } value) return null;
                own[i] = value;
            }
            var h = ContentDigests.Hasher().Add(job.Template).Add(job.Path).Add(job.Title).Add(job.Root);
            _digests.Listing(h, job.Listing);
            h.Count(own.Length);
            for (int i = 0; i < own.Length; i++) h.Add(job.Extra[i].Key).Add(own[i]);
            return h.Finish();
        }

        /// <summary>The fingerprint to carry the page over with, or null when it must be fingerprinted.</summary>
        public string? Unchanged(string path, string template, UInt128? digest, PreviousSite previous) =>
            digest is { } value && _last is not null && SameShared(template)
            && _last.Pages.TryGetValue(path, out var recorded) && recorded.Digest == value && previous.CanReuse(path, recorded.Fingerprint)
                ? recorded.Fingerprint
                : null;

        private readonly ConcurrentDictionary<string, PageDigest> _texts = new(StringComparer.Ordinal);
        private int _textsCarried;

        /// <summary>How many sources' text files were carried over on their digests.</summary>
        public int TextsCarried => _textsCarried;

        /// <summary>
        /// True when the text file of <paramref name="source"/> at <paramref name="path"/> is the last build's: its source's
        /// digest is the one recorded, and the file in the output still has the bytes recorded beside it.
        /// </summary>
        public bool TextUnchanged(string path, SourceView source, PreviousSite previous)
        {
            if (_digests is null || _last is null || !_last.Texts.TryGetValue(path, out var recorded)
                || recorded.Digest != _digests.Sources[source.Id] || previous.Record(path)?.Hash != recorded.Fingerprint)
                return false;
            _texts[path] = recorded;
            Interlocked.Increment(ref _textsCarried);
            return true;
        }

        /// <summary>Records the text file made for <paramref name="source"/>, and gives it back.</summary>
        public byte[] Text(string path, SourceView source, byte[] content)
        {
            if (_digests is not null) _texts[path] = new PageDigest(_digests.Sources[source.Id], OutputRecord.Of(content).Hash);
            return content;
        }

        private readonly ConcurrentDictionary<string, SplicedFile> _spliced = new(StringComparer.Ordinal);

        /// <summary>The digests of what the site shows; null when none were made.</summary>
        public ContentDigests? Digests => _digests;

        /// <summary>
        /// A splice for the data file at <paramref name="path"/>: from the last build's file when it is still the one recorded, else
        /// one that makes every item (and records them). Null when no digests are made.
        /// </summary>
        public Splice? Splice(string path, PreviousSite previous)
        {
            if (_digests is null) return null;
            var last = _last?.Spliced.GetValueOrDefault(path);
            string? old = last is not null && previous.Record(path)?.Hash == last.Hash ? previous.PathOf(path) : null;
            return new Splice(old is null ? null : last, old);
        }

        /// <summary>Records where the items of a data file written through <paramref name="splice"/> are.</summary>
        public void Spliced(string path, Splice splice) => _spliced[path] = splice.Finish();

        private int _itemsCopied;

        /// <summary>How many items of the data files were copied from the last build's files.</summary>
        public int ItemsCopied => _itemsCopied;

        public void Copied(int items) => Interlocked.Add(ref _itemsCopied, items);

        /// <summary>This build's digests, for the next build; null when none were made.</summary>
        public SiteDigests? Record(IEnumerable<string> paths, UInt128?[] digests, string[] fingerprints)
        {
            if (_digests is null) return null;
            var pages = new Dictionary<string, PageDigest>(StringComparer.Ordinal);
            int i = 0;
            foreach (string path in paths)
            {
                if (digests[i] is { } digest) pages[path] = new PageDigest(digest, fingerprints[i]);
                i++;
            }
            return new SiteDigests(_basis, _shared, pages) 
            {
                Texts = new Dictionary<string, PageDigest>(_texts, StringComparer.Ordinal),
                Spliced = new Dictionary<string, SplicedFile>(_spliced, StringComparer.Ordinal),
            };
        }

        /// <summary>Why the pages of a template were all fingerprinted, by template: the shared value that changed.</summary>
        public IEnumerable<string> Notes => _notes.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => $"{n.Key} {n.Value}");

        private readonly ConcurrentDictionary<string, string> _notes = new(StringComparer.Ordinal);

        // Every shared value the template (with the layout and what it includes) may read has the digest recorded last time.
        private bool SameShared(string template) => _sameShared.GetOrAdd(template, t =>
        {
            if (_dependencies!.Of(t, PageRenderer.Layout) is not { } names)
            {
                _notes[t] = "may read any value";
                return false;
            }
            foreach (string name in names.Order(StringComparer.Ordinal))
            {
                if (_shared.TryGetValue(name, out var digest) && !(_last!.Shared.TryGetValue(name, out var recorded) && recorded == digest))
                {
                    _notes[t] = $"reads `{name}`, which changed";
                    return false;
                }
            }
            return true;
        });
    }
}
