using System.Buffers.Binary;
using System.Collections;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Timeline.Site.Model;

namespace Timeline.Site.Rendering;

/// <summary>
/// A hash (XxHash128) of a view value as templates see it: strings, numbers, lists, and records by their
/// public properties in name order (including those <c>timeline.json</c> leaves out, such as
/// <c>listed_href</c>). Every value is tagged and every string length-prefixed, so two different
/// values never write the same bytes. The same value gives the same hash on every machine and culture.
/// A record that many pages show (an event: on its own page and its year's; a decade of a year page) is written as
/// its own hash, so that a <see cref="Memo"/> can hash it once per build rather than once per page that reads it.
/// </summary>
internal static class ViewHash
{
    private static readonly ConcurrentDictionary<Type, Shape> Shapes = new();
    private static readonly ConcurrentDictionary<Type, Shape> PropertyShapes = new();

    public static byte[] Of(object? value) => Of(value, cut: true, memo: null);

    /// <summary>The same hash, taking the hashes of the records it holds that <paramref name="memo"/> already knows, and adding those it does not.</summary>
    public static byte[] Of(object? value, Memo memo) => Of(value, cut: true, memo);

    /// <summary>The same hash, every property read as a template reads it (for tests: the text ranges hashed in place must agree).</summary>
    internal static byte[] OfProperties(object? value) => Of(value, cut: false, memo: null);

    /// <summary>The hashes of records written as their own hash, by reference: for values that do not change while it is used (one build's view).</summary>
    internal sealed class Memo
    {
        private readonly ConcurrentDictionary<object, byte[]> _hashes = new(ReferenceEqualityComparer.Instance);

        public bool TryGet(object record, out byte[] hash) => _hashes.TryGetValue(record, out hash!);

        public void Add(object record, byte[] hash) => _hashes.TryAdd(record, hash);
    }

    // The records written as their own hash: those a build shows on more than one page.
    private static bool IsShared(Type type) => type == typeof(EventView) || type == typeof(DecadeView);

    // A page's fingerprint hashes several values; each thread keeps a writer (its hash state and buffer) for the next.
    [ThreadStatic] private static Writer? t_writer;

    private static byte[] Of(object? value, bool cut, Memo? memo)
    {
        var writer = cut ? t_writer ?? new Writer(Shapes, cut: true) : new Writer(PropertyShapes, cut: false);
        if (cut) t_writer = null; // taken while in use: a value whose getter hashed another could not share it
        writer.Memo = memo;
        writer.Value(value);
        byte[] hash = writer.Finish();
        writer.Memo = null;
        if (cut) t_writer = writer;
        return hash;
    }

    /// <summary>A record type's members, each written by its own typed writer, and a tag naming the type and its members.</summary>
    /// <param name="Shared">Written as its own hash (<see cref="IsShared"/>).</param>
    internal sealed record Shape(long Tag, Action<Writer, object>[] Members, bool Shared);

    /// <summary>Writes values into a hash through a buffer; <see cref="Finish"/> leaves it ready for the next value.</summary>
    internal sealed class Writer(ConcurrentDictionary<Type, Shape> shapes, bool cut)
    {
        private readonly XxHash128 _hash = new();
        private readonly byte[] _buffer = new byte[16 * 1024];
        private int _used;
        // Hashes a shared record on its own while this writer is in the middle of the value holding it.
        private Writer? _inner;

        public Memo? Memo { get; set; }

        public byte[] Finish()
        {
            Flush();
            return _hash.GetHashAndReset();
        }

