using System.IO.Hashing;
using System.Text;
using Timeline.Site.Changes;
using Timeline.Site.Output;

namespace Timeline.Site.Tests;

/// <summary>
/// A data file written through <see cref="Splice"/> from the last one is the file a build without a last file writes, byte for
/// byte, whatever changed where; and the items copied are read and written in runs, not one by one.
/// </summary>
public sealed class SpliceTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "timeline-splice-" + Guid.NewGuid().ToString("N"));

    public SpliceTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private sealed record Written(byte[] Bytes, SplicedFile File, int Copied, int Runs);

    /// <summary>Writes the items as the data files do: a header, the items one per line with a comma before each but the first, a footer.</summary>
    private static Written Write(IReadOnlyList<(string Key, string Text)> items, Stream output, SplicedFile? last = null, string? oldFile = null)
    {
        using var splice = new Splice(last, oldFile);
        var stream = splice.Begin(output);
        stream.Write("{\"items\": ["u8);
        bool first = true;
        foreach (var (key, text) in items)
        {
            stream.Write(first ? "\n"u8 : ",\n"u8);
            first = false;
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            splice.Item(key, () => XxHash128.HashToUInt128(bytes), () => stream.Write(bytes));
        }
        stream.Write("\n]}\n"u8);
        stream.Flush();
        splice.End();
        return new Written(output is MemoryStream m ? m.ToArray() : [], splice.Finish(), splice.Copied, splice.Runs);
    }

    private Written Cold(IReadOnlyList<(string Key, string Text)> items) => Write(items, new MemoryStream());

    /// <summary>Writes <paramref name="items"/> spliced from <paramref name="last"/>, whose bytes are in a file as a build leaves them.</summary>
    private Written Spliced(Written last, IReadOnlyList<(string Key, string Text)> items)
    {
        string old = Path.Combine(_folder, Guid.NewGuid().ToString("N"));
        File.WriteAllBytes(old, last.Bytes);
        return Write(items, new MemoryStream(), last.File, old);
    }

    private static List<(string Key, string Text)> Items(int count, int seed, int shortest = 20, int longest = 400)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(i => ($"e:{i}", Text(random, i, shortest, longest))).ToList();
    }

    private static string Text(Random random, int id, int shortest, int longest) =>
        $"{{\"id\": {id}, \"text\": \"{new string((char)('a' + random.Next(26)), random.Next(shortest, longest))}\"}}";

    private static void ShouldBeTheColdFile(Written spliced, IReadOnlyList<(string Key, string Text)> items)
    {
        var cold = Write(items, new MemoryStream());
        spliced.Bytes.ShouldBe(cold.Bytes);
        spliced.File.Hash.ShouldBe(cold.File.Hash);
        spliced.File.Hash.ShouldBe(ContentHash.Hex(spliced.Bytes));
        spliced.File.Items.ShouldBe(cold.File.Items, ignoreOrder: true);
    }

    public static TheoryData<string, string> Edits()
    {
        var data = new TheoryData<string, string>();
        foreach (string where in new[] { "start", "middle", "end" })
            foreach (string edit in new[] { "insert", "remove", "change", "same length" })
                data.Add(edit, where);
        return data;
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public void EditedItems_GiveTheColdFileByteForByte(string edit, string where)
    {
        var before = Items(500, seed: 7);
        var last = Cold(before);
        var after = before.ToList();
        int at = where switch { "start" => 0, "middle" => after.Count / 2, _ => after.Count - 1 };
        switch (edit)
        {
            case "insert":
                after.Insert(where == "end" ? after.Count : at, ("e:new", Text(new Random(1), 9999, 20, 400)));
                break;
            case "remove":
                after.RemoveAt(at);
                break;
            case "change":
                after[at] = (after[at].Key, after[at].Text + "x");
                break;
            default:
                after[at] = (after[at].Key, after[at].Text.Replace('"', '\'')); // the same length, other bytes
                break;
        }

        var spliced = Spliced(last, after);

        ShouldBeTheColdFile(spliced, after);
        spliced.Copied.ShouldBe(edit is "insert" ? before.Count : before.Count - 1);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ManyEditsOverAFileOfManyBlocks_GiveTheColdFileByteForByte(int seed)
    {
        // Items up to 3 KB over about 6 MB: runs cross the 1 MB blocks the copies are read in, with separators laid over them.
        var before = Items(4000, seed, shortest: 200, longest: 3000);
        var last = Cold(before);
        var random = new Random(seed);
        var after = before.ToList();
        for (int n = 0; n < 40; n++)
        {
            int at = random.Next(after.Count);
            switch (random.Next(3))
            {
                case 0: after.Insert(at, ($"e:new{n}", Text(random, 10000 + n, 200, 3000))); break;
                case 1: after.RemoveAt(at); break;
                default: after[at] = (after[at].Key, Text(random, 20000 + n, 200, 3000)); break;
            }
        }
        // And one item larger than a block, changed.
        after[after.Count / 3] = (after[after.Count / 3].Key, Text(random, 30000, SpliceOutput.BufferSize + 10, SpliceOutput.BufferSize + 20));

        var spliced = Spliced(last, after);

        ShouldBeTheColdFile(spliced, after);
        spliced.Copied.ShouldBeGreaterThan(3800);
        // And spliced again from that file, nothing changed: copied whole, in one run.
        var again = Spliced(spliced, after);
        ShouldBeTheColdFile(again, after);
        again.Runs.ShouldBe(1);
    }

    [Fact]
    public void FirstItemRemoved_TheSeparatorBeforeTheNewFirstIsWrittenAfresh()
    {
        // The new first item had ",\n" before it in the last file and has "\n" now: the run cannot simply go on.
        var before = Items(50, seed: 3);
        var after = before.Skip(1).ToList();

        var spliced = Spliced(Cold(before), after);

        ShouldBeTheColdFile(spliced, after);
    }

    [Fact]
    public void UnchangedItems_AreCopiedInOneRun_AndWrittenInFewBlocks()
    {
        var items = Items(2000, seed: 5);
        var last = Cold(items);
        string old = Path.Combine(_folder, "old");
        File.WriteAllBytes(old, last.Bytes);
        var output = new CountingStream();

        var spliced = Write(items, output, last.File, old);

        spliced.Copied.ShouldBe(items.Count);
        spliced.Runs.ShouldBe(1);
        output.Length.ShouldBe(last.Bytes.Length);
        output.Writes.ShouldBeLessThanOrEqualTo(1 + last.Bytes.Length / SpliceOutput.BufferSize);
    }

    [Fact]
    public void OneItemChanged_SplitsTheCopyInTwoRuns()
    {
        var items = Items(2000, seed: 6);
        var last = Cold(items);
        items[1000] = (items[1000].Key, items[1000].Text + "changed");

        var spliced = Spliced(last, items);

        spliced.Runs.ShouldBe(2);
        ShouldBeTheColdFile(spliced, items);
    }

    [Fact]
    public void SplicedIntoAStagedFile_TakesItsHash_AndLeavesItWhole()
    {
        // A staged site's file hashes what it is given: the splice takes that hash rather than hashing the bytes again.
        var items = Items(300, seed: 9);
        var last = Cold(items);
        string old = Path.Combine(_folder, "staged-old");
        File.WriteAllBytes(old, last.Bytes);
        items.Insert(150, ("e:new", "{\"id\": -1}"));
        var file = new MemoryStream();
        using var staged = new HashingStream(file);

        var spliced = Write(items, staged, last.File, old);

        string expected = ContentHash.Hex(file.ToArray());
        spliced.File.Hash.ShouldBe(expected);
        staged.Hash().ShouldBe(expected); // still the whole file's: taking it did not reset it
        file.ToArray().ShouldBe(Cold(items).Bytes);
    }

    [Fact]
    public void LastFileShorterThanRecorded_IsAnError_NotAShortFile()
    {
        var items = Items(100, seed: 8);
        var last = Cold(items);
        string old = Path.Combine(_folder, "short");
        File.WriteAllBytes(old, last.Bytes[..(last.Bytes.Length / 2)]);

        Should.Throw<IOException>(() => Write(items, new MemoryStream(), last.File, old));
    }

    [Fact]
    public void RunsOfRecordedItems_AreRecordedAgainMovedByTheirShift_WhateverTheLengthOfTheirKeys()
    {
        // Read back from a file: a run's entries are then written from the bytes they were read from, keys longer than 127 bytes too.
        string longKey = "e:" + new string('x', 200), longerKey = "e:" + new string('y', 20_000);
        var recorded = new Dictionary<string, SplicedItem>(StringComparer.Ordinal)
        {
            ["c:"] = new(1u, 0, 0), ["e:a"] = new(2u, 10, 5), [longKey] = new(3u, 17, 40), [longerKey] = new(UInt128.MaxValue, 59, 7), ["e:\U0001F600"] = new(5u, 68, 3),
        };
        Record(new SplicedFile("old", recorded));
        var last = OrderedItems.Of(SiteDigests.Read(_folder)!.Spliced["f"].Items);
        var made = new SplicedItems(
        [
            new("c:", new(9u, 0, 0), null, 0, 0, 0),
            new(null, default, last, 2, 5, 1000),
            new("e:new", new(8u, 1200, 30), null, 0, 0, 0),
            new(null, default, last, 1, 2, 1230 - 10),
        ]);

        Record(new SplicedFile("new", made));

        var read = SiteDigests.Read(_folder)!.Spliced["f"].Items;
        KeyValuePair<string, SplicedItem>[] expected =
        [
            new("c:", new(9u, 0, 0)), new(longKey, new(3u, 1017, 40)), new(longerKey, new(UInt128.MaxValue, 1059, 7)), new("e:\U0001F600", new(5u, 1068, 3)),
            new("e:new", new(8u, 1200, 30)), new("e:a", new(2u, 1230, 5)),
        ];
        read.ToList().ShouldBe(expected);
        made.ToList().ShouldBe(expected);
    }

    private void Record(SplicedFile file) =>
        new SiteDigests("basis", new Dictionary<string, UInt128>(), new Dictionary<string, PageDigest>()) { Spliced = new Dictionary<string, SplicedFile> { ["f"] = file } }.Write(_folder);

    /// <summary>Counts the writes that reach it, keeping only the length.</summary>
    private sealed class CountingStream : WriteOnlyStream
    {
        public int Writes { get; private set; }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes++;
            Written += buffer.Length;
        }

        public override void Flush()
        {
        }
    }
}
