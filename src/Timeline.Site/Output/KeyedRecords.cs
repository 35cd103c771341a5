using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Timeline.Site.Output;

/// <summary>
/// Records of a file read as bytes, by key (<see cref="KeyIndex"/>): a record is decoded when it is looked up, by
/// <paramref name="valueAt"/> from where its key ends. A build looks up each of 60,000–150,000 recorded digests at
/// most once, and most of them never.
/// </summary>
internal sealed class KeyedRecords<T>(KeyIndex index, Func<byte[], int, T> valueAt) : IReadOnlyDictionary<string, T>
{
    public int Count => index.Count;

    public T this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"'{key}' is not recorded");

    public bool ContainsKey(string key) => index.Find(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out T value)
    {
        int entry = index.Find(key);
        value = entry >= 0 ? valueAt(index.Bytes, index.End(entry)) : default;
        return entry >= 0;
    }

    /// <summary>
    /// <see cref="TryGetValue"/> for records asked for in the order they were recorded: <paramref name="next"/> is the entry tried first,
    /// and is moved past the one found.
    /// </summary>
    public bool TryGetNext(string key, ref int next, [MaybeNullWhen(false)] out T value)
    {
        int entry = index.Find(key, next);
        value = entry >= 0 ? valueAt(index.Bytes, index.End(entry)) : default;
        if (entry >= 0) next = entry + 1;
        return entry >= 0;
    }

    /// <summary>The key of the record <paramref name="entry"/> (in the order recorded), as its UTF-8 bytes.</summary>
    public ReadOnlySpan<byte> KeyAt(int entry) => index.Key(entry);

    /// <summary>The key of the record <paramref name="entry"/>, as a string.</summary>
    public string KeyStringAt(int entry) => index.KeyString(entry);

    /// <summary>The record <paramref name="entry"/>, in the order recorded: a data file's items walked in order (<see cref="Changes.EventRuns"/>).</summary>
    public T ValueAt(int entry) => valueAt(index.Bytes, index.End(entry));

    public IEnumerable<string> Keys => this.Select(kv => kv.Key);

    public IEnumerable<T> Values => this.Select(kv => kv.Value);

    public IEnumerator<KeyValuePair<string, T>> GetEnumerator()
    {
        for (int entry = 0; entry < index.Count; entry++)
            yield return KeyValuePair.Create(index.KeyString(entry), valueAt(index.Bytes, index.End(entry)));
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Lookups of records asked for mostly in the order they were recorded.</summary>
internal static class RecordsInOrder
{
    /// <summary>
    /// <see cref="KeyedRecords{T}.TryGetNext"/> when <paramref name="records"/> were read from a file (<see cref="KeyedRecords{T}"/>);
    /// a plain lookup for records made in this build.
    /// </summary>
    public static bool TryGetNext<T>(this IReadOnlyDictionary<string, T> records, string key, ref int next, [MaybeNullWhen(false)] out T value) =>
        records is KeyedRecords<T> keyed ? keyed.TryGetNext(key, ref next, out value) : records.TryGetValue(key, out value);
}
