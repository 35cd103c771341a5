using System.Runtime.CompilerServices;
namespace Timeline.Core.Events.Terms;

/// <summary>How much two dated statements have in common, and whether that is enough to be one happening.</summary>
internal readonly record struct Similarity(int SameHappening, int SameKind, int Names, int Content)
{
    // Loops over the compiled terms rather than LINQ: merging compares each statement with up to
    // DateNeighbours.MaxPerItem others, millions of times in a large corpus.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Similarity Of(StatementProfile a, StatementProfile b)
    {
        int same = 0, kind = 0;
        if (a.HappeningStems.Length > 0 && b.HappeningStems.Length > 0)
        {
            for (int i = 0; i < a.HappeningStems.Length; i++)
            {
                if (HasHappening(a.HappeningStems[i], b)) same++;
                else if (Array.IndexOf(b.HappeningKinds, a.HappeningKinds[i]) >= 0) kind++;
            }
        }
        int names = 0;
        if ((a.NameMask & b.NameMask) != 0)
        {
            foreach (var n in a.NameStems)
            {
                foreach (var m in b.NameStems)
                {
                    if (!NameMatch(n, m)) continue;
                    names++;
                    break;
                }
            }
        }
        int content = 0;
        if ((a.ContentMask & b.ContentMask) != 0)
        {
            foreach (var c in a.DistinctContent)
            {
                if ((c.Bit & b.ContentMask) == 0) continue;
                foreach (var d in b.DistinctContent)
                {
                    if (!c.Meets(d)) continue;
                    content++;
                    break;
                }
            }
        }
        return new Similarity(same, kind, names, content);
    }

    /// <summary>
    /// False when the two cannot share a kind of happening nor two names: then no pair of their
    /// statements is <see cref="IsRelated"/>, <see cref="IsSameEvent"/> or <see cref="IsStrong"/>,
    /// whatever <see cref="Of"/> would count. A cheap test on the summaries only.
    /// </summary>
    public static bool MayMatch(StatementProfile a, StatementProfile b) =>
        (a.HappeningMask & b.HappeningMask) != 0 || (a.KindMask & b.KindMask) != 0 || (a.NameMask & b.NameMask) != 0;

    private static bool HasHappening(StemKey stem, StatementProfile b)
    {
        if ((stem.Bit & b.HappeningMask) == 0) return false;
        foreach (var h in b.HappeningStems)
        {
            if (h.Meets(stem)) return true;
        }
        return false;
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
    private static bool NameMatch(StemKey[] a, StemKey[] b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        for (int i = 1; i <= shorter.Length; i++)
        {
            if (!shorter[^i].Meets(longer[^i])) return false;
        }
        return true;
    }
}
