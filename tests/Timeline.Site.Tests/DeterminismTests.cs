using Timeline.Tests.Shared;

namespace Timeline.Site.Tests;

/// <summary>The same articles give the same bytes, whatever order they arrive in and however often the site is built.</summary>
public sealed class DeterminismTests
{
    private static readonly (string Name, string Text)[] Articles =
    [
        ("a.txt", "Title: A\nDate: 2023-07-28\n\nThe war began in 1950. The armistice was signed on July 27, 1953.\n"),
        ("b.txt", "Title: B\nDate: 2023-07-29\n\nThe armistice was signed on July 27, 1953. Russia invaded in February 2022.\n"),
        ("sub/c.txt", "Title: C\nDate: 2022-03-01\n\nLast year the talks failed. In the 1950s the peninsula was divided.\n"),
    ];

    private static SortedDictionary<string, byte[]> Build(IEnumerable<(string Name, string Text)> articles)
    {
        using var input = new TempFolder();
        foreach (var (name, text) in articles) input.Write(name, text);
        using var site = BuiltSite.From(input.Path);
        return SiteFiles.Read(site.Output);
    }

    [Fact]
    public void Build_IsByteIdentical_WhateverTheOrderInputsAreWritten()
    {
        var first = Build(Articles);
        var second = Build(Articles.Reverse());
        var third = Build(Articles);

        second.Keys.ShouldBe(first.Keys);
        foreach (var (name, bytes) in first)
        {
            second[name].SequenceEqual(bytes).ShouldBeTrue(name);
            third[name].SequenceEqual(bytes).ShouldBeTrue(name);
        }
    }
}
