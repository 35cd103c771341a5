using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Timeline.Site.Output;

namespace Timeline.Site.Changes;

/// <summary>A data file's items as recorded, by their place in the file (entry 0 first): what <see cref="EventRuns"/> walks.</summary>
internal abstract class OrderedItems
{
    public abstract int Count { get; }

    /// <summary>The key of <paramref name="entry"/> as UTF-8 bytes.</summary>
    public abstract ReadOnlySpan<byte> Key(int entry);

    public abstract string KeyString(int entry);

    public abstract SplicedItem Item(int entry);

    /// <summary>Writes the record of <paramref name="entry"/>, moved by <paramref name="shift"/>, as <see cref="SiteDigests.Write"/> writes an item.</summary>
    public virtual void Write(SiteDigests.Writer writer, int entry, long shift)
    {
        var item = Item(entry);
        writer.String(KeyString(entry));
        writer.Digest(item.Digest);
        writer.Int64(item.Offset + shift);
        writer.Int32(item.Length);
    }

    /// <summary>The items in the order they were recorded: those read from a file in place, others (made in this process) listed once.</summary>
    public static OrderedItems Of(IReadOnlyDictionary<string, SplicedItem> items) => items is KeyedRecords<SplicedItem> keyed ? new Keyed(keyed) : new Listed(items);

    private sealed class Keyed(KeyedRecords<SplicedItem> records) : OrderedItems
    {
        public override int Count => records.Count;

        public override ReadOnlySpan<byte> Key(int entry) => records.KeyAt(entry);

        public override string KeyString(int entry) => records.KeyStringAt(entry);

        public override SplicedItem Item(int entry) => records.ValueAt(entry);

        // The key's bytes as they were read, after their length as Writer.String writes it (7 bits a byte): no string is made.
        public override void Write(SiteDigests.Writer writer, int entry, long shift)
        {
            var key = records.KeyAt(entry);
            Span<byte> length = stackalloc byte[5];
            int used = 0;
            uint value = (uint)key.Length;
            for (; value >= 0x80; value >>= 7) length[used++] = (byte)((value & 0x7F) | 0x80);
            length[used++] = (byte)value;
            writer.Bytes(length[..used]);
            writer.Bytes(key);
            var item = records.ValueAt(entry);
            writer.Digest(item.Digest);
            writer.Int64(item.Offset + shift);
            writer.Int32(item.Length);
        }
    }

    private sealed class Listed(IReadOnlyDictionary<string, SplicedItem> items) : OrderedItems
    {
        private readonly KeyValuePair<string, SplicedItem>[] _items = [.. items];
        private readonly byte[][] _keys = [.. items.Select(i => Encoding.UTF8.GetBytes(i.Key))];

        public override int Count => _items.Length;

        public override ReadOnlySpan<byte> Key(int entry) => _keys[entry];

        public override string KeyString(int entry) => _items[entry].Key;

        public override SplicedItem Item(int entry) => _items[entry].Value;
    }
}

/// <summary>
/// The items of a data file as a build wrote them, in the file's order: those made one by one, and the runs copied whole from the last
/// file (<see cref="Splice.Run"/>), each of whose entries is the last file's record moved by the run's shift. A run's entries are not
/// made into strings unless they are read: a dated edit copies 140,000 items of three files in a few runs.
/// </summary>
internal sealed class SplicedItems : IReadOnlyDictionary<string, SplicedItem>
{
    /// <summary>One item made (<paramref name="Key"/> set), or the entries [<paramref name="From"/>, <paramref name="To"/>) of <paramref name="Source"/> moved by <paramref name="Shift"/>.</summary>
    internal readonly record struct Part(string? Key, SplicedItem Item, OrderedItems? Source, int From, int To, long Shift)
    {
        public int Count => Key is not null ? 1 : To - From;
    }

    private readonly List<Part> _parts;
    private Dictionary<string, SplicedItem>? _byKey;

    public SplicedItems(List<Part> parts)
    {
        _parts = parts;
        foreach (var part in parts) Count += part.Count;
    }

    public int Count { get; }

    public IEnumerator<KeyValuePair<string, SplicedItem>> GetEnumerator()
    {
        foreach (var part in _parts)
        {
            if (part.Key is not null)
            {
                yield return KeyValuePair.Create(part.Key, part.Item);
                continue;
            }
            for (int entry = part.From; entry < part.To; entry++)
            {
                var item = part.Source!.Item(entry);
                yield return KeyValuePair.Create(part.Source.KeyString(entry), item with { Offset = item.Offset + part.Shift });
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Writes every item in order as <see cref="SiteDigests.Write"/> does, each entry of a run from the bytes it was read from.</summary>
    public void WriteTo(SiteDigests.Writer writer)
    {
        foreach (var part in _parts)
        {
            if (part.Key is not null)
            {
                writer.String(part.Key);
                writer.Digest(part.Item.Digest);
                writer.Int64(part.Item.Offset);
                writer.Int32(part.Item.Length);
                continue;
            }
            for (int entry = part.From; entry < part.To; entry++) part.Source!.Write(writer, entry, part.Shift);
        }
    }

    // Looked up by key only where this build's records are used in the same process (tests); a build reads them back from the file.
    private Dictionary<string, SplicedItem> ByKey => _byKey ??= this.ToDictionary(StringComparer.Ordinal);

    public SplicedItem this[string key] => ByKey[key];

    public IEnumerable<string> Keys => this.Select(i => i.Key);

    public IEnumerable<SplicedItem> Values => this.Select(i => i.Value);

    public bool ContainsKey(string key) => ByKey.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out SplicedItem value) => ByKey.TryGetValue(key, out value);
}
