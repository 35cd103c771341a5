using System.Buffers;
using System.Globalization;
using System.Security;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Timeline.Temporal;

namespace Timeline.Cli.Tagging;

/// <summary>Writes the mentions of one document as JSONL, tab-separated text, or the text with TIMEX3 tags.</summary>
internal sealed class MentionWriter(TextWriter output, TagFormat format)
{
    // Relaxed escaping so that "text" reads back exactly as the document has it (quotes, accents, dashes).
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly ArrayBufferWriter<byte> _buffer = new();

    public void Write(TagDocument document, string text, IReadOnlyList<TemporalMention> mentions)
    {
        switch (format)
        {
            case TagFormat.Jsonl:
                foreach (var m in mentions) WriteJson(document.Id, m);
                break;
            case TagFormat.Text:
                foreach (var m in mentions)
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{document.Id}\t{m.Start}\t{m.End}\t{TypeName(m.Kind)}\t{m.Value.Timex}\t{m.Text.ReplaceLineEndings(" ")}"));
                break;
            default:
                WriteTimeml(text, mentions);
                break;
        }
    }

    private void WriteJson(string doc, TemporalMention m)
    {
        _buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(_buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("doc", doc);
            json.WriteNumber("start", m.Start);
            json.WriteNumber("end", m.End);
            json.WriteString("text", m.Text);
            json.WriteString("type", TypeName(m.Kind));
            json.WriteString("value", m.Value.Timex);
            json.WriteString("precision", m.Value.Precision.ToString().ToLowerInvariant());
            json.WriteBoolean("anchored", m.IsAnchored);
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(_buffer.WrittenSpan));
    }

    private void WriteTimeml(string text, IReadOnlyList<TemporalMention> mentions)
    {
        var sb = new StringBuilder(text.Length + mentions.Count * 64);
        int at = 0;
        int tid = 1;
        foreach (var m in mentions)
        {
            if (m.Start < at) continue;
            sb.Append(SecurityElement.Escape(text[at..m.Start]));
            sb.Append(CultureInfo.InvariantCulture, $"<TIMEX3 tid=\"t{tid++}\" type=\"{TimemlType(m.Kind)}\" value=\"{SecurityElement.Escape(m.Value.Timex)}\"");
            if (TimemlMod(m.Value.Modifier) is { } mod) sb.Append(CultureInfo.InvariantCulture, $" mod=\"{mod}\"");
            sb.Append('>').Append(SecurityElement.Escape(m.Text)).Append("</TIMEX3>");
            at = m.End;
        }

        sb.Append(SecurityElement.Escape(text[at..]));
        output.WriteLine(sb.ToString());
    }

    public static string TypeName(MentionKind kind) => kind switch
    {
        MentionKind.DateRange => "daterange",
        MentionKind.Duration => "duration",
        MentionKind.Set => "set",
        _ => "date",
    };

    private static string TimemlType(MentionKind kind) => kind switch
    {
        MentionKind.Duration => "DURATION",
        MentionKind.Set => "SET",
        _ => "DATE",
    };

    /// <summary>TimeML's <c>mod</c> vocabulary: early and late are START and END.</summary>
    private static string? TimemlMod(TimeModifier modifier) => modifier switch
    {
        TimeModifier.Approximate => "APPROX",
        TimeModifier.Early or TimeModifier.Start => "START",
        TimeModifier.Mid => "MID",
        TimeModifier.Late or TimeModifier.End => "END",
        TimeModifier.Before => "BEFORE",
        TimeModifier.After => "AFTER",
        _ => null,
    };
}
