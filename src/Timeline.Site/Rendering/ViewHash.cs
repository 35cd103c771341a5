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
/// </summary>
internal static class ViewHash
{
    private static readonly ConcurrentDictionary<Type, Shape> Shapes = new();
    private static readonly ConcurrentDictionary<Type, Shape> PropertyShapes = new();

    public static byte[] Of(object? value) => Of(value, cut: true);

    /// <summary>The same hash, every property read as a template reads it (for tests: the text ranges hashed in place must agree).</summary>
    internal static byte[] OfProperties(object? value) => Of(value, cut: false);

    // A page's fingerprint hashes several values; each thread keeps a writer (its hash state and buffer) for the next.
    [ThreadStatic] private static Writer? t_writer;

    private static byte[] Of(object? value, bool cut)
    {
        var writer = cut ? t_writer ?? new Writer(Shapes, cut: true) : new Writer(PropertyShapes, cut: false);
        if (cut) t_writer = null; // taken while in use: a value whose getter hashed another could not share it
        writer.Value(value);
        byte[] hash = writer.Finish();
        if (cut) t_writer = writer;
        return hash;
    }

    /// <summary>A record type's members, each written by its own typed writer, and a tag naming the type and its members.</summary>
    internal sealed record Shape(long Tag, Action<Writer, object>[] Members);

    /// <summary>Writes values into a hash through a buffer; <see cref="Finish"/> leaves it ready for the next value.</summary>
    internal sealed class Writer(ConcurrentDictionary<Type, Shape> shapes, bool cut)
    {
        private readonly XxHash128 _hash = new();
        private readonly byte[] _buffer = new byte[16 * 1024];
        private int _used;

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
                    Tag(10);
                    var shape = shapes.GetOrAdd(value.GetType(), static (t, cut) => Describe(t, cut), cut);
                    Int64(shape.Tag);
                    foreach (var member in shape.Members) member(this, value);
                    Tag(11);
                    break;
            }
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
        return new Shape(tag, properties.Select(p => (cut ? Cut(type, p.Name) : null) ?? Member(type, p)).ToArray());
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
