using Timeline.Site.Output;
using Timeline.Tests.Shared;

namespace Timeline.Site.Tests;

public sealed class PreviousSiteRecordTests
{
    [Fact]
    public void AFilesRecord_IsCheckedAgainstTheFileOncePerBuild()
    {
        // A carried page is asked about when it is chosen and again when it is added: one stat, not two, and one answer.
        using var temp = new TempFolder();
        string output = temp.Combine("site");
        SiteWriter.WriteChanges(output, new Dictionary<string, byte[]> { ["index.html"] = SiteWriter.Text("<p>i</p>") });
        var previous = PreviousSite.Open(output);
        previous.Record("index.html").ShouldNotBeNull();

        File.Delete(Path.Combine(output, "index.html"));

        previous.Record("index.html").ShouldNotBeNull();
        PreviousSite.Open(output).Record("index.html").ShouldBeNull("the next build looks again");
    }
}
