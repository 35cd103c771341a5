using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Timeline.Core.Sources;
using Timeline.Temporal;

namespace Timeline.Core.Caching;

/// <summary>A date as [year, month, day]: the struct has no setters, and years before the common era are valid.</summary>
internal sealed class CalendarDateConverter : JsonConverter<CalendarDate>
{
    public override CalendarDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var parts = JsonSerializer.Deserialize<int[]>(ref reader, options);
        if (parts is not { Length: 3 }) throw new JsonException("a date is [year, month, day]");
        return new CalendarDate(parts[0], parts[1], parts[2]);
    }

    public override void Write(Utf8JsonWriter writer, CalendarDate value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Year);
        writer.WriteNumberValue(value.Month);
        writer.WriteNumberValue(value.Day);
        writer.WriteEndArray();
    }
}

/// <summary>
/// A <see cref="TimeValue"/> by its five parts. Its constructor is private (the factories keep the
/// parts in agreement), so reading calls it through reflection: the constructor still validates,
/// so a stored value that breaks its rules fails to read and the article is analysed again.
/// </summary>
internal sealed class TimeValueConverter : JsonConverter<TimeValue>
{
    private static readonly ConstructorInfo? Constructor = typeof(TimeValue).GetConstructor(
        BindingFlags.NonPublic | BindingFlags.Instance,
        [typeof(string), typeof(TimePrecision), typeof(TimeModifier), typeof(CalendarDate?), typeof(CalendarDate?)]);

    private sealed record Parts(string Timex, TimePrecision Precision, TimeModifier Modifier, CalendarDate? Start, CalendarDate? End);

    public override TimeValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var p = JsonSerializer.Deserialize<Parts>(ref reader, options) ?? throw new JsonException("a time value is an object");
        if (Constructor is null) throw new NotSupportedException("TimeValue's constructor changed; the cache cannot restore values");
        try
        {
            return (TimeValue)Constructor.Invoke([p.Timex, p.Precision, p.Modifier, p.Start, p.End]);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is ArgumentException inner)
        {
            throw new JsonException(inner.Message, inner);
        }
    }

    public override void Write(Utf8JsonWriter writer, TimeValue value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new Parts(value.Timex, value.Precision, value.Modifier, value.Start, value.End), options);
}

/// <summary>Leaves the source document out of a stored analysis; the reader puts the build's own document back.</summary>
internal sealed class SourceDocumentPlaceholder : JsonConverter<SourceDocument>
{
    public override SourceDocument Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        reader.Skip();
        return new SourceDocument { Id = "", Path = "", Title = "", Text = "" };
    }

    public override void Write(Utf8JsonWriter writer, SourceDocument value, JsonSerializerOptions options) => writer.WriteNullValue();
}
