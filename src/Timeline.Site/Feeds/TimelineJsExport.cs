using System.Runtime.CompilerServices;
using System.Net;
using System.Text.Json;
using Timeline.Site.Changes;
using Timeline.Site.Model;

namespace Timeline.Site.Feeds;

/// <summary>
/// timelinejs.json: the events in Knight Lab's TimelineJS JSON format, loadable by TimelineJS as it is.
/// Dates carry only the parts their precision knows (February 2022 has no day); a range or a unit
/// coarser than a year gets an end date. Events with no known date are left out: TimelineJS needs a year.
/// </summary>
internal static class TimelineJsExport
{
    private sealed record TjsText(string Headline, string Text);

    private sealed record TjsDate(int Year, int? Month, int? Day, string? DisplayDate);

    private sealed record TjsEvent(TjsDate StartDate, TjsDate? EndDate, TjsText Text, string UniqueId, string DisplayDate);

    private sealed record TjsTitle(TjsText Text);

    private static readonly JsonSerializerOptions Options = new(TimelineJson.Options)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Writes the file to <paramref name="output"/> as it is serialized: at 10,000 articles it is about 60 MB.</summary>
    public static void Write(SiteModel model, Stream output) => Write(model, output, null, null);

    /// <summary>
    /// Writes the document as one serializer call would, but an event at a time, so that <paramref name="splice"/> can copy each
    /// event whose digest (<paramref name="digests"/>, with the base URL its links are made with) is unchanged from the last file.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Write(SiteModel model, Stream output, Splice? splice, Func<ContentDigests>? digests)
    {
        var site = model.Site;
        bool spliced = splice is not null && digests is not null;
        using var buffer = spliced ? splice!.Begin(output) : new BufferedStream(output, 1 << 16);
        void Raw(string text) => buffer.Write(System.Text.Encoding.UTF8.GetBytes(text));
        Raw("{\"title\":");
        JsonSerializer.Serialize(buffer, new TjsTitle(new TjsText(WebUtility.HtmlEncode(site.Title), WebUtility.HtmlEncode(site.Description ?? ""))), Options);
        Raw(",\"events\":[");
        bool first = true;
        // An event's entry shows of the site only its address (the links to the sources' pages).
        if (spliced && splice!.Events(ContentDigests.Hasher().Add(site.BaseUrl).Finish()) is { } runs)
        {
            // The events in the timeline's order, as the years list them.
            foreach (var piece in runs)
            {
                if (piece.IsRun)
                {
                    if (!first) buffer.Write(","u8);
                    first = false;
                    splice.Run(piece);
                    continue;
                }
                // Only an event made needs its view, asked for by its index.
                var e = model.Events[piece.Make];
                if (e.Start is not { } start || e.End is not { } end) continue;
                if (!first) buffer.Write(","u8);
                first = false;
                Item(e, start, end);
            }
            Raw("]}\n");
            buffer.Flush();
            splice.End();
            return;
        }
        // No "group": TimelineJS gives each group its own row, and a row per year would crowd the view.
        foreach (var year in model.Years)
        {
            foreach (var e in year.Events)
            {
                if (e.Start is not { } start || e.End is not { } end) continue;
                if (!first) buffer.Write(","u8);
                first = false;
                if (!spliced)
                {
                    JsonSerializer.Serialize(buffer, Event(site, e, start, end), Options);
                    continue;
                }
                Item(e, start, end);
            }
        }
        Raw("]}\n");
        buffer.Flush();
        if (spliced) splice!.End();

        // Static lambdas over a tuple: a closure per event would be three objects for each of 46,000 events.
        void Item(EventView e, string start, string end) =>
            splice!.Item(EventRuns.Key(e.Id), (Digests: digests!, Site: site, Event: e, Start: start, End: end, Buffer: buffer),
                static s => ContentDigests.Hasher().Add(s.Digests().Events[s.Event.Id]).Add(s.Site.BaseUrl).Finish(),
                static s => JsonSerializer.Serialize(s.Buffer, Event(s.Site, s.Event, s.Start, s.End), Options));
    }

    private static TjsEvent Event(SiteInfo site, EventView e, string start, string end)
    {
        var first = Iso(start);
        var last = Iso(end).AddDays(-1);
        bool spans = e.Timex.Contains('/') || e.Precision is "week" or "season" or "quarter" or "half" or "decade" or "century" or "millennium";
        return new TjsEvent(
            Date(first, e.Precision, null),
            spans ? Date(last, e.Precision, null) : null,
            new TjsText(WebUtility.HtmlEncode(e.Headline), Body(site, e)),
            e.Id,
            e.Date);
    }

    // TimelineJS renders text as HTML: every article string is escaped here.
    private static string Body(SiteInfo site, EventView e) => string.Concat(e.Sources.Select(s =>
        $"<blockquote>{WebUtility.HtmlEncode(s.Quote)}</blockquote><p><a href=\"{WebUtility.HtmlEncode(Feeds.Url(site, s.Href))}\">{WebUtility.HtmlEncode(s.SourceTitle)}</a></p>"));

    private static TjsDate Date(Temporal.CalendarDate date, string precision, string? display)
    {
        // TimelineJS counts years without a year 0: astronomical 0 is 1 BC, which it writes as -1.
        int year = date.Year <= 0 ? date.Year - 1 : date.Year;
        return precision switch
        {
            "day" or "week" => new TjsDate(year, date.Month, date.Day, display),
            "month" or "season" or "quarter" or "half" => new TjsDate(year, date.Month, null, display),
            _ => new TjsDate(year, null, null, display),
        };
    }

    private static Temporal.CalendarDate Iso(string iso)
    {
        bool negative = iso.StartsWith('-');
        var parts = (negative ? iso[1..] : iso).Split('-');
        int year = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        return new Temporal.CalendarDate(negative ? -year : year,
            int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
    }
}
