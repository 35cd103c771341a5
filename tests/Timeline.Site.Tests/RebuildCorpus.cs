using Timeline.Core.Corpus;

namespace Timeline.Site.Tests;

/// <summary>
/// A generated corpus of 30 articles built again and again into one output with one cache (see <see cref="RebuildFolder"/>).
/// <see cref="Article"/> is one of its articles, to edit; <see cref="Original"/> its text as generated.
/// </summary>
internal sealed class RebuildCorpus : RebuildFolder
{
    /// <param name="article">Which article to edit: the first whose text it accepts, in path order.</param>
    public RebuildCorpus(Func<string, bool> article)
    {
        Article = Generate().First(f => article(File.ReadAllText(f)));
        Original = File.ReadAllText(Article);
    }

    /// <param name="article">Which article to edit: its place in path order.</param>
    public RebuildCorpus(int article)
    {
        Article = Generate().ElementAt(article);
        Original = File.ReadAllText(Article);
    }

    public string Article { get; }

    public string Original { get; }

    /// <summary>Writes the corpus into the input folder; its articles' paths in ordinal order.</summary>
    private IEnumerable<string> Generate()
    {
        new CorpusGenerator(11).WriteTo(Input, 30);
        return Directory.EnumerateFiles(Input, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
    }
}
