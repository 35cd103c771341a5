using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Timeline.Site.Output;

/// <summary>
/// Each page of a build with its fingerprint, in the order the pages were made, and which of them were carried over with the
/// fingerprint the output's <c>.timeline-pages</c> already gives them. Read as a dictionary by path (a lookup builds the index
/// on first use); a commit that patches the list reads only <see cref="NotCarried"/>: a dated edit at 10,000 articles carries
/// 56,700 pages of 56,700, which were sorted into a dictionary and each looked up in the list again to find them unchanged.
/// </summary>
/// <remarks>Paths are distinct (each is a file of the site); the order of enumeration is not sorted, and nothing relies on it.</remarks>
internal sealed class PageList : IReadOnlyDictionary<string, string>
{
    private readonly string[] _paths;
    private readonly string?[] _fingerprints;
    private readonly bool[] _carried;
    private readonly Lazy<Dictionary<string, int>> _index;
    private readonly Func<string, string?>? _listed;

    /// <param name="carried">True for a page carried over with the fingerprint recorded for it in the output's list (checked there).</param>
    public PageList(string[] paths, string[] fingerprints, bool[] carried) : this(paths, fingerprints, carried, [], null)
    {
    }

    /// <param name="unread">Pages carried over with the fingerprint the output's list gives them, which is not read unless asked for
    /// (by <paramref name="listed"/>): a rebuild carries most pages without looking at them.</param>
    public PageList(string[] paths, string[] fingerprints, bool[] carried, string[] unread, Func<string, string?>? listed)
    {
        if (fingerprints.Length != paths.Length || carried.Length != paths.Length) throw new ArgumentException("one fingerprint and one flag per page");
        if (unread.Length > 0 && listed is null) throw new ArgumentException("pages whose fingerprint is unread need the list that gives it");
        _paths = unread.Length == 0 ? paths : [.. paths, .. unread];
        _fingerprints = unread.Length == 0 ? (string?[])fingerprints : [.. fingerprints, .. new string?[unread.Length]];
        _carried = unread.Length == 0 ? carried : [.. carried, .. Enumerable.Repeat(true, unread.Length)];
        _listed = listed;
        _index = new Lazy<Dictionary<string, int>>(() =>
        {
            var index = new Dictionary<string, int>(_paths.Length, StringComparer.Ordinal);
            for (int i = 0; i < _paths.Length; i++) index.Add(_paths[i], i);
            return index;
        });
        for (int i = 0; i < _carried.Length; i++)
            if (_carried[i]) CarriedCount++;
    }

    // A fingerprint not read yet is read from the output's list when first asked for (a commit that swaps the site lists them all).
    private string FingerprintAt(int i) => _fingerprints[i] ??= _listed!(_paths[i]) ?? throw new InvalidOperationException($"'{_paths[i]}' is not in the output's list of pages");

    /// <summary>How many pages were carried over with their recorded fingerprint.</summary>
    public int CarriedCount { get; }

    /// <summary>The pages not carried over, with their fingerprints: the only ones whose line in the list may differ.</summary>
    public IEnumerable<KeyValuePair<string, string>> NotCarried
    {
        get
        {
            for (int i = 0; i < _paths.Length; i++)
                if (!_carried[i]) yield return KeyValuePair.Create(_paths[i], FingerprintAt(i));
        }
    }

    public int Count => _paths.Length;

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"'{key}' is not a page");

    public IEnumerable<string> Keys => _paths;

    public IEnumerable<string> Values => Enumerable.Range(0, _paths.Length).Select(FingerprintAt);

    public bool ContainsKey(string key) => _index.Value.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        bool found = _index.Value.TryGetValue(key, out int i);
        value = found ? FingerprintAt(i) : null;
        return found;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (int i = 0; i < _paths.Length; i++) yield return KeyValuePair.Create(_paths[i], FingerprintAt(i));
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
