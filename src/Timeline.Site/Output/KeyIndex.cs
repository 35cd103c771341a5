using System.Buffers;
using System.IO.Hashing;
using System.Text;

namespace Timeline.Site.Output;

/// <summary>
/// Finds an entry of a record file by its key (a path, an id) where the key is, as UTF-8, inside the file's bytes: no
/// string is made for an entry until it is asked for. A build reads lists of 60,000–150,000 entries and looks up a few of
/// them (or each once): a dictionary of strings cost it a string per entry and most of the time of reading the list.
/// </summary>
internal sealed class KeyIndex
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly byte[] _bytes;
    private readonly int[] _start, _length;
    // Open addressing: an entry's number + 1 at the first free slot from its key's hash; 0 is free.
    private readonly int[] _slots;
    private readonly int _mask;

    public KeyIndex(byte[] bytes, int capacity)
    {
        _bytes = bytes;
        _start = new int[capacity];
        _length = new int[capacity];
        int size = 16;
        while (size < capacity * 2) size <<= 1;
        _slots = new int[size];
        _mask = size - 1;
    }

    /// <summary>How many entries were added.</summary>
    public int Count { get; private set; }

    /// <summary>The bytes the keys are in.</summary>
    public byte[] Bytes => _bytes;

    /// <summary>
    /// Appends the entry whose key is the bytes at <paramref name="start"/>, to be found once <see cref="Index"/> is called: a file
    /// of several tables is walked once, and its tables are indexed side by side.
    /// </summary>
    public void Append(int start, int length)
    {
        _start[_appended] = start;
        _length[_appended++] = length;
    }

    private int _appended;

    /// <summary>Makes the entries appended findable; false when a key was appended twice.</summary>
    public bool Index()
    {
        int appended = _appended;
        _appended = 0;
        for (int entry = 0; entry < appended; entry++)
            if (!Add(_start[entry], _length[entry])) return false;
        return true;
    }

    /// <summary>Adds the entry whose key is the bytes at <paramref name="start"/>; false (and nothing added) when the key is already there.</summary>
    public bool Add(int start, int length)
    {
        var key = _bytes.AsSpan(start, length);
        int slot = (int)(XxHash3.HashToUInt64(key) & (uint)_mask);
        while (_slots[slot] != 0)
        {
            int other = _slots[slot] - 1;
            if (_bytes.AsSpan(_start[other], _length[other]).SequenceEqual(key)) return false;
            slot = (slot + 1) & _mask;
        }
        _start[Count] = start;
        _length[Count] = length;
        _slots[slot] = ++Count;
        return true;
    }

    /// <summary>The number of the entry with <paramref name="key"/>, in the order they were added; -1 when there is none.</summary>
    public int Find(ReadOnlySpan<char> key)
    {
        int most = Utf8.GetMaxByteCount(key.Length);
        byte[]? rented = most > 512 ? ArrayPool<byte>.Shared.Rent(most) : null;
        Span<byte> buffer = rented ?? stackalloc byte[512];
        try
        {
            return Find(buffer[..Utf8.GetBytes(key, buffer)]);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// <see cref="Find(ReadOnlySpan{char})"/>, looking at entry <paramref name="hint"/> first: a build that asks for the entries in the
    /// order they were recorded (a data file's items, 147,000 at 10,000 articles) compares one key in place of hashing it and probing.
    /// </summary>
    public int Find(ReadOnlySpan<char> key, int hint)
    {
        if ((uint)hint < (uint)Count)
        {
            var at = Key(hint);
            // As many UTF-8 bytes as chars only for ASCII: anything else is looked up the usual way.
            if (at.Length == key.Length && Ascii.Equals(at, key)) return hint;
        }
        return Find(key);
    }

    /// <summary>The number of the entry whose key has the UTF-8 bytes <paramref name="key"/>; -1 when there is none.</summary>
    public int Find(ReadOnlySpan<byte> key)
    {
        int slot = (int)(XxHash3.HashToUInt64(key) & (uint)_mask);
        while (_slots[slot] != 0)
        {
            int entry = _slots[slot] - 1;
            if (_bytes.AsSpan(_start[entry], _length[entry]).SequenceEqual(key)) return entry;
            slot = (slot + 1) & _mask;
        }
        return -1;
    }

    /// <summary>Where the key of <paramref name="entry"/> starts in <see cref="Bytes"/>.</summary>
    public int Start(int entry) => _start[entry];

    /// <summary>Where the key of <paramref name="entry"/> ends in <see cref="Bytes"/> (what follows it starts there).</summary>
    public int End(int entry) => _start[entry] + _length[entry];

    public ReadOnlySpan<byte> Key(int entry) => _bytes.AsSpan(_start[entry], _length[entry]);

    public string KeyString(int entry) => Utf8.GetString(Key(entry));
}
