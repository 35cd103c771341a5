using System.Text;
using Timeline.Core.Sources;

namespace Timeline.Core.Tests.Sources;

public sealed class NormalizeTests
{
    [Fact]
    public void Normalize_KeepsTextWithNothingToChange_WithoutCopyingIt()
    {
        string text = "The café reopened on 3 May.\n\tPrices rose — “at last”.\n";

        TextDecoder.Normalize(text).ShouldBeSameAs(text);
    }

    [Theory]
    [InlineData("\uFEFFThe mill closed.", "The mill closed.")]
    [InlineData("The mill\u007F closed.", "The mill closed.")]
    [InlineData("The mill\u0085 closed.", "The mill closed.")]
    [InlineData("The mill closed.\r\nIt reopened.\rIn 1999.", "The mill closed.\nIt reopened.\nIn 1999.")]
    [InlineData("The mill \uFEFFclosed.", "The mill \uFEFFclosed.")]
    public void Normalize_ChangesWhatItMust(string text, string expected) => TextDecoder.Normalize(text).ShouldBe(expected);

    [Fact]
    public void Decode_RefusesInvalidUtf8_NamingTheFirstBadByte()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Café on 3 May, "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" said Zoë.")];

        Should.Throw<SourceFormatException>(() => TextDecoder.Decode(bytes)).Message.ShouldBe("the file is not valid UTF-8 (bad byte 0xC3 at offset 16); save it as UTF-8");
    }
}
