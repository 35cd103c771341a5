namespace Timeline.Core.Events.Incremental;

/// <summary>
/// What <see cref="RelatedEvents.Share"/> looks at first of one event, from its statements' merge screens (<see cref="MergeScreen"/>):
/// the masks of its kinds of happening, its happenings, all its names, and the names of its statements with two or more. An
/// incremental link of related events (<see cref="IncrementalRelated"/>) rules out with it most pairs whose dates nest, without
/// parsing their statements: a kept event's screen is made from its statements' kept screens.
/// </summary>
internal readonly record struct EventScreen(ulong Kind, ulong Happening, ulong NameUnion, ulong NamedName)
{
    public static EventScreen Of(IEnumerable<MergeScreen> statements)
    {
        ulong kind = 0, happening = 0, names = 0, named = 0;
        foreach (var s in statements)
        {
            kind |= s.Kind;
            happening |= s.Happening;
            names |= s.Name;
            if (s.HasTwoNames) named |= s.Name;
        }
        return new EventScreen(kind, happening, names, named);
    }

    /// <summary>
    /// False when <see cref="RelatedEvents.Share"/> of the two events is false (<paramref name="a"/> first, as it is asked): no kind
    /// nor happening word in common, and no name of a statement of <paramref name="a"/> with two names that a name of
    /// <paramref name="b"/> could match. True when it may be true.
    /// </summary>
    public static bool MayShare(in EventScreen a, in EventScreen b) =>
        (a.Kind & b.Kind) != 0 || (a.Happening & b.Happening) != 0 || (a.NamedName & b.NameUnion) != 0;
}
