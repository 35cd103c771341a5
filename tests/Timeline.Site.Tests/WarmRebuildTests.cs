using Timeline.Core.Corpus;
using Timeline.Site.Building;
using Timeline.Temporal;
using Timeline.Tests.Shared;

namespace Timeline.Site.Tests;

/// <summary>
/// A rebuild with every cache warm (analyses, events, page fingerprints, file hashes) after an
/// article is edited leaves byte for byte the site a cold build of the edited articles makes.
/// </summary>
public sealed class WarmRebuildTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _article;
    private readonly string _original;

    public WarmRebuildTests()
    {
        new CorpusGenerator(7).WriteTo(_temp.Combine("in"), 40);
        _article = Directory.EnumerateFiles(_temp.Combine("in"), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ElementAt(20);
        _original = File.ReadAllText(_article);
    }

    public void Dispose() => _temp.Dispose();

    private BuildReport Build(string output, bool cache) => new SiteBuild(EnglishRecognizer.Instance).Run(new BuildSettings
    {
        Input = _temp.Combine("in"),
        Output = output,
        UseCache = cache,
        CacheFolder = cache ? _temp.Combine("cache") : null,
    });

    [Theory]
    [InlineData(" Officials declined to comment further.")]
    [InlineData(" The talks resumed on March 3, 2011.")]
    [InlineData(" The talks resumed on March 3, 2011, and again on 4 April 2012, after the elections of 2010.")]
    public void WarmRebuild_AfterAnEdit_IsTheColdBuildOfTheEditedArticles(string addition)
    {
        Build(_temp.Combine("warm"), cache: true);
        Build(_temp.Combine("warm"), cache: true);

        File.WriteAllText(_article, _original.TrimEnd() + addition + "\n");
        var warm = Build(_temp.Combine("warm"), cache: true);
        Build(_temp.Combine("cold"), cache: false);

        warm.Analysed.ShouldBe(1);
        SiteFiles.ShouldBeSame(_temp.Combine("warm"), _temp.Combine("cold"), "differs from a cold build");
    }

    [Fact]
    public void WarmRebuild_AfterAnEditIsUndone_IsTheColdBuildAgain()
    {
        Build(_temp.Combine("warm"), cache: true);
        File.WriteAllText(_article, _original.TrimEnd() + " The talks resumed on March 3, 2011.\n");
        Build(_temp.Combine("warm"), cache: true);
        File.WriteAllText(_article, _original);

        var warm = Build(_temp.Combine("warm"), cache: true);
        Build(_temp.Combine("cold"), cache: false);

        warm.Analysed.ShouldBe(0);
        SiteFiles.ShouldBeSame(_temp.Combine("warm"), _temp.Combine("cold"), "differs from a cold build");
    }
}
