using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Timeline.Core.Sources;

namespace Timeline.Site.Building;

/// <summary>
/// What the rest of the site shows of a source apart from its text: the fields of its document other
/// than the text and what is derived from the text's layout. An edit that leaves this and the source's
/// statements unchanged can only change the source's own page and text file; anything else it changes
/// takes the full build. The publication date is the one finally known (inferred from the text when
/// the metadata had none), so an edit that moves an inferred date changes the face.
/// </summary>
internal static class SourceFace
{
    /// <summary>
    /// The fields of <see cref="SourceDocument"/> that are not in the face, and why: the text is the page's own,
    /// and the source map only says where each offset of it came from in the file. A test pins that every other
    /// field is hashed, so a field added later is either shown by the face or named here.
    /// </summary>
    internal static readonly IReadOnlySet<string> LeftOut = new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(SourceDocument.Text),
        nameof(SourceDocument.SourceMap),
    };

    public static byte[] Digest(SourceDocument d)
    {
        var text = new StringBuilder();
        void Field(string name, string? value) =>
            text.Append(name).Append(value is null ? "=null" : string.Create(CultureInfo.InvariantCulture, $"#{value.Length}:{value}")).Append('\n');
        Field(nameof(d.Id), d.Id);
        Field(nameof(d.Path), d.Path);
        Field(nameof(d.Title), d.Title);
        Field(nameof(d.Url), d.Url);
        Field(nameof(d.Publisher), d.Publisher);
        Field(nameof(d.Author), d.Author);
        Field(nameof(d.Dateline), d.Dateline);
        Field(nameof(d.Published), d.Published?.ToString());
        Field(nameof(d.PublishedBasis), d.PublishedBasis.ToString());
        Field(nameof(d.PublishedEvidence), d.PublishedEvidence);
        Field(nameof(d.ExcerptsOnly), d.ExcerptsOnly ? "true" : "false");
        Field(nameof(d.Tags), string.Concat(d.Tags.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Length}:{t};"))));
        return SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>The properties <see cref="Digest"/> hashes, by name (for the test that keeps it complete).</summary>
    internal static IReadOnlyList<string> Hashed { get; } =
    [
        nameof(SourceDocument.Id), nameof(SourceDocument.Path), nameof(SourceDocument.Title), nameof(SourceDocument.Url),
        nameof(SourceDocument.Publisher), nameof(SourceDocument.Author), nameof(SourceDocument.Dateline), nameof(SourceDocument.Published),
        nameof(SourceDocument.PublishedBasis), nameof(SourceDocument.PublishedEvidence), nameof(SourceDocument.ExcerptsOnly), nameof(SourceDocument.Tags),
    ];
}
