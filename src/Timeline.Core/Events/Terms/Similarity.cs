namespace Timeline.Core.Events.Terms;

/// <summary>How much two dated statements have in common, and whether that is enough to be one happening.</summary>
internal readonly record struct Similarity(int SameHappening, int SameKind, int Names, int Content)
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

    /// <summary>
    /// One happening: the same kind of happening and at least one shared name or word besides; or,
    /// for statements that name no kind the lexicon knows, two shared names and two shared words.
    /// A shared date alone is never enough.
    /// </summary>
    public bool IsSameEvent => SameHappening + SameKind > 0 ? Names + Content >= 1 : Names >= 2 && Content >= 2;

    /// <summary>
    /// Within one article a definite back-reference is enough: "the coup last month" is the coup the
    /// article has told of, when the very same happening word and a compatible date say so.
    /// </summary>
    public bool IsSameEventInOneArticle => IsSameEvent || SameHappening > 0;

    /// <summary>Strong enough to merge statements whose dates disagree: the very same happening word and a shared name.</summary>
    public bool IsStrong => SameHappening > 0 && Names >= 1;

    /// <summary>Worth showing as related: a kind of happening or two names in common.</summary>
    public bool IsRelated => SameHappening + SameKind > 0 || Names >= 2;

    public int Score => 3 * SameHappening + 2 * SameKind + Names + Content;

    // "Sergei Shoigu" meets "Shoigu" and "Eastern Ukraine" meets "Ukraine": the shorter name ends the
    // longer one. "North Korea" does not meet "South Korea".
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
