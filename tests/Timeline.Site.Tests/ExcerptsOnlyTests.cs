using Timeline.Site.Building;
using Timeline.Temporal;
using Timeline.Tests.Shared;

namespace Timeline.Site.Tests;

/// <summary>Articles that may not be republished: only the passages the timeline quotes leave the input.</summary>
public sealed class ExcerptsOnlyTests
{
    private const string Undated = "Nobody in the village could remember a quieter harvest than this one";

    private const string Article =
        "Title: The harvest\nDate: 2023-07-28\n\n" +
        "The dam on the river was completed in 1962 after years of work.\n\n" +
        Undated + ".\n\nThe cooperative was founded in February 1971 by twelve families.\n";

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void ExcerptsOnly_PublishesTheQuotedPassagesAndNothingElseOfTheText(bool byOption, bool byConfig)
    {
        using var input = new TempFolder();
        input.Write("harvest.txt", Article);
        if (byConfig) input.Write("timeline.yml", "excerpts_only: true\n");
        using var output = new TempFolder();

        new SiteBuild(EnglishRecognizer.Instance).Run(new BuildSettings
        {
            Input = input.Path,
            Output = output.Combine("site"),
            ExcerptsOnly = byOption,
            UseCache = false,
        });

        var files = Directory.EnumerateFiles(output.Combine("site"), "*", SearchOption.AllDirectories).ToList();
        files.ShouldNotBeEmpty();
        foreach (string file in files)
            File.ReadAllText(file).ShouldNotContain(Undated, customMessage: Path.GetFileName(file));

        string sourcePage = File.ReadAllText(output.Combine("site", "sources", "harvest.html"));
        sourcePage.ShouldContain("completed in");
        sourcePage.ShouldContain("founded in");
    }

    [Fact]
    public void WithoutExcerptsOnly_TheWholeTextIsPublished()
    {
        using var input = new TempFolder();
        input.Write("harvest.txt", Article);
        using var output = new TempFolder();

        new SiteBuild(EnglishRecognizer.Instance).Run(new BuildSettings { Input = input.Path, Output = output.Combine("site"), UseCache = false });

        File.ReadAllText(output.Combine("site", "sources", "harvest.html")).ShouldContain(Undated);
    }
}
