using Timeline.Core.Events.Terms;

namespace Timeline.Core.Tests.Events.Reference;

/// <summary>The similarity rule as first written, over the profile's strings with LINQ: what the compiled one must equal.</summary>
internal static class PairwiseSimilarity
{
    public static Similarity Of(StatementProfile a, StatementProfile b)
    {
        int same = 0, kind = 0;
        foreach (var (stemA, kindA) in a.Happenings)
        {
            if (b.Happenings.Any(h => Stem.Same(h.Stem, stemA))) same++;
            else if (b.Happenings.Any(h => h.Kind == kindA)) kind++;
        }
        int names = a.Names.Count(n => b.Names.Any(m => NameMatch(n, m)));
        int content = a.Content.Distinct().Count(c => b.Content.Any(d => Stem.Same(c, d)));
        return new Similarity(same, kind, names, content);
    }

    private static bool NameMatch(string[] a, string[] b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        for (int i = 1; i <= shorter.Length; i++)
        {
            if (!Stem.Same(shorter[^i], longer[^i])) return false;
        }
        return true;
    }
}
