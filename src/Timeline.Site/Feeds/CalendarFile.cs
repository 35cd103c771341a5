using System.Runtime.CompilerServices;
using System.Text;
using Timeline.Site.Changes;
using Timeline.Site.Model;

namespace Timeline.Site.Feeds;

/// <summary>
/// events.ics (RFC 5545): every placed event as an all-day event, or a multi-day one for a range.
/// iCalendar has no partial dates, so an event known only to the month or the year spans the whole
/// month or year, and says so in a COMMENT; so do coarser ones (a decade spans ten years). Events
/// before year 1 or with no known date have no place in a calendar and are left out.
/// </summary>
internal static class CalendarFile
{
    public const string Description =
        "Each event is an all-day event on its date, or a multi-day event over its range. " +
        "An event known only to the month or the year spans that whole month or year (see its COMMENT). " +
        "Events with no known date, or before year 1, are not included.";

    /// <summary>Writes the file to <paramref name="output"/> line by line: at 10,000 articles it is about 46 MB.</summary>
    public static void Write(SiteModel model, Stream output) => Write(model, output, null, null);

    /// <param name="splice">Copies each event whose digest (<paramref name="digests"/>, with the site's stamp, host and base URL) is unchanged from the last file.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Write(SiteModel model, Stream output, Splice? splice, Func<ContentDigests>? digests)
    {
        var site = model.Site;
        string stamp = Feeds.Updated(site).Replace("-", "").Replace(":", "");
        string host = site.BaseUrl is { } b ? new Uri(b).Host : "timeline.invalid";
        if (digests is null) splice = null;
        using var writer = new StreamWriter(splice is null ? output : splice.Begin(output), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
        var line = new StringBuilder();
        void Line(string text)
        {
            line.Clear();
            Fold(line, text);
            writer.Write(line);
        }

        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line($"PRODID:-//{site.Generator}//Timeline site//EN");
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:PUBLISH");
        Line("X-WR-CALNAME:" + Text(site.Title));
        Line("X-WR-CALDESC:" + Text(Description));
        Action<EventView, string, string> write = Event;
        writer.Flush(); // where the events begin
        // An event's entry shows of the site its stamp, its host and its address.
        if (splice?.Events(ContentDigests.Hasher().Add(stamp).Add(host).Add(site.BaseUrl).Finish()) is { } runs)
        {
            foreach (var piece in runs)
            {
                if (piece.IsRun)
                {
                    splice.Run(piece);
                    continue;
                }
                // Only an event made needs its view, asked for by its index.
                var e = model.Events[piece.Make];
                if (Listed(e) is var (start, end)) Item(e, start, end);
            }
        }
        else
        {
            foreach (var e in model.Events)
            {
                if (Listed(e) is not var (start, end)) continue;
                if (splice is null) Event(e, start, end);
                else Item(e, start, end);
            }
        }
        Line("END:VCALENDAR");
        if (splice is not null)
        {
            writer.Flush();
            splice.End();
        }

        void Item(EventView e, string start, string end)
        {
            writer.Flush(); // where the event begins
            // Static lambdas over a tuple: a closure per event would be three objects for each of 46,000 events.
            splice!.Item(EventRuns.Key(e.Id), (Digests: digests!, Stamp: stamp, Host: host, Site: site, Event: e, Start: start, End: end, Write: write, Writer: writer),
                static s => ContentDigests.Hasher().Add(s.Digests().Events[s.Event.Id]).Add(s.Stamp).Add(s.Host).Add(s.Site.BaseUrl).Finish(),
                static s =>
                {
                    s.Write(s.Event, s.Start, s.End);
                    s.Writer.Flush();
                });
        }

        void Event(EventView e, string start, string end)
        {
            Line("BEGIN:VEVENT");
            Line($"UID:{e.Id}@{host}");
            Line("DTSTAMP:" + stamp);
            Line("DTSTART;VALUE=DATE:" + start.Replace("-", ""));
            Line("DTEND;VALUE=DATE:" + end.Replace("-", ""));
            Line("SUMMARY:" + Text(e.Headline));
            Line("DESCRIPTION:" + Text($"{e.Date}. " + string.Join(" ", e.Sources.Select(s => $"“{s.Quote}” ({s.SourceTitle})"))));
            if (Comment(e) is { } comment) Line("COMMENT:" + Text(comment));
            if (site.BaseUrl is not null) Line("URL:" + Feeds.Url(site, e.Href));
            Line("END:VEVENT");
        }
    }

    /// <summary>An event's first and last day when the calendar lists it: one with a known date in year 1 or later.</summary>
    private static (string Start, string End)? Listed(EventView e) =>
        e.Start is not { } start || e.End is not { } end || start.StartsWith('-') || start.StartsWith("0000", StringComparison.Ordinal) ? null : (start, end);

    private static string? Comment(EventView e) => e.Precision switch
    {
        "day" => null,
        "week" => $"Known to the week ({e.Date}); shown over the whole week.",
        "month" => $"Known only to the month ({e.Date}); shown over the whole month.",
        "year" => $"Known only to the year ({e.Date}); shown over the whole year.",
        _ => $"Known only as {e.Date} ({e.Precision}); shown over that whole period.",
    };

    /// <summary>TEXT escaping: backslash, semicolon, comma and line breaks.</summary>
    private static string Text(string value) => value
        .Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,")
        .Replace("\r\n", "\\n").Replace("\n", "\\n").Replace("\r", "\\n");

    /// <summary>Content lines end in CRLF and fold at 75 octets, never inside a UTF-8 sequence.</summary>
    private static void Fold(StringBuilder ics, string line)
    {
        int octets = 0;
        for (int i = 0; i < line.Length; i++)
        {
            int width = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            int bytes = Encoding.UTF8.GetByteCount(line.AsSpan(i, width));
            if (octets + bytes > 75)
            {
                ics.Append("\r\n ");
                octets = 1;
            }
            ics.Append(line, i, width);
            octets += bytes;
            i += width - 1;
        }
        ics.Append("\r\n");
    }
}
