using System.Runtime.CompilerServices;
using Timeline.Site.Model;

namespace Timeline.Site.Changes;

/// <summary>
/// The digest of a page of the list of sources (<see cref="SourcesPageView"/>): every field it shows, hashed as it is. A rebuild
/// carries these pages over on it instead of fingerprinting them, which hashed every row's view through <c>ViewHash</c> in every
/// build (80 pages, 10,000 rows at 10,000 articles).
/// </summary>
internal static class SourcesPageDigest
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static UInt128 Of(SourcesPageView page)
    {
        var h = ContentDigests.Hasher().Add(page.Path).Add(page.Title).Add(page.Total).Count(page.Sources.Count);
        foreach (var row in page.Sources)
            h.Add(row.Id).Add(row.Title).Add(row.Href).Add(row.Publisher).Add(row.Published).Add(row.PublishedIso).Add(row.EventCount);
        h.Count(page.Pages.Count);
        foreach (var link in page.Pages) Link(h, link);
        Link(h, page.Previous);
        Link(h, page.Next);
        return h.Finish();
    }

    private static void Link(DigestHasher h, PageLink? link)
    {
        if (link is null) h.Add((string?)null);
        else h.Add(link.Label).Add(link.Href).Add(link.EventCount);
    }
}
