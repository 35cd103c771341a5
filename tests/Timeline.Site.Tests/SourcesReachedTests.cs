using System.Globalization;
using System.Text.RegularExpressions;

namespace Timeline.Site.Tests;

/// <summary>
/// A rebuild after a dated edit parses the statements of the sources its merge reaches, and the site side and the build state
/// recorded beside it parse no more than what they show or record of the events made again: a pass that reads every event's
/// mentions (source digests, the records taken, the feed's dates, the state's position starts and links) parses every source.
/// </summary>
public sealed class SourcesReachedTests : IDisposable
{
    // Enough articles that the feed's newest events and the merge's reach are a small part of them.
    private const int Articles = 400;

    private readonly RebuildCorpus _corpus = new(text => text.Length > 0, Articles);

    public void Dispose() => _corpus.Dispose();

    private (int Parsed, int Of) Statements()
    {
        var numbers = Regex.Matches(_corpus.LogLine("statements: ", " sources parsed"), "[0-9]+").Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToArray();
        return (numbers[0], numbers[1]);
    }

    private int MergeParsed() =>
        int.Parse(Regex.Match(_corpus.LogLine("events: merged again only around", "sources parsed"), "the statements of ([0-9]+) of").Groups[1].Value, CultureInfo.InvariantCulture);

    [Fact]
    public void ADatedEdit_ParsesTheStatementsOfTheSourcesItsMergeReaches_NotEverySource()
    {
        _corpus.Build();
        File.WriteAllText(_corpus.Article, _corpus.Original.TrimEnd() + " The talks resumed on March 3, 2011.\n");
        _corpus.Build();

        var (parsed, of) = Statements();
        int merged = MergeParsed();
        of.ShouldBe(Articles);
        merged.ShouldBeLessThan(of * 2 / 3, "the merge reaches a part of the sources");
        // Beyond the merge's, the site parses the sources of the feed's newest events and of the events whose pages are made
        // again: a pass over every event's mentions would parse every source left.
        (parsed - merged).ShouldBeLessThan((of - merged) / 2, _corpus.Log);
    }
}
