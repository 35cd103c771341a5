using Timeline.Core.Events;
using Timeline.Core.Sources;

namespace Timeline.Core.Caching;

/// <summary>
/// Analyses of articles from earlier builds, keyed by everything an analysis depends on: the
/// article as read (text and metadata) and the exact code that analyses it.
/// </summary>
public interface IAnalysisCache
{
    /// <summary>The cached analysis of each document (null where there is none or it cannot be trusted).</summary>
    CacheLookup Lookup(IReadOnlyList<SourceDocument> documents);

    /// <summary>
    /// As <see cref="Lookup(IReadOnlyList{SourceDocument})"/>, taking a document's key from <paramref name="recordedKey"/>
    /// where it gives one (the key an earlier build worked out from the same file) instead of hashing the document again.
    /// An analysis found may read part of itself from the cache when first asked for; when that part does not read back,
    /// it is <paramref name="analyse"/>'s analysis of the document.
    /// </summary>
    CacheLookup Lookup(IReadOnlyList<SourceDocument> documents, Func<SourceDocument, string?>? recordedKey, Func<SourceDocument, DocumentAnalysis>? analyse = null) => Lookup(documents);

    /// <summary>
    /// The document read from <paramref name="path"/> by the build that stored an analysis under <paramref name="key"/> (the key
    /// it recorded for the file, which is as it was then), without reading the file: its text is read by
    /// <paramref name="readAgain"/> when first asked for, and must then be the document of that key (else reading it throws
    /// an <see cref="IOException"/>). Null when the cache has no such analysis (the file is then read).
    /// </summary>
    SourceDocument? Unread(string path, string key, Func<string, SourceDocument?> readAgain) => null;

    /// <summary>Starts reading what <see cref="Unread"/> and the next lookup read, beside whatever the caller does first (the walk).</summary>
    void Prefetch() { }

    /// <summary>Keeps the analyses made in this build for the next one.</summary>
    void Store(CacheLookup lookup, IReadOnlyList<(int Index, DocumentAnalysis Analysis)> fresh);
}

/// <summary>What a lookup found, aligned with the documents it was given; <see cref="Keys"/> is null where a document cannot be cached.</summary>
public sealed record CacheLookup(IReadOnlyList<DocumentAnalysis?> Found, IReadOnlyList<string?> Keys, string? Note)
{
    /// <summary>The documents looked up, as read (what <see cref="IAnalysisCache.Unread"/> gives back later); null when not kept.</summary>
    public IReadOnlyList<SourceDocument>? Documents { get; init; }

    /// <summary>How many documents were hashed for their key; the others' keys were recorded ones.</summary>
    public int Keyed { get; init; } = Keys.Count;
}
