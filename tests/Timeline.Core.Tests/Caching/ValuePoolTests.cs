using Timeline.Core.Caching;
using Timeline.Temporal;

namespace Timeline.Core.Tests.Caching;

/// <summary><see cref="ValuePool"/>: a stored time value read once per distinct bytes, and exactly as a plain read gives it.</summary>
public sealed class ValuePoolTests
{
    private static byte[] Written(params TimeValue[] values)
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream))
            foreach (var v in values) AnalysisSerializer.WriteValue(w, v);
        return stream.ToArray();
    }

    private static List<TimeValue> ReadAll(byte[] bytes, int count, bool pooled)
    {
        using var r = new BinaryReader(new MemoryStream(bytes, writable: false));
        var values = new List<TimeValue>();
        for (int i = 0; i < count; i++) values.Add(pooled ? ValuePool.Read(r, bytes) : AnalysisSerializer.ReadValue(r));
        r.BaseStream.Position.ShouldBe(bytes.Length);
        return values;
    }

    [Fact]
    public void TheSameBytes_GiveTheSameInstance_EqualToAPlainRead()
    {
        TimeValue[] values =
        [
            TimeValue.Day(2011, 3, 3), TimeValue.Day(2011, 3, 3), TimeValue.Day(2011, 3, 3, TimeModifier.Approximate),
            TimeValue.Unresolved("PRESENT_REF", TimePrecision.Day), TimeValue.Year(1953), TimeValue.Day(2011, 3, 3),
        ];
        byte[] bytes = Written(values);

        var pooled = ReadAll(bytes, values.Length, pooled: true);

        pooled.ShouldBe(ReadAll(bytes, values.Length, pooled: false));
        pooled.ShouldBe(values);
        pooled[1].ShouldBeSameAs(pooled[0]);
        pooled[5].ShouldBeSameAs(pooled[0]);
        pooled[2].ShouldNotBeSameAs(pooled[0], "another modifier is other bytes");
    }

    [Fact]
    public void AValueCutShort_DoesNotReadBack_AsWithAPlainRead()
    {
        byte[] whole = Written(TimeValue.Day(2011, 3, 3));
        // Read once whole, so that the pool knows these bytes: a cut copy must still not be taken for them.
        ReadAll(whole, 1, pooled: true);
        foreach (int length in new[] { 1, whole.Length / 2, whole.Length - 1 })
        {
            byte[] cut = whole[..length];
            var plain = Should.Throw<Exception>(() => ReadAll(cut, 1, pooled: false));
            Should.Throw<Exception>(() => ReadAll(cut, 1, pooled: true)).GetType().ShouldBe(plain.GetType());
        }
    }

    [Fact]
    public void ABadValue_IsRejected_AsWithAPlainRead()
    {
        byte[] bytes = Written(TimeValue.Day(2011, 3, 3));
        // The end date (the last six bytes: year, month, day) set before the start: the order is checked as a plain read checks it.
        bytes[^6..^2].AsSpan().Clear();
        Array.Copy(BitConverter.GetBytes(1900), 0, bytes, bytes.Length - 6, 4);

        Should.Throw<ArgumentException>(() => ReadAll(bytes, 1, pooled: false));
        Should.Throw<ArgumentException>(() => ReadAll(bytes, 1, pooled: true));
    }
}
