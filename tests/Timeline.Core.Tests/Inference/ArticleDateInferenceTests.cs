using Timeline.Core.Sources;
using Timeline.Core.Tests.Events;

namespace Timeline.Core.Tests.Inference;

public sealed class ArticleDateInferenceTests
{
    private static SourceDocument Undated(string text, string? dateline = null) =>
        Timelines.Article("a", text, published: null) with { Dateline = dateline };

    [Fact]
    public void Inference_AnAnniversaryOfAYearPinsTheYear()
    {
        var analysis = Timelines.Analyze(Undated(
            "Crowds marked the 50th anniversary of the revolution of 1974 in Lisbon. The parade was held on the 25th of April."));
        analysis.Source.PublishedBasis.ShouldBe(DateBasis.Inferred);
        analysis.Source.Published!.Value.Year.ShouldBe(2024);
        analysis.Source.PublishedEvidence!.ShouldContain("1974 + 50 = 2024");
        analysis.Statements.Single(s => s.DateText.Contains("25th")).Value.Timex.ShouldBe("2024-04-25");
    }

    [Fact]
    public void Inference_AnAnniversaryInCapitalsPinsTheYear()
    {
        var analysis = Timelines.Analyze(Undated("CROWDS MARKED THE FIFTIETH ANNIVERSARY OF THE REVOLUTION OF 1974. The parade was long."));
        analysis.Source.PublishedEvidence!.ShouldContain("1974 + 50 = 2024");
    }

    [Fact]
    public void Inference_AYearlessDatelineGivesTheDay()
    {
        var analysis = Timelines.Analyze(Undated("It was the 30th anniversary of the 1994 election. Voters queued for hours.", "Pretoria, April 27 —"));
        analysis.Source.Published.ToString().ShouldBe("2024-04-27");
        analysis.Source.PublishedEvidence!.ShouldContain("dateline");
    }

    [Fact]
    public void Inference_ARelativeDateAgreeingWithAnAbsoluteOnePinsTheYear()
    {
        var analysis = Timelines.Analyze(Undated(
            "Moscow invaded Ukraine in February 2022. Exports to Ukraine stopped when the invasion began last year."));
        analysis.Source.Published!.Value.Year.ShouldBe(2023);
        analysis.Statements.Single(s => s.DateText == "last year").Value.Timex.ShouldBe("2022");
    }

    [Fact]
    public void Inference_WithoutEvidenceTheDateStaysUnknown()
    {
        var analysis = Timelines.Analyze(Undated("The treaty was signed in 1950. The talks resumed last year in Geneva."));
        analysis.Source.Published.ShouldBeNull();
        analysis.Source.PublishedBasis.ShouldBe(DateBasis.Unknown);
    }

    [Fact]
    public void Inference_NeverOverridesAKnownDate()
    {
        var analysis = Timelines.Analyze(Timelines.Article("a", "Crowds marked the 50th anniversary of the revolution of 1974.", "2023-01-05"));
        analysis.Source.PublishedBasis.ShouldBe(DateBasis.File);
        analysis.Source.Published.ToString().ShouldBe("2023-01-05");
    }
}
