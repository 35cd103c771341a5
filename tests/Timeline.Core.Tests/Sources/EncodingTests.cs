using System.Text;
using Timeline.Core.Config;
using Timeline.Core.Sources;

namespace Timeline.Core.Tests.Sources;

public sealed class EncodingTests
{
    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Article = "Title: Café reopens in Zürich\n\nThe café on Bahnhofstrasse reopened on 3 May — “at last”, said its owner.\nPrices rose by 5 € a coffee.";

    private static SourceDocument Load(byte[] bytes)
    {
        using var folder = new TempFolder();
        folder.Write("cafe.txt", bytes);
        var set = SourceLoader.LoadFolder(folder.Root, new TimelineConfig());
        set.Problems.ShouldBeEmpty();
        return set.Documents.ShouldHaveSingleItem();
    }

    private static void ShouldBeTheArticle(SourceDocument doc)
    {
        doc.Title.ShouldBe("Café reopens in Zürich");
        doc.Text.ShouldBe("The café on Bahnhofstrasse reopened on 3 May — “at last”, said its owner.\nPrices rose by 5 € a coffee.");
    }

    [Fact]
    public void Encoding_Utf8WithoutBom() => ShouldBeTheArticle(Load(new UTF8Encoding(false).GetBytes(Article)));

    [Fact]
    public void Encoding_Utf8WithBom() => ShouldBeTheArticle(Load([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Article)]));

    [Fact]
    public void Encoding_Utf16LittleEndianWithBom() => ShouldBeTheArticle(Load([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Article)]));

    [Fact]
    public void Encoding_Utf16BigEndianWithBom() => ShouldBeTheArticle(Load([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Article)]));

    [Fact]
    public void Encoding_Windows1252WithoutBom_IsDetected()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes(Article);
        bytes.ShouldContain((byte)0x80); // the euro sign, which Latin-1 does not have
        ShouldBeTheArticle(Load(bytes));
    }

    [Fact]
    public void Encoding_HtmlDeclaredCharset_IsUsedWhenTheBytesAreNotUtf8()
    {
        using var folder = new TempFolder();
        folder.Write("praha.html", Encoding.GetEncoding("iso-8859-2").GetBytes(
            "<html><head><meta charset=\"iso-8859-2\"><title>Most</title></head><body><p>Na mostě v Příbrami se v úterý stavělo.</p></body></html>"));
        var doc = SourceLoader.LoadFolder(folder.Root, new TimelineConfig()).Documents.ShouldHaveSingleItem();
        doc.Text.ShouldBe("Na mostě v Příbrami se v úterý stavělo.");
    }

    [Fact]
    public void Encoding_HtmlDeclaringLatin1ButWrittenInUtf8_IsReadAsUtf8()
    {
        using var folder = new TempFolder();
        folder.Write("a.html", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><p>Zürich — 5 €</p></body></html>");
        SourceLoader.LoadFolder(folder.Root, new TimelineConfig()).Documents.ShouldHaveSingleItem().Text.ShouldBe("Zürich — 5 €");
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Encoding_CrLfAndLoneCrBecomeLf(string lineEnd) =>
        ShouldBeTheArticle(Load(Encoding.UTF8.GetBytes(Article.Replace("\n", lineEnd, StringComparison.Ordinal))));

    [Fact]
    public void Encoding_CrLfMarkdown_MapsLinesOfTheFile()
    {
        using var folder = new TempFolder();
        folder.Write("a.md", "---\r\ntitle: T\r\n---\r\nFirst paragraph.\r\n\r\nSecond on line six.\r\n");
        var doc = SourceLoader.LoadFolder(folder.Root, new TimelineConfig()).Documents.ShouldHaveSingleItem();
        doc.Text.ShouldBe("First paragraph.\n\nSecond on line six.");
        doc.SourceMap!.LineOf(doc.Text.IndexOf("Second", StringComparison.Ordinal)).ShouldBe(6);
    }

    [Fact]
    public void Encoding_StrayControlCharactersAreDropped()
    {
        var doc = Load(Encoding.UTF8.GetBytes("The mill closed.\f\nIt reopened in 1999.\u001A"));
        doc.Text.ShouldBe("The mill closed.\nIt reopened in 1999.");
    }
}
