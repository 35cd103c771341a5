using System.Text;
using Shouldly;
using Timeline.Site.Output;
using Xunit;

namespace Timeline.Site.Tests;

/// <summary>Entries of a record file found by key in its bytes (<see cref="KeyIndex"/>, <see cref="KeyedRecords{T}"/>), with or without a hint.</summary>
public sealed class KeyIndexTests
{
    // Keys one after another, each followed by a one-byte value: ASCII, non-ASCII, and one whose UTF-8 is as long as another's chars.
    private static readonly string[] Keys = ["e:alpha", "e:b\u00e9ta", "s:gamma", "e:\U0001F600", "e:delta"];

    private static KeyedRecords<byte> Records()
    {
        var bytes = new List<byte>();
        var index = new List<(int Start, int Length)>();
        for (int i = 0; i < Keys.Length; i++)
        {
            byte[] key = Encoding.UTF8.GetBytes(Keys[i]);
            index.Add((bytes.Count, key.Length));
            bytes.AddRange(key);
            bytes.Add((byte)(10 + i));
        }
        var keys = new KeyIndex([.. bytes], Keys.Length);
        foreach (var (start, length) in index) keys.Append(start, length);
        keys.Index().ShouldBeTrue();
        return new KeyedRecords<byte>(keys, (b, at) => b[at]);
    }

    [Fact]
    public void TryGetNext_FindsEveryKey_InOrder_AndMovesPastTheOneFound()
    {
        var records = Records();
        int next = 0;
        for (int i = 0; i < Keys.Length; i++)
        {
            records.TryGetNext(Keys[i], ref next, out byte value).ShouldBeTrue(Keys[i]);
            value.ShouldBe((byte)(10 + i));
            next.ShouldBe(i + 1);
        }
    }

    [Fact]
    public void TryGetNext_WithAWrongHint_FindsTheKeyAnyway_AndNothingForAKeyNotRecorded()
    {
        var records = Records();
        int next = 4;
        records.TryGetNext("e:alpha", ref next, out byte value).ShouldBeTrue();
        (value, next).ShouldBe(((byte)10, 1));
        next = 0;
        records.TryGetNext("e:b\u00e9ta", ref next, out value).ShouldBeTrue();
        (value, next).ShouldBe(((byte)11, 2));
        next = 3;
        records.TryGetNext("e:\U0001F600", ref next, out value).ShouldBeTrue();
        value.ShouldBe((byte)13);
        // "e:alphb" has the hinted key's length and all but its last letter: never taken for it.
        next = 0;
        records.TryGetNext("e:alphb", ref next, out _).ShouldBeFalse();
        next.ShouldBe(0);
        next = 99;
        records.TryGetNext("e:gamma", ref next, out _).ShouldBeFalse();
    }
}
