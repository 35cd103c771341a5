using System.Text.Encodings.Web;
using System.Text.Json;
using Timeline.Site.Model;

namespace Timeline.Site.Feeds;

/// <summary>
/// timeline.json: the site's whole model, every field the pages show, in snake_case
/// (schema in docs/timeline-json.md). Property order is declaration order, so output is stable.
/// </summary>
internal static class TimelineJson
{
    public const int SchemaVersion = 1;

    internal static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a data file, never inlined into HTML
    };

    private sealed record YearEntry(string Label, string Anchor, int? Year, IReadOnlyList<string> Events);

    private sealed record DecadeEntry(string Label, string Anchor, IReadOnlyList<YearEntry> Years);

    private sealed record Document(
        int SchemaVersion,
        SiteInfo Site,
        IReadOnlyList<DecadeEntry> Decades,
        IReadOnlyList<EventView> Events,
        IReadOnlyList<SourceView> Sources,
        OverviewView Overview);

    public static byte[] Write(SiteModel model)
    {
        var decades = model.Decades
            .Select(d => new DecadeEntry(d.Label, d.Anchor, d.Years.Select(y => new YearEntry(y.Label, y.Anchor, y.Year, y.Events.Select(e => e.Id).ToList())).ToList()))
            .ToList();
        var document = new Document(SchemaVersion, model.Site, decades, model.Events, model.Sources, model.Overview);
        return [.. JsonSerializer.SerializeToUtf8Bytes(document, Options), (byte)'\n'];
    }
}
