using Timeline.Site.Output;
using Timeline.Tests.Shared;

namespace Timeline.Site.Tests;

public sealed class FileStatTests
{
    /// <summary>A 13-byte page written at a time with ticks below the second and below the microsecond: the comparison with the list's time must agree with .NET's.</summary>
    private static string PageWithAFineTime(TempFolder temp)
    {
        string path = temp.Combine("page.html");
        File.WriteAllText(path, "<p>twelve</p>");
        File.SetLastWriteTimeUtc(path, new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc).AddTicks(1_234_567));
        return path;
    }

    [Fact]
    public void AFilesLengthAndWriteTime_AreWhatFileInfoSays_ToTheTick()
    {
        using var temp = new TempFolder();
        string path = PageWithAFineTime(temp);
        var info = new FileInfo(path);

        var stat = FileStat.Of(path).ShouldNotBeNull();

        stat.Length.ShouldBe(info.Length);
        stat.LastWriteUtc.ShouldBe(info.LastWriteTimeUtc);
        stat.LastWriteUtc.ShouldBe(File.GetLastWriteTimeUtc(path));
        stat.LastWriteUtc.Kind.ShouldBe(DateTimeKind.Utc);
    }

    [Fact]
    public void AFolderOrAMissingPath_IsNoFile()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("events"));

        FileStat.Of(temp.Combine("events")).ShouldBeNull();
        FileStat.Of(temp.Combine("gone.html")).ShouldBeNull();
        FileStat.Of(temp.Combine("gone", "page.html")).ShouldBeNull();
    }

    [Fact]
    public void TheFallbackWithoutStatx_GivesWhatStatxGives_ForAFileAFolderAndMissingPaths()
    {
        using var temp = new TempFolder();
        string file = PageWithAFineTime(temp);
        Directory.CreateDirectory(temp.Combine("events"));

        var answer = FileStat.ByFileInfo(file).ShouldNotBeNull();
        answer.ShouldBe(FileStat.Of(file).ShouldNotBeNull());
        answer.Length.ShouldBe(13);
        answer.LastWriteUtc.Kind.ShouldBe(DateTimeKind.Utc);
        foreach (string none in new[] { temp.Combine("events"), temp.Combine("gone.html"), temp.Combine("gone", "page.html") })
        {
            FileStat.ByFileInfo(none).ShouldBeNull(none);
            FileStat.Of(none).ShouldBeNull(none);
        }
    }

    [Fact]
    public void AFileEditedAfterTheList_IsReadAgain_AndOneOfAnotherLengthIsNotTheRecordedOne()
    {
        using var temp = new TempFolder();
        string path = temp.Combine("page.html");
        File.WriteAllText(path, "<p>one</p>");
        var record = OutputRecord.Of(File.ReadAllBytes(path));
        var listWrittenAt = File.GetLastWriteTimeUtc(path);

        record.Describes(path, listWrittenAt).ShouldBeTrue();
        File.SetLastWriteTimeUtc(path, listWrittenAt.AddTicks(1));
        record.Describes(path, listWrittenAt).ShouldBeTrue("touched, the same bytes");
        File.WriteAllText(path, "<p>two</p>");
        File.SetLastWriteTimeUtc(path, listWrittenAt.AddTicks(1));
        record.Describes(path, listWrittenAt).ShouldBeFalse("edited to the same length");
        File.WriteAllText(path, "<p>three</p>");
        File.SetLastWriteTimeUtc(path, listWrittenAt);
        record.Describes(path, listWrittenAt).ShouldBeFalse("another length");
    }
}
