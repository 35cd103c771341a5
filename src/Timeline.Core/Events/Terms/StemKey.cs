namespace Timeline.Core.Events.Terms;

/// <summary>
/// A stem with what <see cref="Stem.Same"/> needs to rule a pair out cheaply: two stems can only
/// meet when they share their first four letters (or are equal, when shorter), so those letters,
/// packed into one number, settle most comparisons without looking at the strings.
/// </summary>
internal readonly record struct StemKey(string Text, ulong Prefix)
{
    public static StemKey Of(string stem)
    {
        ulong prefix = 0;
        for (int i = 0; i < Math.Min(4, stem.Length); i++) prefix |= (ulong)stem[i] << (16 * i);
        return new StemKey(stem, prefix);
    }

    /// <summary>The bit this stem sets in a 64-bit summary of a set of stems: disjoint summaries share no stem that meets.</summary>
    public ulong Bit => 1UL << (int)(unchecked(Prefix * 0x9E3779B97F4A7C15UL) >> 58);

    public bool Meets(StemKey other) => Prefix == other.Prefix && (ReferenceEquals(Text, other.Text) || Stem.Same(Text, other.Text));

    public static ulong Mask(IEnumerable<StemKey> stems)
    {
        ulong mask = 0;
        foreach (var s in stems) mask |= s.Bit;
        return mask;
    }
}
