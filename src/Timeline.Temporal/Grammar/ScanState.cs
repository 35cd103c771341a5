namespace Timeline.Temporal.Grammar;

/// <summary>What a <see cref="Scan"/> holds besides its tokens and options, at one point of a recognition.</summary>
internal readonly record struct ScanState(
    TimeValue? LastDate,
    int LastDateEnd,
    int CachedDateIndex,
    Match? CachedDate,
    int DateDepth,
    int CachedQuantityIndex,
    int CachedQuantity,
    int CachedQuantityNext);
