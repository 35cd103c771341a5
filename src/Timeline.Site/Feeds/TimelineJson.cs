using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using Timeline.Site.Changes;
using Timeline.Site.Model;

namespace Timeline.Site.Feeds;

/// <summary>
/// timeline.json: the site's whole model, every field the pages show, in snake_case (schema in
/// docs/timeline-json.md). Each piece of text is in it once: an event's report names its source
/// and passage instead of repeating the sentence, a related event is named by its id, an article's
/// text is split into sentences with its dates as offsets. One event or source per line, so that a
/// change shows in a diff as the lines it touches. Property order is declaration order, so output is stable.
/// An article's text is in a file of its own (<see cref="TextPath"/>), not here: the texts were
/// over a third of the file at 10,000 articles, and an edit to one article rewrote all of them.
/// Excerpts-only sources have no such file; their quoted passages stay in their entry here.
/// </summary>
internal static class TimelineJson
{
    public const int SchemaVersion = 3;

    internal static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a data file, never inlined into HTML
    };

    private sealed record YearEntry(string Label, string Anchor, int? Year, IReadOnlyList<string> Events);

    private sealed record DecadeEntry(string Label, string Anchor, IReadOnlyList<YearEntry> Years);

    /// <param name="DateAt">Where the date starts in the passage's text, or null when it is not in it (an editor's quote).</param>
    /// <param name="Quote">The quoted text when it is not the passage's own (an editor's addition), else null.</param>
    /// <param name="OriginalUrl">The report's own address when it is not its source's <c>url</c>, else null.</param>
    private sealed record ReportEntry(string SourceId, string Passage, string DateText, int? DateAt, string? Quote, string? OriginalUrl);

    private sealed record EventEntry(
        string Id, string Href, string Date, string? Datetime, string Timex, string Precision, string Modifier,
        string? Start, string? End, bool Resolved, string Headline, string SourceIds, string YearAnchor,
        IReadOnlyList<ReportEntry> Sources, IReadOnlyList<ConflictView> Conflicts, IReadOnlyList<string> Related,
        bool IsManual, bool IsEdited);

    /// <param name="Start">Offset in the sentence's <c>text</c>, in UTF-16 code units (as JavaScript counts).</param>
    /// <param name="Event">The id of the event it became, or null.</param>
    private sealed record DateEntry(int Start, int Length, string? Timex, string? Event);

    private sealed record SentenceEntry(string Anchor, string Text, IReadOnlyList<DateEntry> Dates);

    private sealed record SourceEntry(
        string Id, string Title, string Href, string? Url, string? Publisher, string Published, string? PublishedIso,
        string PublishedBasis, string? PublishedEvidence, string? Dateline, bool ExcerptsOnly, int EventCount,
        string? TextHref, IReadOnlyList<IReadOnlyList<SentenceEntry>>? Paragraphs);

    /// <summary>Where the text of the source <paramref name="id"/> is, relative to the site root (ids are file-name safe: the source's page is named by it).</summary>
    public static string TextPath(string id) => $"data/sources/{id}.json";

    /// <summary>
    /// Each full-text source's text file: its sentences and their dates, one paragraph per line. Small
    /// and made whole, so that one the same as the previous build's is carried over, not written.
    /// </summary>
    public static IEnumerable<(string Path, byte[] Content)> SourceTexts(SiteModel model)
    {
        foreach (var source in model.Sources)
        {
            if (source.ExcerptsOnly) continue; // its text is never published
            yield return (TextPath(source.Id), SourceText(source));
        }
    }

    /// <summary>The text file of one source (<see cref="TextPath"/>); a source published as excerpts only has none.</summary>
    public static byte[] SourceText(SourceView source)
    {
        using var buffer = new MemoryStream();
        void Raw(string text) => buffer.Write(System.Text.Encoding.UTF8.GetBytes(text));
        Raw($"{{\"schema_version\": {SchemaVersion},\n\"id\": ");
        JsonSerializer.Serialize(buffer, source.Id, Options);
        Raw(",\n\"href\": ");
        JsonSerializer.Serialize(buffer, source.Href, Options);
        Raw(",\n\"paragraphs\": [");
        string separator = "\n";
        foreach (var paragraph in source.Paragraphs)
        {
            Raw(separator);
            JsonSerializer.Serialize(buffer, paragraph.Sentences.Select(Entry).ToList(), Options);
            separator = ",\n";
        }
        Raw("\n]}\n");
        return buffer.ToArray();
    }

    /// <summary>Writes the file to <paramref name="output"/> as it is made: at 10,000 articles it is about 200 MB, too much to hold twice.</summary>
    public static void Write(SiteModel model, Stream output) => Write(model, output, null, null);

    /// <param name="splice">Copies each event and source whose digest (<paramref name="digests"/>) is unchanged from the last file.</param>
    /// <param name="full">The whole view of a source whose view in <paramref name="model"/> may lack its text (<see cref="PartialSiteModel"/>).</param>
    /// <param name="events">The timeline's events, in the model's order: the ids each year lists are taken from them rather than from the
    /// events' views, of which a rebuild needs only those it makes (the years list the timeline's events in order, a run of them each).</param>
    internal static void Write(SiteModel model, Stream output, Splice? splice, Func<ContentDigests>? digests, Func<SourceView, SourceView>? full = null,
        IReadOnlyList<Core.Events.TimelineEvent>? events = null)
    {
        full ??= s => s;
        int next = 0;
        IReadOnlyList<string> Ids(YearView year)
        {
            if (events is null) return year.Events.Select(e => e.Id).ToList();
            var ids = new string[year.Events.Count];
            for (int i = 0; i < ids.Length; i++) ids[i] = events[next++].Id;
            return ids;
        }
        var decades = model.Decades
            .Select(d => new DecadeEntry(d.Label, d.Anchor, d.Years.Select(y => new YearEntry(y.Label, y.Anchor, y.Year, Ids(y))).ToList()));
        // Sources are made into entries one at a time as they are written, never all at once.
        var sourcesById = model.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var urls = model.Sources.ToDictionary(s => s.Id, s => s.Url, StringComparer.Ordinal);

        // Spliced, the splice's stream buffers, and hashes the bytes unless the output does (a staged site's file).
        bool spliced = splice is not null && digests is not null;
        using var buffer = spliced ? splice!.Begin(output) : new BufferedStream(output, 1 << 16);
        void Raw(string text) => buffer.Write(System.Text.Encoding.UTF8.GetBytes(text));
        void Value<T>(T value) => JsonSerializer.Serialize(buffer, value, Options);
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        void Lines<T>(string name, IEnumerable<T> items, Func<T, string>? key = null, Func<T, UInt128>? digest = null, Func<T, object>? entry = null, bool last = false)
        {
            Raw($"\"{name}\": [");
            bool first = true;
            foreach (var value in items)
            {
                buffer.Write(first ? "\n"u8 : ",\n"u8);
                first = false;
                if (key is not null && digest is not null && entry is not null && spliced)
                {
                    // Static lambdas over a tuple: closures per item would be three objects for each of 56,000 items.
                    splice!.Item(key(value), (Value: value, Digest: digest, Entry: entry, Buffer: buffer), static s => s.Digest(s.Value), static s =>
                    {
                        object made = s.Entry(s.Value);
                        JsonSerializer.Serialize(s.Buffer, made, made.GetType(), Options);
                    });
                }
                else
                {
                    Value(entry is null ? (object)value! : entry(value));
                }
            }
            Raw(last ? "\n]\n" : "\n],\n");
        }

        Raw($"{{\"schema_version\": {SchemaVersion},\n\"site\": ");
        Value(model.Site);
        Raw(",\n\"overview\": ");
        Value(model.Overview);
        Raw(",\n");
        Lines("decades", decades);
        // The digests are asked for lazily: a first build makes them beside the pages and records them at the end.
        Func<EventView, object> entry = e => Entry(e, sourcesById, urls, full);
        // An event's entry shows nothing of the site beyond the event and the sources it cites: what its items share is the schema.
        if (spliced && splice!.Events(ContentDigests.Hasher().Add((long)SchemaVersion).Finish()) is { } runs)
        {
            Raw("\"events\": [");
            bool first = true;
            foreach (var piece in runs)
            {
                buffer.Write(first ? "\n"u8 : ",\n"u8);
                first = false;
                if (piece.IsRun)
                {
                    splice.Run(piece);
                    continue;
                }
                // Only an event made needs its view, asked for by its index.
                var e = model.Events[piece.Make];
                splice.Item(EventRuns.Key(e.Id), (Event: e, Digests: digests!, Entry: entry, Buffer: buffer), static s => s.Digests().WithSources(s.Event), static s =>
                    JsonSerializer.Serialize(s.Buffer, s.Entry(s.Event), typeof(EventEntry), Options));
            }
            Raw("\n],\n");
        }
        else
        {
            Lines("events", model.Events, e => EventRuns.Key(e.Id), e => digests!().WithSources(e), entry);
        }
        Lines("sources", model.Sources, s => "s:" + s.Id, s => digests!().Sources[s.Id], s => Entry(s.ExcerptsOnly ? full(s) : s), last: true);
        Raw("}\n");
        buffer.Flush();
        if (spliced) splice!.End();
    }

    private static EventEntry Entry(EventView e, Dictionary<string, SourceView> sources, Dictionary<string, string?> urls, Func<SourceView, SourceView> full) => new(
        e.Id, e.Href, e.Date, e.Datetime, e.Timex, e.Precision, e.Modifier, e.Start, e.End, e.Resolved, e.Headline, e.SourceIds, e.YearAnchor,
        e.Sources.Select(s =>
        {
            bool quoted = IsPassage(sources.TryGetValue(s.SourceId, out var source) ? full(source) : null, s.Passage, s.Quote);
            return new ReportEntry(
                s.SourceId,
                s.Passage,
                s.DateText,
                s.Highlighted.Date.Length > 0 ? s.Highlighted.DateAt : null,
                quoted ? null : s.Quote,
                s.OriginalUrl == urls.GetValueOrDefault(s.SourceId) ? null : s.OriginalUrl);
        }).ToList(),
        e.Conflicts,
        e.Related.Select(r => r.Id).ToList(),
        e.IsManual,
        e.IsEdited);

    /// <summary>True when <paramref name="quote"/> is the text of the source's sentence <paramref name="anchor"/>, compared segment by segment.</summary>
    private static bool IsPassage(SourceView? source, string anchor, string quote)
    {
        if (source is null) return false;
        // By index: a foreach over the lists' interface would box an enumerator per paragraph, for every report of every event.
        for (int p = 0; p < source.Paragraphs.Count; p++)
        {
            var sentences = source.Paragraphs[p].Sentences;
            for (int s = 0; s < sentences.Count; s++)
            {
                var sentence = sentences[s];
                if (sentence.Anchor != anchor) continue;
                int at = 0;
                foreach (var segment in sentence.Segments)
                {
                    var text = segment.AsSpan();
                    if (at + text.Length > quote.Length || !quote.AsSpan(at, text.Length).SequenceEqual(text)) return false;
                    at += text.Length;
                }
                return at == quote.Length;
            }
        }
        return false;
    }

    private static SourceEntry Entry(SourceView s) => new(
        s.Id, s.Title, s.Href, s.Url, s.Publisher, s.Published, s.PublishedIso, s.PublishedBasis, s.PublishedEvidence, s.Dateline, s.ExcerptsOnly, s.EventCount,
        s.ExcerptsOnly ? null : TextPath(s.Id),
        s.ExcerptsOnly ? s.Paragraphs.Select(p => (IReadOnlyList<SentenceEntry>)p.Sentences.Select(Entry).ToList()).ToList() : null);

    private static SentenceEntry Entry(SentenceView sentence)
    {
        var dates = new List<DateEntry>();
        int at = 0;
        foreach (var segment in sentence.Segments)
        {
            int length = segment.AsSpan().Length;
            if (segment.IsDate)
                dates.Add(new DateEntry(at, length, segment.Timex, segment.EventHref is { } href ? EventId(href) : null));
            at += length;
        }
        return new SentenceEntry(sentence.Anchor, TextOf(sentence.Segments, at), dates);
    }

    /// <summary>The segments' text as one string of <paramref name="length"/> characters, copied once.</summary>
    private static string TextOf(IReadOnlyList<SegmentView> segments, int length)
    {
        if (segments.Count == 1) return segments[0].Text;
        return string.Create(length, segments, static (chars, all) =>
        {
            foreach (var segment in all)
            {
                segment.AsSpan().CopyTo(chars);
                chars = chars[segment.AsSpan().Length..];
            }
        });
    }

    private static string EventId(string href) => href[(href.IndexOf('/') + 1)..href.LastIndexOf('.')];
}
