using System.Buffers;
using System.Buffers.Binary;
using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Timeline.Site.Rendering;

/// <summary>
/// A SHA-256 of a view value as templates see it: strings, numbers, lists, and records by their
/// public properties in name order (including those <c>timeline.json</c> leaves out, such as
/// <c>listed_href</c>). Every value is tagged and every string length-prefixed, so two different
/// values never write the same bytes. The same value gives the same hash on every machine and culture.
/// </summary>
internal static class ViewHash
{
    private static readonly ConcurrentDictionary<Type, Shape> Shapes = new();

    public static byte[] Of(object? value)
    {
        var writer = new Writer();
        try
        {
            writer.Value(value);
            return writer.Finish();
        }
        finally
        {
            writer.Dispose();
        }
    }

    private sealed record Member(string Name, Func<object, object?> Get);

    /// <summary>A record type's members, and a tag naming the type and its members, written once per value instead of every name.</summary>
    private sealed record Shape(long Tag, Member[] Members);

    // Most values are a few hundred bytes; the buffer is rented, as a page's fingerprint hashes several.
    private sealed class Writer : IDisposable
    {
        private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        private int _used;

        public byte[] Finish()
        {
            Flush();
            return _sha.GetHashAndReset();
        }

        public void Dispose()
        {
            _sha.Dispose();
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        public void Value(object? value)
        {
            switch (value)
            {
                case null:
                    Tag(0);
                    break;
                case string s:
                    Tag(1);
                    String(s);
                    break;
                case bool b:
                    Tag(b ? (byte)2 : (byte)3);
                    break;
                case int or long or short or byte or uint or ulong or ushort or sbyte:
                    Tag(4);
                    Int64(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
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
                    var shape = Shapes.GetOrAdd(value.GetType(), Describe);
                    Int64(shape.Tag);
                    foreach (var member in shape.Members) Value(member.Get(value));
                    Tag(11);
                    break;
            }
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

        private void String(string s)
        {
            Int64(s.Length);
            var bytes = MemoryMarshal.AsBytes(s.AsSpan());
            if (bytes.Length > _buffer.Length / 2)
            {
                Flush();
                _sha.AppendData(bytes);
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
            _sha.AppendData(_buffer, 0, _used);
            _used = 0;
        }
    }

    private static Shape Describe(Type type)
    {
        var members = type
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new Member(p.Name, Getter(type, p)))
            .ToArray();
        string signature = string.Join('\n', [type.FullName ?? type.Name, .. members.Select(m => m.Name)]);
        long tag = BinaryPrimitives.ReadInt64LittleEndian(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(signature)));
        return new Shape(tag, members);
    }

    private static Func<object, object?> Getter(Type type, PropertyInfo property)
    {
        var target = Expression.Parameter(typeof(object));
        var read = Expression.Property(Expression.Convert(target, type), property);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), target).Compile();
    }
}
