namespace Timeline.Site;

/// <summary>
/// The files of a site by relative path, in ordinal order. A null content is a page whose inputs
/// did not change since the previous build: its file there is carried over as it is.
/// </summary>
/// <param name="Fingerprints">Each page's fingerprint (<see cref="Output.PageFingerprints"/>), kept for the next build.</param>
/// <param name="Rendered">How many pages were rendered; the others were carried over.</param>
public sealed record RenderedSite(SortedDictionary<string, byte[]?> Files, SortedDictionary<string, string> Fingerprints, int Rendered);

/// <summary>What a render did: each page's fingerprint, to keep for the next build, and how many pages it rendered (the others were carried over).</summary>
/// <param name="Fingerprints">Each page's fingerprint by path, in no particular order.</param>
public sealed record RenderSummary(IReadOnlyDictionary<string, string> Fingerprints, int Rendered)
{
    /// <summary>What the next build needs to carry pages over without fingerprinting them (<see cref="Changes.SiteDigests"/>).</summary>
    internal Changes.SiteDigests? Digests { get; init; }

    /// <summary>How many pages were carried over on their digests alone, without their fingerprint being computed.</summary>
    public int Unexamined { get; init; }

    /// <summary>How many of <see cref="Unexamined"/> were carried over as the last build recorded them, without a digest made (their event or source unchanged).</summary>
    public int CarriedAsRecorded { get; init; }

    /// <summary>How many sources' text files were carried over on their digests, without being made again.</summary>
    public int TextsCarried { get; init; }

    /// <summary>Whether feed.xml was carried over as the last build recorded it, not written again.</summary>
    public bool FeedCarried { get; init; }

    /// <summary>How many events and sources of the large data files were copied from the last build's files.</summary>
    public int ItemsCopied { get; init; }

    /// <summary>How many of <see cref="ItemsCopied"/> were events copied in runs of the last files, each never looked at on its own.</summary>
    public int ItemsInRuns { get; init; }

    /// <summary>
    /// When the model was made with each source's text only where needed (<see cref="Model.PartialSiteModel"/>): how many sources'
    /// full views were made, of how many; else null.
    /// </summary>
    public (int Made, int Of)? SourceViews { get; init; }

    /// <summary>How many events' views listed their sources (made when first read: for the pages rendered and the data files' items written), of how many.</summary>
    public (int Made, int Of) EventViews { get; init; }

    /// <summary>
    /// When the last build's records of its events and sources were taken (<see cref="Changes.EventRecords"/>): how many events' own
    /// digests and estimates, of how many events, and how many sources' digests, of how many sources; else null.
    /// </summary>
    public (int Events, int OfEvents, int Sources, int OfSources)? Recorded { get; init; }

    /// <summary>How many sources' digests were made from their analysis cache keys, without reading their analyses.</summary>
    public int SourcesKeyed { get; init; }

    /// <summary>Why the pages of a template were all fingerprinted: <c>event.sbn reads `events`, which changed</c>.</summary>
    public IReadOnlyList<string> DigestNotes { get; init; } = [];
}
