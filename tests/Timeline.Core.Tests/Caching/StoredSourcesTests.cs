using Timeline.Core.Caching;
using Timeline.Core.Events.Incremental;
using Timeline.Core.Tests.Events;

namespace Timeline.Core.Tests.Caching;

/// <summary>Which stored source each document is: the same answer whether the store's ids come in order or not.</summary>
public sealed class StoredSourcesTests
{
    private static readonly IReadOnlyList<Timeline.Core.Events.DocumentAnalysis> Documents = Timelines.Build(
        Timelines.Article("a", "The talks began in 1950."),
        Timelines.Article("b", "The talks ended in 1953."),
        Timelines.Article("c", "A treaty was signed in 1954."),
        Timelines.Article("d", "The border opened in 1960.")).Documents;

    private static StatementStore.Entry Stored(string id) => new(id, null, [], [], 0, 0, 0);

    [Fact]
    public void StoredSourcesInIdOrder_AreMatchedToTheDocumentsOfTheSameId()
    {
        var match = StoredSources.Match([Stored("a"), Stored("c"), Stored("e")], Documents);

        match.Of.ShouldBe([0, -1, 1, -1]);
        match.DocumentOf.ShouldBe([0, 2, -1]);
    }

    [Fact]
    public void StoredSourcesOutOfIdOrder_AreMatchedAllTheSame()
    {
        var match = StoredSources.Match([Stored("e"), Stored("a"), Stored("c")], Documents);

        match.Of.ShouldBe([1, -1, 2, -1]);
        match.DocumentOf.ShouldBe([-1, 0, 2]);
    }
}
