using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Timeline.Core.Sources;
using Timeline.Temporal;

namespace Timeline.Core.Caching;

/// <summary>
/// The key of a cached analysis: a SHA-256 of the format and code versions and of the whole
/// document as read — its text, and every other field through generic JSON, so a date or title
/// changed in timeline.yml (or a field added to documents later) misses the cache.
/// </summary>
public static class CacheKey
{
    // Every field but the text, which is hashed as raw UTF-16: escaping 80 MB of text into JSON cost more than the rest of a lookup.
    private static readonly JsonSerializerOptions MetadataOptions = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                info =>
                {
                    if (info.Type != typeof(SourceDocument)) return;
                    foreach (var property in info.Properties.Where(p => p.Name == nameof(SourceDocument.Text)).ToList())
                        info.Properties.Remove(property);
                },
            },
        },
    };

    /// <summary>
    /// The exact code that analyses: the module version ids of the assemblies that hold the
    /// extractor and the recognizer. A deterministic build gives the same id for the same source,
    /// and any change to either gives a new one, so a cache never outlives the code that filled it.
    /// </summary>
    public static string CodeVersion(ITemporalRecognizer recognizer) =>
        $"{typeof(CacheKey).Assembly.ManifestModule.ModuleVersionId:N}/{recognizer.GetType().FullName}/{recognizer.GetType().Assembly.ManifestModule.ModuleVersionId:N}";

    /// <summary>The key of <paramref name="document"/>, or null when it cannot be serialized (it is then always analysed).</summary>
    public static string? For(SourceDocument document, string codeVersion)
    {
        byte[] metadata;
        try
        {
            metadata = JsonSerializer.SerializeToUtf8Bytes(document, MetadataOptions);
        }
        catch (Exception ex) when (ex is NotSupportedException or JsonException or InvalidOperationException)
        {
            return null;
        }
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{AnalysisSerializer.FormatVersion}\n{codeVersion}\n"));
        sha.AppendData(metadata);
        sha.AppendData(MemoryMarshal.AsBytes(document.Text.AsSpan()));
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
