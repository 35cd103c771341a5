using System.Text;
using Shouldly;
using Timeline.Site.Changes;
using Timeline.Site.Output;
using Timeline.Tests.Shared;
using Xunit;

namespace Timeline.Site.Tests;

/// <summary>The output's lists held as read and patched (<see cref="OutputList"/>), the site digests decoded on lookup, and the in-place commit that uses them.</summary>
public sealed class OutputRecordsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static readonly string Hash = new('a', ContentHash.HexLength);

    // Paths that sort differently as UTF-8 bytes and as UTF-16 (a private-use character against one beyond the plane), with spaces.
    private static Dictionary<string, OutputRecord> Records() => new(StringComparer.Ordinal)
    {
        ["a b/c d.html"] = new(Hash, 1),
        ["events/\uE000.html"] = new(Hash, 22),
        ["events/\U0001F600.html"] = new(Hash, 333),
        ["events/x.html"] = new(Hash, 0),
        ["index.html"] = new(Hash, 4444),
    };

    private static OutputList Parse(string text) =>
        OutputList.Parse(Encoding.UTF8.GetBytes(text), OutputRecord.Header, OutputList.AfterRecord) ?? throw new ShouldAssertException("not read as it is");

    [Fact]
    public void Patch_OfTheHashList_GivesWhatFormattingTheChangedRecordsWholeGives()
    {
        var records = Records();
        var list = Parse(OutputRecord.Format(records));
        string other = new('b', ContentHash.HexLength);
        var changes = new List<(string, string?)>
        {
            ("events/\U0001F600.html", $"{other} 7 events/\U0001F600.html"),
            ("0 first.html", $"{other} 1 0 first.html"),
            ("events/\uE001.html", $"{other} 2 events/\uE001.html"),
            ("zz/last.html", $"{other} 3 zz/last.html"),
            ("events/x.html", null),
        };
        records["events/\U0001F600.html"] = new(other, 7);
        records["0 first.html"] = new(other, 1);
        records["events/\uE001.html"] = new(other, 2);
        records["zz/last.html"] = new(other, 3);
        records.Remove("events/x.html");

        Encoding.UTF8.GetString(list.Patch(changes)).ShouldBe(OutputRecord.Format(records));
        Encoding.UTF8.GetString(list.Patch([])).ShouldBe(OutputRecord.Format(Records()));
    }

    [Fact]
    public void AListNotExactlyAsFormatted_IsNotReadAsItIs_ButAsItsReaderOfOldReadsIt()
    {
        string formatted = OutputRecord.Format(Records());
        string[] lines = formatted.Split('\n');
        string swapped = string.Join('\n', [lines[0], lines[2], lines[1], .. lines[3..]]);
        OutputList.Parse(Encoding.UTF8.GetBytes(swapped), OutputRecord.Header, OutputList.AfterRecord).ShouldBeNull("out of order");
        OutputList.Parse(Encoding.UTF8.GetBytes(formatted.Replace($"{Hash} 22 ", $"{Hash} 022 ")), OutputRecord.Header, OutputList.AfterRecord)
            .ShouldBeNull("a length is never formatted with a leading zero");
        OutputList.Parse(Encoding.UTF8.GetBytes(formatted + lines[1] + "\n"), OutputRecord.Header, OutputList.AfterRecord).ShouldBeNull("a path twice");
        OutputList.Parse(Encoding.UTF8.GetBytes(formatted.TrimEnd('\n')), OutputRecord.Header, OutputList.AfterRecord).ShouldBeNull("no line feed at the end");

        var read = OutputList.Of(Encoding.UTF8.GetBytes(swapped), OutputRecord.Header, OutputList.AfterRecord, () => formatted);
        read.Exact.ShouldBeFalse();
        Encoding.UTF8.GetString(read.Bytes).ShouldBe(formatted);
        OutputList.Of(Encoding.UTF8.GetBytes(formatted), OutputRecord.Header, OutputList.AfterRecord, () => "").Exact.ShouldBeTrue();
    }

    [Fact]
    public void SiteDigests_ReadBack_FindEveryEntry_WhateverTheLengthOfItsKey()
    {
        string longKey = "sources/" + new string('x', 200) + ".html", longerKey = new('y', 20_000);
        var pages = new Dictionary<string, PageDigest>(StringComparer.Ordinal)
        {
            ["index.html"] = new(1u, Hash),
            [longKey] = new(UInt128.MaxValue, new string('c', ContentHash.HexLength)),
            [longerKey] = new(3u, Hash),
            ["events/\U0001F600.html"] = new(4u, Hash),
        };
        var items = new Dictionary<string, SplicedItem>(StringComparer.Ordinal) { ["e1"] = new(5u, 10, 20), [longKey] = new(6u, long.MaxValue, int.MaxValue) };
        new SiteDigests("basis", new Dictionary<string, UInt128>(StringComparer.Ordinal) { ["decades"] = 7u }, pages)
        {
            Texts = new Dictionary<string, PageDigest>(StringComparer.Ordinal) { ["data/sources/a.json"] = new(8u, Hash) },
            Spliced = new Dictionary<string, SplicedFile>(StringComparer.Ordinal) { ["timeline.json"] = new("h", items) },
        }.Write(_temp.Path);

        var read = SiteDigests.Read(_temp.Path).ShouldNotBeNull();
        read.Basis.ShouldBe("basis");
        read.Shared["decades"].ShouldBe((UInt128)7);
        read.Pages.Count.ShouldBe(pages.Count);
        foreach (var (path, page) in pages) read.Pages[path].ShouldBe(page);
        read.Pages.ContainsKey("missing.html").ShouldBeFalse();
        read.Pages.OrderBy(p => p.Key, StringComparer.Ordinal).ShouldBe(pages.OrderBy(p => p.Key, StringComparer.Ordinal));
        read.Texts["data/sources/a.json"].ShouldBe(new PageDigest(8u, Hash));
        read.Spliced["timeline.json"].Hash.ShouldBe("h");
        foreach (var (key, item) in items) read.Spliced["timeline.json"].Items[key].ShouldBe(item);
        read.Spliced["timeline.json"].Items.TryGetValue("e2", out _).ShouldBeFalse();
    }

    [Fact]
    public void SiteDigests_Damaged_AreNotRead()
    {
        new SiteDigests("basis", new Dictionary<string, UInt128>(), new Dictionary<string, PageDigest> { ["index.html"] = new(1u, Hash) }).Write(_temp.Path);
        string path = Path.Combine(_temp.Path, SiteDigests.FileName);
        byte[] bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 1;
        File.WriteAllBytes(path, bytes);

        SiteDigests.Read(_temp.Path).ShouldBeNull();
    }

    private string Output => _temp.Combine("site");

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private void WriteSite(int pages)
    {
        var files = Enumerable.Range(0, pages).ToDictionary(i => $"events/{i:000}.html", i => Bytes($"<p>{i}</p>"));
        SiteWriter.WriteChanges(Output, files);
    }

    /// <summary>An in-place build of the site in <see cref="Output"/> that writes <paramref name="changed"/> and carries every other file over.</summary>
    private StagedSite InPlace(IReadOnlyDictionary<string, byte[]> changed, IEnumerable<string>? removed = null)
    {
        var staged = StagedSite.Begin(Output, inPlace: true);
        var gone = (removed ?? []).ToHashSet(StringComparer.Ordinal);
        foreach (string path in staged.Previous.Paths.ToList())
        {
            if (!changed.ContainsKey(path) && !gone.Contains(path)) staged.Add(path, (byte[]?)null);
        }
        foreach (var (path, content) in changed) staged.Write(path, content);
        return staged;
    }

    [Fact]
    public void InPlaceBuild_ChecksTheRecordedFiles_BeforeThePagesAskForThem()
    {
        WriteSite(40);
        using var staged = StagedSite.Begin(Output, inPlace: true);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (staged.Previous.Checked < 40 && clock.Elapsed < TimeSpan.FromSeconds(20)) Thread.Sleep(5);
        staged.Previous.Checked.ShouldBe(40);
    }

    [Fact]
    public void BuildThatSwapsTheSite_DoesNotCheckTheFilesAhead()
    {
        WriteSite(40);
        using var staged = StagedSite.Begin(Output, inPlace: false);
        Thread.Sleep(100);
        staged.Previous.Checked.ShouldBe(0);
    }

    [Fact]
    public void BackgroundCheck_HasStopped_WhenTheStagedSiteIsDisposedOrCommitted()
    {
        WriteSite(3000);
        var staged = StagedSite.Begin(Output, inPlace: true);
        staged.Dispose();
        staged.Previous.IsChecking.ShouldBeFalse();
        int checkedThen = staged.Previous.Checked;
        Thread.Sleep(50);
        staged.Previous.Checked.ShouldBe(checkedThen);

        using var again = StagedSite.Begin(Output, inPlace: true);
        again.Commit(new Dictionary<string, string>());
        again.Previous.IsChecking.ShouldBeFalse();
    }

    [Fact]
    public void AFileEditedBeforeTheBuild_IsStillRefused_WhenCheckedInTheBackground()
    {
        WriteSite(10);
        string page = Path.Combine(Output, "events", "004.html");
        File.WriteAllText(page, "<p>mine</p>");
        File.SetLastWriteTimeUtc(page, DateTime.UtcNow.AddMinutes(1));
        using var staged = StagedSite.Begin(Output, inPlace: true);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (staged.Previous.Checked < 10 && clock.Elapsed < TimeSpan.FromSeconds(20)) Thread.Sleep(5);
        staged.Previous.IntactLine("events/004.html").ShouldBe(-1);
        staged.Previous.IntactLine("events/005.html").ShouldBeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public void InPlaceCommit_OfAPageList_KeepsTheLinesOfCarriedPages_AndPatchesTheOthers()
    {
        WriteSite(20);
        string One = new('1', ContentHash.HexLength), Two = new('2', ContentHash.HexLength), Three = new('3', ContentHash.HexLength);
        var recorded = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < 20; i++) recorded[$"events/{i:000}.html"] = One;
        using (var first = InPlace(new Dictionary<string, byte[]>()))
            first.Commit(recorded);

        // events/005 is flagged carried with a fingerprint unlike its line: a carried page's line is taken as it is, never looked up.
        var paths = new List<string>();
        var fingerprints = new List<string>();
        var carried = new List<bool>();
        for (int i = 0; i < 20; i++)
        {
            if (i == 7) continue;
            paths.Add($"events/{i:000}.html");
            fingerprints.Add(i is 3 or 5 ? Two : One);
            carried.Add(i != 3);
        }
        paths.Add("about.html");
        fingerprints.Add(Three);
        carried.Add(false);
        var pages = new PageList([.. paths], [.. fingerprints], [.. carried]);
        pages.CarriedCount.ShouldBe(18);
        pages.Count.ShouldBe(20);
        pages["events/003.html"].ShouldBe(Two);
        pages.ContainsKey("events/007.html").ShouldBeFalse();
        using (var staged = InPlace(new Dictionary<string, byte[]> { ["events/003.html"] = Bytes("<p>new</p>"), ["about.html"] = Bytes("<p>about</p>") }, removed: ["events/007.html"]))
        {
            staged.Commit(pages).Removed.ShouldBe(1);
            staged.CommittedAs.ShouldBe("journaled");
        }

        recorded["events/003.html"] = Two;
        recorded.Remove("events/007.html");
        recorded["about.html"] = Three;
        File.ReadAllText(Path.Combine(Output, PageFingerprints.FileName)).ShouldBe(PageFingerprints.Format(recorded));
    }

    [Fact]
    public void PageList_ReadsTheFingerprintOfAPageCarriedUnread_OnlyWhenAskedForIt()
    {
        string One = new('1', ContentHash.HexLength), Two = new('2', ContentHash.HexLength);
        var asked = new List<string>();
        var pages = new PageList(["index.html"], [One], [false], ["events/001.html", "events/002.html"], path =>
        {
            asked.Add(path);
            return Two;
        });

        pages.Count.ShouldBe(3);
        pages.CarriedCount.ShouldBe(2);
        pages.NotCarried.ShouldBe([KeyValuePair.Create("index.html", One)]);
        asked.ShouldBeEmpty();
        pages["events/002.html"].ShouldBe(Two);
        asked.ShouldBe(["events/002.html"]);
        pages.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value).ShouldBe([Two, Two, One]);
        asked.ShouldBe(["events/002.html", "events/001.html"], "each read once");
    }

    [Fact]
    public void InPlaceCommit_PatchesTheLists_ToWhatFormattingThemWholeGives()
    {
        WriteSite(20);
        var fingerprints = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < 20; i++) fingerprints[$"events/{i:000}.html"] = new string('1', ContentHash.HexLength);
        using (var first = InPlace(new Dictionary<string, byte[]>()))
            first.Commit(fingerprints);

        fingerprints["events/003.html"] = new string('2', ContentHash.HexLength);
        fingerprints.Remove("events/007.html");
        fingerprints["about.html"] = new string('3', ContentHash.HexLength);
        using (var staged = InPlace(new Dictionary<string, byte[]> { ["events/003.html"] = Bytes("<p>new</p>"), ["about.html"] = Bytes("<p>about</p>") }, removed: ["events/007.html"]))
        {
            staged.Commit(fingerprints).Removed.ShouldBe(1);
            staged.CommittedAs.ShouldBe("journaled");
        }

        var expected = SiteFiles.Read(Output, f => !Path.GetFileName(f).StartsWith(".timeline-", StringComparison.Ordinal))
            .ToDictionary(f => f.Key, f => OutputRecord.Of(f.Value), StringComparer.Ordinal);
        expected.Keys.ShouldNotContain("events/007.html");
        File.ReadAllText(Path.Combine(Output, OutputRecord.FileName)).ShouldBe(OutputRecord.Format(expected));
        File.ReadAllText(Path.Combine(Output, SiteWriter.ManifestName)).ShouldBe(string.Concat(expected.Keys.Order(StringComparer.Ordinal).Select(p => p + "\n")));
        File.ReadAllText(Path.Combine(Output, PageFingerprints.FileName)).ShouldBe(PageFingerprints.Format(fingerprints));
    }

    [Fact]
    public void InPlaceCommit_OfAListNotAsFormatted_WritesItAsFormatted()
    {
        WriteSite(8);
        string list = Path.Combine(Output, OutputRecord.FileName);
        string[] lines = File.ReadAllText(list).Split('\n');
        File.WriteAllText(list, string.Join('\n', [lines[0], lines[2], lines[1], .. lines[3..]]));
        File.SetLastWriteTimeUtc(list, DateTime.UtcNow.AddMinutes(1));

        using (var staged = InPlace(new Dictionary<string, byte[]> { ["events/001.html"] = Bytes("<p>new</p>") }))
            staged.Commit(new Dictionary<string, string>());

        var expected = SiteFiles.Read(Output, f => !Path.GetFileName(f).StartsWith(".timeline-", StringComparison.Ordinal))
            .ToDictionary(f => f.Key, f => OutputRecord.Of(f.Value), StringComparer.Ordinal);
        File.ReadAllText(list).ShouldBe(OutputRecord.Format(expected));
    }

    [Fact]
    public void InPlaceCommit_LeavesAFileTimelineDidNotWrite_ButRefusesToWriteOverOne()
    {
        WriteSite(8);
        File.WriteAllText(Path.Combine(Output, "notes.txt"), "mine");
        using (var staged = InPlace(new Dictionary<string, byte[]> { ["events/001.html"] = Bytes("<p>new</p>") }))
            staged.Commit(new Dictionary<string, string>()).Written.ShouldBe(1);
        File.ReadAllText(Path.Combine(Output, "notes.txt")).ShouldBe("mine");

        File.WriteAllText(Path.Combine(Output, "events", "new.html"), "mine too");
        string hashes = File.ReadAllText(Path.Combine(Output, OutputRecord.FileName));
        using (var staged = InPlace(new Dictionary<string, byte[]> { ["events/new.html"] = Bytes("<p>new</p>") }))
            Should.Throw<IOException>(() => staged.Commit(new Dictionary<string, string>())).Message.ShouldContain("events/new.html");
        File.ReadAllText(Path.Combine(Output, "events", "new.html")).ShouldBe("mine too");
        File.ReadAllText(Path.Combine(Output, OutputRecord.FileName)).ShouldBe(hashes);
    }

    [Fact]
    public void InPlaceCommit_ThatSwapsTheSite_RefusesAFolderHoldingAFileTimelineDidNotWrite()
    {
        WriteSite(8);
        File.WriteAllText(Path.Combine(Output, "notes.txt"), "mine");
        var everything = Enumerable.Range(0, 8).ToDictionary(i => $"events/{i:000}.html", i => Bytes($"<p>changed {i}</p>"));

        using (var staged = InPlace(everything))
            Should.Throw<IOException>(() => staged.Commit(new Dictionary<string, string>())).Message.ShouldContain("notes.txt");

        File.ReadAllText(Path.Combine(Output, "notes.txt")).ShouldBe("mine");
        File.ReadAllText(Path.Combine(Output, "events", "000.html")).ShouldBe("<p>0</p>");
    }

    [Fact]
    public void TrustedRecords_OnlyOfTheListsRecorded_AndFilesUntouchedSince()
    {
        WriteSite(5);
        string digest = OutputLists.Digest(Output);
        var records = OutputLists.Trusted(Output, digest).ShouldNotBeNull();
        records.Count.ShouldBe(5);
        records["events/002.html"].ShouldBe(OutputRecord.Of(Bytes("<p>2</p>")));

        OutputLists.Trusted(Output, "another").ShouldBeNull();
        File.WriteAllText(Path.Combine(Output, "events", "002.html"), "<p>22</p>");
        OutputLists.Trusted(Output, digest).ShouldBeNull("a file was edited after the lists");
    }
}
