using Timeline.Core.Events.Terms;
using Timeline.Temporal;

namespace Timeline.Core.Events;

/// <summary>
/// One source's report of an event: the sentence that says it (<see cref="Quote"/>, anchored on the
/// source page at <see cref="Passage"/>) and the date expression inside it.
/// </summary>
public sealed record EventMention
{
    public required string SourceId { get; init; }

    /// <summary>The fragment id of the sentence on the source page.</summary>
    public required string Passage { get; init; }

    public required string Quote { get; init; }

    /// <summary>Offset of the quote in the source's text.</summary>
    public required int QuoteStart { get; init; }

    /// <summary>The date expression as written (<c>July 27, 1953</c>).</summary>
    public required string DateText { get; init; }

    /// <summary>Offset of the date expression in the source's text.</summary>
    public required int DateStart { get; init; }

    public required TimeValue Value { get; init; }

    /// <summary>This statement's own headline: the clause that holds the date, without it.</summary>
    public string Headline { get; init; } = "";

    /// <summary>
    /// True for a vague date that only points back at something (<c>seven decades ago</c>): it joins an
    /// event that matches it but never makes one of its own.
    /// </summary>
    public bool IsWeak { get; init; }

    /// <summary>True when the statement is a relative clause (<c>… which Moscow invaded in 2022</c>): a poorer headline than a main clause.</summary>
    public bool IsRelativeClause { get; init; }

    /// <summary>The address of the original for a mention an editor added by hand (no source page behind it).</summary>
    public string? Url { get; init; }

    private StatementProfile? _profile;
    private IProfileSource? _profiles;
    private int _profileAt;

    /// <summary>
    /// What the statement is about, for merging. Worked out from the quote when first asked for, so an
    /// analysis read back from a cache (which keeps public data only) merges like a fresh one.
    /// </summary>
    internal StatementProfile Profile
    {
        get => _profile ??= _profiles?.ProfileAt(_profileAt) ?? StatementProfile.Of(Quote, DateStart - QuoteStart, DateText.Length);
        // Extraction has the statement's words and clause at hand: the same profile, without splitting the quote again.
        init => _profile = value;
    }

    /// <summary>Drops the profile once the events are built (<see cref="TimelineData.ReleaseMergeProfiles"/>); <see cref="Profile"/> makes it again if asked.</summary>
    internal void ReleaseProfile() => (_profile, _profiles) = (null, null);

    /// <summary>
    /// Where the profile is read from when first asked for, instead of working it out (an analysis read back from the cache
    /// keeps it: most builds that read it back ask for few of them).
    /// </summary>
    /// <remarks>A source and a place rather than a delegate: one delegate and closure per statement was a fifth of reading 215,000 of them.</remarks>
    internal (IProfileSource Source, int At) ProfileReader { init => (_profiles, _profileAt) = value; }

    /// <summary>Whether the profile was worked out or read (and not released since).</summary>
    internal bool HasProfile => _profile is not null;
}

/// <summary>Where the merge profiles of statements read back from a cache are read from, each at its own place.</summary>
internal interface IProfileSource
{
    /// <summary>The profile stored at <paramref name="at"/>, or null when it cannot be read (it is then worked out from the quote).</summary>
    StatementProfile? ProfileAt(int at);
}
