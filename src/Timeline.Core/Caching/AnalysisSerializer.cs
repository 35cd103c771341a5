using System.Security.Cryptography;
using System.Text.Json;
using Timeline.Core.Events;
using Timeline.Core.Sources;

namespace Timeline.Core.Caching;

/// <summary>
/// Turns a <see cref="DocumentAnalysis"/> into bytes and back. It is generic System.Text.Json over
/// the records, so a field added to an analysis is cached without touching this file; the source
/// document itself is left out (the build has just read it) and put back on the way in.
/// </summary>
public static class AnalysisSerializer
{
    /// <summary>Bump when the stored form changes in a way the code version would not show.</summary>
    public const string FormatVersion = "timeline-analysis/1";

    internal static readonly JsonSerializerOptions KeyOptions = Options(withSource: true);
    private static readonly JsonSerializerOptions PayloadOptions = Options(withSource: false);

    public static byte[] Serialize(DocumentAnalysis analysis) => JsonSerializer.SerializeToUtf8Bytes(analysis, PayloadOptions);

    /// <summary>The analysis stored in <paramref name="payload"/>, attached to <paramref name="source"/>; null when it does not read back.</summary>
    public static DocumentAnalysis? Deserialize(ReadOnlySpan<byte> payload, SourceDocument source)
    {
        try
        {
            var analysis = JsonSerializer.Deserialize<DocumentAnalysis>(payload, PayloadOptions);
            return analysis is null ? null : analysis with { Source = source };
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or NotSupportedException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    public static byte[] Checksum(ReadOnlySpan<byte> payload) => SHA256.HashData(payload);

    private static JsonSerializerOptions Options(bool withSource)
    {
        var options = new JsonSerializerOptions { IncludeFields = false, WriteIndented = false };
        options.Converters.Add(new CalendarDateConverter());
        options.Converters.Add(new TimeValueConverter());
        if (!withSource) options.Converters.Add(new SourceDocumentPlaceholder());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
