using System.Text.RegularExpressions;
using Timeline.Core.Config;
using Timeline.Core.Corpus;
using Timeline.Core.Sources;
using Timeline.Tests.Shared;

namespace Timeline.Core.Tests.Corpus;

public sealed class CorpusGeneratorTests
{
    private static readonly (IReadOnlyList<GeneratedArticle> Articles, string Config) Corpus = new CorpusGenerator(7).Generate(300);

    [Fact]
    public void Generate_IsTheSameForTheSameSeed()
    {
        var again = new CorpusGenerator(7).Generate(300);
        again.Config.ShouldBe(Corpus.Config);
        again.Articles.Select(a => (a.Path, a.Content)).ShouldBe(Corpus.Articles.Select(a => (a.Path, a.Content)));
    }

    [Fact]
    public void Generate_DiffersForAnotherSeed()
    {
        var other = new CorpusGenerator(8).Generate(300);
        other.Articles.Select(a => a.Content).Intersect(Corpus.Articles.Select(a => a.Content)).ShouldBeEmpty();
    }

    [Fact]
    public void Generate_GivesArticlesOf200To1500Words()
    {
        foreach (var a in Corpus.Articles) a.Words.ShouldBeInRange(200, 1600, a.Path);
        Corpus.Articles.Min(a => a.Words).ShouldBeLessThan(500);
        Corpus.Articles.Max(a => a.Words).ShouldBeGreaterThan(1300);
    }

    [Theory]
    [InlineData(@"\bon (January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}")] // absolute day
    [InlineData(@"\bin \d{4}\b")] // year
    [InlineData(@"\bfrom the \d{1,2}(st|nd|rd|th) to the \d{1,2}(st|nd|rd|th) of")] // range
    [InlineData(@"\b(yesterday|last year|years ago|on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")] // relative
    [InlineData(@"\bfor (two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (years|weeks)")] // duration
    [InlineData(@"\bin the \d{3}0s\b")] // decade
    public void Generate_UsesVariedDateExpressions(string pattern) =>
        Corpus.Articles.Count(a => Regex.IsMatch(a.Content, pattern)).ShouldBeGreaterThan(10);

    [Fact]
    public void Generate_GivesDatesInHeadersInTimelineYmlAndNowhere()
    {
        Corpus.Articles.Count(a => a.Content.Contains("\nDate: ", StringComparison.Ordinal)).ShouldBeGreaterThan(100);
        Corpus.Articles.Count(a => a.Content.StartsWith("date ", StringComparison.Ordinal)).ShouldBeGreaterThan(10);
        Corpus.Articles.Count(a => a.ConfigMetadata?.Date is not null).ShouldBeGreaterThan(20);
        Corpus.Articles.Count(a => a.ConfigMetadata?.Date is null && !Regex.IsMatch(a.Content, @"^(Title: .*\n)?[Dd]ate[: ]")).ShouldBeGreaterThan(20);
    }

    [Fact]
    public void Generate_TellsEachStoryInSeveralArticles()
    {
        // The lead names the main story's actor and role; the same lead subject in several articles is one story retold.
        var leads = Corpus.Articles.Select(a => Regex.Match(a.Content, @"(?m)^(?:.*: )?(\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+), the ").Groups[1].Value).ToList();
        leads.GroupBy(l => l).Count(g => g.Count() >= 3).ShouldBeGreaterThan(10);
    }

    [Fact]
    public void WriteTo_WritesAFolderThatBuildsWithItsTimelineYml()
    {
        using var temp = new TempFolder();
        string folder = temp.Combine("corpus");
        new CorpusGenerator(7).WriteTo(folder, 40);

        var config = ConfigLoader.LoadFromFolder(folder);
        var sources = SourceLoader.LoadFolder(folder, config);
        sources.Problems.ShouldBeEmpty();
        sources.Documents.Count.ShouldBe(40);
        sources.Documents.Count(d => d.PublishedBasis == DateBasis.Config).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void WriteTo_RefusesAFolderItDidNotGenerate()
    {
        using var temp = new TempFolder();
        temp.Write("mine/notes.txt", "mine");
        Should.Throw<IOException>(() => new CorpusGenerator(7).WriteTo(temp.Combine("mine"), 5));
        File.ReadAllText(temp.Combine("mine", "notes.txt")).ShouldBe("mine");
    }
}
