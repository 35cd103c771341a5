using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Timeline.Core.Sources;
using Timeline.Temporal;

namespace Timeline.Core.Caching;

/// <summary>
/// The key of a cached analysis: a SHA-256 of the code version and of the whole document as read
/// (every field, not just the text, so a date or title changed in timeline.yml misses the cache).
/// </summary>
public static class CacheKey
{
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
        byte[] json;
        try
        {
            json = JsonSerializer.SerializeToUtf8Bytes(document, AnalysisSerializer.KeyOptions);
        }
        catch (Exception ex) when (ex is NotSupportedException or JsonException or InvalidOperationException)
        {
            return null;
        }
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{AnalysisSerializer.FormatVersion}\n{codeVersion}\n"));
        sha.AppendData(json);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
