using Timeline.Core.Corpus;

namespace Timeline.Site.Tests;

/// <summary>
/// A generated corpus (30 articles unless told more) built again and again into one output with one cache (see <see cref="RebuildFolder"/>).
/// <see cref="Article"/> is one of its articles, to edit; <see cref="Original"/> its text as generated.
/// </summary>
internal sealed class RebuildCorpus : RebuildFolder
{
    /// <param name="article">Which article to edit: the first whose text it accepts, in path order.</param>
    /// <param name="articles">How many articles to generate.</param>
    public RebuildCorpus(Func<string, bool> article, int articles = Articles)
    {
        Article = Generate(articles).First(f => article(File.ReadAllText(f)));
        Original = File.ReadAllText(Article);
    }

    /// <param name="article">Which article to edit: its place in path order.</param>
    public RebuildCorpus(int article)
    {
        Article = Generate(Articles).ElementAt(article);
        Original = File.ReadAllText(Article);
    }

    public string Article { get; }

    public string Original { get; }

    private const int Articles = 30;

    /// <summary>Writes the corpus into the input folder; its articles' paths in ordinal order.</summary>
    private IEnumerable<string> Generate(int articles)
    {
        new CorpusGenerator(11).WriteTo(Input, articles);
        return Directory.EnumerateFiles(Input, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
    }
}