        public void Value(object? value)
        {
            switch (value)
            {
                case null:
                    Tag(0);
                    break;
                case string s:
                    StringValue(s);
                    break;
                case bool b:
                    BoolValue(b);
                    break;
                case int or long or short or byte or uint or ulong or ushort or sbyte:
                    Int64Value(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case double d:
                    Tag(5);
                    Int64(BitConverter.DoubleToInt64Bits(d));
                    break;
                case Enum e:
                    Tag(6);
                    String(e.ToString());
                    break;
                case IEnumerable items:
                    Tag(7);
                    foreach (object? item in items)
                    {
                        Tag(8);
                        Value(item);
                    }
                    Tag(9);
                    break;
                default:
                    var shape = shapes.GetOrAdd(value.GetType(), static (t, cut) => Describe(t, cut), cut);
                    if (shape.Shared)
                    {
                        Tag(12);
                        Bytes(HashAlone(value, shape));
                    }
                    else
                    {
                        Record(value, shape);
                    }
                    break;
            }
        }

        private void Record(object value, Shape shape)
        {
            Tag(10);
            Int64(shape.Tag);
            foreach (var member in shape.Members) member(this, value);
            Tag(11);
        }

        private byte[] HashAlone(object value, Shape shape)
        {
            if (Memo is not null && Memo.TryGet(value, out byte[] known)) return known;
            var inner = _inner ??= new Writer(shapes, cut);
            inner.Memo = Memo;
            inner.Record(value, shape);
            byte[] hash = inner.Finish();
            inner.Memo = null;
            Memo?.Add(value, hash);
            return hash;
        }

        // The typed forms of Value, for members read without boxing; each writes what Value writes for the same value.
        public void StringValue(string? s)
        {
            if (s is null) Tag(0);
            else StringValue(s.AsSpan());
        }

        public void StringValue(ReadOnlySpan<char> s)
        {
            Tag(1);
            String(s);
        }

        public void BoolValue(bool b) => Tag(b ? (byte)2 : (byte)3);

        public void Int64Value(long value)
        {
            Tag(4);
            Int64(value);
        }

        private void Tag(byte tag)
        {
            Reserve(1);
            _buffer[_used++] = tag;
        }

        private void Int64(long value)
        {
            Reserve(8);
            BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(_used), value);
            _used += 8;
        }

        private void Bytes(ReadOnlySpan<byte> bytes)
        {
            Reserve(bytes.Length);
            bytes.CopyTo(_buffer.AsSpan(_used));
            _used += bytes.Length;
        }

        private void String(ReadOnlySpan<char> s)
        {
            Int64(s.Length);
            var bytes = MemoryMarshal.AsBytes(s);
            if (bytes.Length > _buffer.Length / 2)
            {
                Flush();
                _hash.Append(bytes);
                return;
            }
            Reserve(bytes.Length);
            bytes.CopyTo(_buffer.AsSpan(_used));
            _used += bytes.Length;
        }

        private void Reserve(int count)
        {
            if (_used + count > _buffer.Length) Flush();
        }

        private void Flush()
        {
            _hash.Append(_buffer.AsSpan(0, _used));
            _used = 0;
        }
    }

    private static Shape Describe(Type type, bool cut)
    {
        var properties = type
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToArray();
        string signature = string.Join('\n', [type.FullName ?? type.Name, .. properties.Select(p => p.Name)]);
        long tag = BinaryPrimitives.ReadInt64LittleEndian(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(signature)));
        return new Shape(tag, properties.Select(p => (cut ? Cut(type, p.Name) : null) ?? Member(type, p)).ToArray(), IsShared(type));
    }

    // Segments and quotes cut their text from a longer string when a property is read; hashing the range
    // itself writes the same bytes without the copy (a source page's fingerprint reads its whole text).
    private static Action<Writer, object>? Cut(Type type, string property) => (type.Name, property) switch
    {
        (nameof(SegmentView), nameof(SegmentView.Text)) when type == typeof(SegmentView) => (w, v) => w.StringValue(((SegmentView)v).AsSpan()),
        (nameof(QuoteView), nameof(QuoteView.Before)) when type == typeof(QuoteView) => (w, v) => w.StringValue(Before((QuoteView)v)),
        (nameof(QuoteView), nameof(QuoteView.After)) when type == typeof(QuoteView) => (w, v) => w.StringValue(After((QuoteView)v)),
        _ => null,
    };

    private static ReadOnlySpan<char> Before(QuoteView quote) => quote.ToString().AsSpan(0, quote.DateAt);

    private static ReadOnlySpan<char> After(QuoteView quote) => quote.ToString().AsSpan(quote.DateAt + quote.Date.Length);

    /// <summary>Writes one property as <see cref="Writer.Value"/> would, without boxing a string, bool or whole number.</summary>
    private static Action<Writer, object> Member(Type type, PropertyInfo property)
    {
        var writer = Expression.Parameter(typeof(Writer));
        var target = Expression.Parameter(typeof(object));
        Expression read = Expression.Property(Expression.Convert(target, type), property);
        string method = property.PropertyType switch
        {
            var t when t == typeof(string) => nameof(Writer.StringValue),
            var t when t == typeof(bool) => nameof(Writer.BoolValue),
            var t when t == typeof(int) || t == typeof(long) => nameof(Writer.Int64Value),
            _ => nameof(Writer.Value),
        };
        if (method == nameof(Writer.Int64Value)) read = Expression.Convert(read, typeof(long));
        if (method == nameof(Writer.Value)) read = Expression.Convert(read, typeof(object));
        var call = Expression.Call(writer, typeof(Writer).GetMethod(method, [read.Type])!, read);
        return Expression.Lambda<Action<Writer, object>>(call, writer, target).Compile();
    }
}
