using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;
using Timeline.Site.Output;

namespace Timeline.Site.Rendering;

/// <summary>
/// The fingerprint of a page: a hash (<see cref="ContentHash"/>) of the code that renders it, the whole template set, and
/// the value of every global variable its templates mention (<see cref="TemplateDependencies"/>).
/// Two renders with the same fingerprint write the same bytes, so a page whose fingerprint is
/// unchanged since the last build need not be rendered again.
/// </summary>
internal sealed class PageFingerprinter
{
    private readonly TemplateDependencies _dependencies;
    private readonly IReadOnlyDictionary<string, object?> _shared;
    private readonly byte[] _baseline;
    private readonly ConcurrentDictionary<string, Lazy<byte[]>> _sharedHashes = new(StringComparer.Ordinal);
    // Per template: the names it reads in ordinal order, or null for any; and each name as the bytes hashed before its value.
    private readonly ConcurrentDictionary<string, string[]?> _names = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _lines = new(StringComparer.Ordinal);
    // An event is on its own page and its year's (twice there: the page and its listing); each is hashed once.
    private readonly ViewHash.Memo _memo = new();

    private readonly Func<string, UInt128?>? _sharedDigest;

    /// <param name="sharedDigest">The digest of a shared value to fingerprint pages with in place of hashing the value, or null for the
    /// hash (<c>ContentDigests.OfTimeline</c>: the lists of every event, whose hash would make every event's view).</param>
    public PageFingerprinter(TemplateSet templates, PageRenderer renderer, IReadOnlyDictionary<string, object?> shared, Func<string, UInt128?>? sharedDigest = null)
    {
        _sharedDigest = sharedDigest;
        _dependencies = new TemplateDependencies(renderer.Parse);
        _shared = shared;
        _baseline = Encoding.UTF8.GetBytes($"{CodeVersion}\n{templates.Hash()}\n");
    }

    /// <summary>
    /// The code between a view model and its bytes: this assembly (templates' helpers, escaping)
    /// and Scriban's. A deterministic build gives the same module id for the same source.
    /// </summary>
    public static string CodeVersion { get; } =
        $"{typeof(PageFingerprinter).Assembly.ManifestModule.ModuleVersionId:N}/{typeof(Scriban.Template).Assembly.ManifestModule.ModuleVersionId:N}";

    /// <param name="template">The page template, rendered inside the layout.</param>
    /// <param name="page">The page's own globals, which take precedence over the shared ones.</param>
    public string Of(string template, IReadOnlyDictionary<string, object?> page)
    {
        var names = _names.GetOrAdd(template, t => _dependencies.Of(t, PageRenderer.Layout)?.Order(StringComparer.Ordinal).ToArray())
            ?? _shared.Keys.Concat(page.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var hash = t_hash ?? new XxHash128();
        t_hash = null; // taken while in use, and left behind if a value fails to hash half-way
        hash.Append(_baseline);
        hash.Append(Line(template));
        foreach (string name in names)
        {
            byte[] value;
            if (page.TryGetValue(name, out object? own)) value = ViewHash.Of(own, _memo);
            else if (_shared.ContainsKey(name)) value = SharedHash(name);
            else continue; // a loop variable, a function: not an input
            hash.Append(Line(name));
            hash.Append(value);
        }
        string fingerprint = ContentHash.Hex(hash);
        t_hash = hash;
        return fingerprint;
    }

    [ThreadStatic] private static XxHash128? t_hash;

    private byte[] Line(string name) => _lines.GetOrAdd(name, n => Encoding.UTF8.GetBytes(n + "\n"));

    // Shared values (all events, all sources) are large: each is hashed once per build, and only if a page reads it.
    private byte[] SharedHash(string name) =>
        _sharedHashes.GetOrAdd(name, n => new Lazy<byte[]>(() => _sharedDigest?.Invoke(n) is { } digest ? Bytes(digest) : ViewHash.Of(_shared[n], _memo))).Value;

    private static byte[] Bytes(UInt128 digest)
    {
        var bytes = new byte[16];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128LittleEndian(bytes, digest);
        return bytes;
    }
}
