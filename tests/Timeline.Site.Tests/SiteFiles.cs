namespace Timeline.Site.Tests;

/// <summary>A built site's files by relative path, and the byte-for-byte comparison the rebuild tests make.</summary>
internal static class SiteFiles
{
    public static SortedDictionary<string, byte[]> Read(string root, Func<string, bool>? include = null) => new(
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => include is null || include(f))
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes),
        StringComparer.Ordinal);

    /// <summary>Fails naming the first file that differs, after checking both sites have the same files.</summary>
    public static void ShouldBeSame(string actualRoot, string expectedRoot, string difference)
    {
        var expected = Read(expectedRoot);
        var actual = Read(actualRoot);
        actual.Keys.ShouldBe(expected.Keys);
        foreach (var (name, bytes) in expected)
            actual[name].SequenceEqual(bytes).ShouldBeTrue($"{name} {difference}");
    }
}
