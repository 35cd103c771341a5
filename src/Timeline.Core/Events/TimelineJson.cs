using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Timeline.Temporal;

namespace Timeline.Core.Events;

/// <summary>
/// The timeline as one JSON document, the form <c>timeline extract --format json</c> prints and the
/// timeline is checked by from outside. Keys are written in a fixed order and values in invariant
/// form, so the same input gives the same bytes.
/// </summary>
public static class TimelineJson
{
    public static string Write(TimelineData timeline, IEnumerable<string>? problems = null)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartArray("sources");
            foreach (var d in timeline.Documents) WriteSource(w, d);
            w.WriteEndArray();
            w.WriteStartArray("events");
            foreach (var e in timeline.Events) WriteEvent(w, e);
            w.WriteEndArray();
            if (problems is not null)
            {
                w.WriteStartArray("problems");
                foreach (string p in problems) w.WriteStringValue(p);
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteSource(Utf8JsonWriter w, DocumentAnalysis d)
    {
        var s = d.Source;
        w.WriteStartObject();
        w.WriteString("id", s.Id);
        w.WriteString("title", s.Title);
        w.WriteString("url", s.Url);
        w.WriteString("published", s.Published?.ToString());
        w.WriteString("published_basis", s.PublishedBasis.ToString().ToLowerInvariant());
        w.WriteString("evidence", s.PublishedEvidence);
        w.WriteString("path", s.Path);
        w.WriteNumber("statements", d.Statements.Count);
        w.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter w, TimelineEvent e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        WriteValue(w, e.When);
        w.WriteString("label", DateLabel.Format(e.When));
        w.WriteString("headline", e.Headline);
        w.WriteStartArray("mentions");
        foreach (var m in e.Mentions)
        {
            w.WriteStartObject();
            w.WriteString("source", m.SourceId);
            w.WriteString("text", m.DateText);
            w.WriteString("value", m.Value.Timex);
            w.WriteString("passage", m.Passage);
            w.WriteString("quote", m.Quote);
            if (m.Url is not null) w.WriteString("url", m.Url);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("conflicts");
        foreach (var c in e.Conflicts)
        {
            w.WriteStartObject();
            WriteValue(w, c);
            w.WriteStartArray("sources");
            foreach (string source in e.Mentions.Where(m => m.Value.Timex == c.Timex).Select(m => m.SourceId).Distinct()) w.WriteStringValue(source);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("related");
        foreach (string id in e.Related) w.WriteStringValue(id);
        w.WriteEndArray();
        if (e.IsManual) w.WriteBoolean("manual", true);
        if (e.IsEdited) w.WriteBoolean("edited", true);
        w.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter w, TimeValue v)
    {
        w.WriteString("value", v.Timex);
        w.WriteString("start", v.Start?.ToString());
        w.WriteString("end", v.End?.ToString());
        w.WriteString("precision", v.Precision.ToString().ToLowerInvariant());
        w.WriteString("modifier", v.Modifier == TimeModifier.None ? null : v.Modifier.ToString().ToLowerInvariant());
    }
}
