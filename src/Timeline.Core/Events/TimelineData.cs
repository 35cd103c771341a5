namespace Timeline.Core.Events;

/// <summary>The finished timeline: every analysed source (ordered by id) and the events in chronological order.</summary>
public sealed record TimelineData(IReadOnlyList<DocumentAnalysis> Documents, IReadOnlyList<TimelineEvent> Events)
{
    /// <summary>
    /// A key naming these events as the event cache stored them (a digest of the statements they were merged from and of the code),
    /// for the next build's <see cref="TimelineChanges.Since"/>; null when not made through the cache, or when editorial overrides
    /// were applied (the stored events are those before them).
    /// </summary>
    public string? EventsKey { get; init; }

    /// <summary>How these events differ from the last build's, when they were made from them; null when that is not known (everything may differ).</summary>
    public TimelineChanges? Changes { get; init; }

    /// <summary>
    /// Lets go of what only merging reads: each statement's merge profile, about 160 MB at 10,000 articles,
    /// which would otherwise stay live through rendering. A profile asked for again is worked out again from the quote.
    /// </summary>
    public void ReleaseMergeProfiles()
    {
        // Statements left unparsed have no profile, and mentions kept as places are statements of the documents.
        foreach (var document in Documents)
            if (Caching.UnparsedStatements.Parsed(document.Statements))
                foreach (var statement in document.Statements) statement.ReleaseProfile();
        foreach (var e in Events)
            if (e.Mentions is not Incremental.PlacedMentions)
                foreach (var mention in e.Mentions) mention.ReleaseProfile();
    }
}
