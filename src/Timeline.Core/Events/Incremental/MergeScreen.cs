using System.Buffers.Binary;

namespace Timeline.Core.Events.Incremental;

/// <summary>
/// What <see cref="EventMerger.MayJoin"/> looks at first of one statement, in a few bytes: whether it is weak, its date, and the
/// masks of its merge profile. Kept for every statement beside the statement store (in canonical order), so that an incremental
/// merge can rule out most pairs of neighbours without parsing either statement or reading its profile: at 10,000 articles a
/// changed source's old statements have some 4,000 neighbours in 2,000 sources, of which a handful can join.
/// </summary>
/// <remarks>
/// <see cref="MayJoin"/> answers false only when <see cref="EventMerger.MayJoin"/> does (the same tests on the same values, with
/// the ones it cannot make, the sentence and the source, taken as passing); every other pair is asked of the statements themselves.
/// </remarks>
internal readonly record struct MergeScreen(byte Flags, byte Precision, int Start, int End, ulong Happening, ulong Kind, ulong Name, ulong Content)
{
    /// <summary>The bytes of one screen as stored.</summary>
    public const int Size = 2 + 4 + 4 + 4 * 8;

    private const byte Weak = 1, Resolved = 2, Unscreened = 4, TwoNames = 8;

    /// <summary>The screen of <paramref name="m"/> (reads its merge profile).</summary>
    public static MergeScreen Of(EventMention m)
    {
        var p = m.Profile;
        var v = m.Value;
        byte flags = (byte)((m.IsWeak ? Weak : 0) | (p.Names.Count >= 2 ? TwoNames : 0));
        int start = 0, end = 0;
        if (v.IsResolved)
        {
            long s = v.Start!.Value.DayNumber, e = v.End!.Value.DayNumber;
            // A day beyond 32 bits cannot be told here: such a statement is always asked of itself.
            if (s is >= int.MinValue and <= int.MaxValue && e is >= int.MinValue and <= int.MaxValue) (flags, start, end) = ((byte)(flags | Resolved), (int)s, (int)e);
            else flags |= Unscreened;
        }
        return new MergeScreen(flags, (byte)v.Precision, start, end, p.HappeningMask, p.KindMask, p.NameMask, p.ContentMask);
    }

    /// <summary>Whether the statement has two names or more (what <see cref="RelatedEvents.Share"/> asks of the first event's statements).</summary>
    public bool HasTwoNames => (Flags & TwoNames) != 0;

    /// <summary>False when merging cannot join the two statements of <paramref name="x"/> and <paramref name="y"/>; true when it may.</summary>
    public static bool MayJoin(in MergeScreen x, in MergeScreen y)
    {
        if (((x.Flags | y.Flags) & Unscreened) != 0) return true;
        bool xWeak = (x.Flags & Weak) != 0, yWeak = (y.Flags & Weak) != 0;
        // A weak and a firm statement: whether the weak one may join is asked of the two (EventMerger.WeakMayJoin).
        if (xWeak != yWeak) return true;
        if (xWeak) return false;
        bool compatible = Compatible(x, y);
        bool disagree = !compatible && Disagree(x, y);
        if (!compatible && !disagree) return false;
        bool happening = (x.Happening & y.Happening) != 0, kind = (x.Kind & y.Kind) != 0;
        bool name = (x.Name & y.Name) != 0, content = (x.Content & y.Content) != 0;
        // The second test needs two sources too (EventMerger.Consider): taken as met.
        return compatible ? happening || kind && (name || content) || name && content : happening && name;
    }

    // MergeFacts.CompatibleDates; two dates without a place (date neighbours only when they have the same TIMEX) taken as compatible.
    private static bool Compatible(in MergeScreen a, in MergeScreen b)
    {
        bool ra = (a.Flags & Resolved) != 0, rb = (b.Flags & Resolved) != 0;
        if (!ra || !rb) return !ra && !rb;
        if (a.Start == b.Start && a.End == b.End) return true;
        if (a.Start <= b.Start && b.End <= a.End) return a.Precision < b.Precision;
        if (b.Start <= a.Start && a.End <= b.End) return b.Precision < a.Precision;
        return false;
    }

    // MergeFacts.DisagreeingDates.
    private static bool Disagree(in MergeScreen a, in MergeScreen b)
    {
        if ((a.Flags & Resolved) == 0 || (b.Flags & Resolved) == 0 || a.Precision != b.Precision) return false;
        var (first, second) = a.Start <= b.Start ? (a, b) : (b, a);
        if (second.Start < first.End) return false;
        return (long)second.Start - first.End <= (long)first.End - first.Start;
    }

    public void Write(Span<byte> to)
    {
        to[0] = Flags;
        to[1] = Precision;
        BinaryPrimitives.WriteInt32LittleEndian(to[2..], Start);
        BinaryPrimitives.WriteInt32LittleEndian(to[6..], End);
        BinaryPrimitives.WriteUInt64LittleEndian(to[10..], Happening);
        BinaryPrimitives.WriteUInt64LittleEndian(to[18..], Kind);
        BinaryPrimitives.WriteUInt64LittleEndian(to[26..], Name);
        BinaryPrimitives.WriteUInt64LittleEndian(to[34..], Content);
    }

    public static MergeScreen Read(ReadOnlySpan<byte> from) => new(
        from[0], from[1], BinaryPrimitives.ReadInt32LittleEndian(from[2..]), BinaryPrimitives.ReadInt32LittleEndian(from[6..]),
        BinaryPrimitives.ReadUInt64LittleEndian(from[10..]), BinaryPrimitives.ReadUInt64LittleEndian(from[18..]),
        BinaryPrimitives.ReadUInt64LittleEndian(from[26..]), BinaryPrimitives.ReadUInt64LittleEndian(from[34..]));
}
