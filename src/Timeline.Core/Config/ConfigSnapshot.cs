using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Timeline.Core.Config;

/// <summary>
/// timeline.yml as the last build parsed it, kept in the cache folder as JSON under the digest of its bytes and of the code
/// that parsed it. A rebuild that reads a changed article needs the config first, and YamlDotNet's first parse in a process
/// is 70-150 ms for the 240 KB of source metadata a 10,000-article corpus may carry, on the rebuild's critical path; the
/// snapshot reads back in a few milliseconds with a source-generated reader. A snapshot of other bytes or other code, or one
/// that does not read back, is parsed over and written again: it is never trusted beyond its key.
/// </summary>
public static class ConfigSnapshot
{
    public const string FileName = "config.json";

    /// <summary>
    /// The config <paramref name="yaml"/> holds: the snapshot in <paramref name="cacheFolder"/> when it was made from the same
    /// bytes by the same code (<paramref name="codeVersion"/>), else what <paramref name="parse"/> gives, written for the next build.
    /// </summary>
    public static TimelineConfig Load(byte[] yaml, string codeVersion, string cacheFolder, Func<TimelineConfig> parse)
    {
        string key = Key(yaml, codeVersion);
        string path = Path.Combine(cacheFolder, FileName);
        if (Read(path, key) is { } known) return known;
        var config = parse();
        Write(path, key, config);
        return config;
    }

    private static string Key(byte[] yaml, string codeVersion)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(codeVersion));
        sha.AppendData([0]);
        sha.AppendData(yaml);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static TimelineConfig? Read(string path, string key)
    {
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(path), ConfigSnapshotJson.Default.Snapshot) is { } snapshot && snapshot.Key == key
                ? snapshot.Config
                : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    private static void Write(string path, string key, TimelineConfig config)
    {
        // Written aside and moved into place: a build reading it meanwhile sees the old snapshot or the new, never half of one.
        string temporary = $"{path}.{Path.GetRandomFileName()}.tmp";
        try
        {
            File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(new Snapshot(key, config), ConfigSnapshotJson.Default.Snapshot));
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A snapshot that cannot be written only costs the next build the parse.
            try
            {
                File.Delete(temporary);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    internal sealed record Snapshot(string Key, TimelineConfig Config);
}

[JsonSerializable(typeof(ConfigSnapshot.Snapshot))]
internal sealed partial class ConfigSnapshotJson : JsonSerializerContext;
