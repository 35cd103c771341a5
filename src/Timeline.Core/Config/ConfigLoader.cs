using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Timeline.Core.Config;

public sealed class ConfigException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Reads timeline.yml. An unknown key is an error with its line, so a typo never silently does nothing.</summary>
public static class ConfigLoader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithDuplicateKeyChecking() // a source listed twice would otherwise silently keep only its last entry
        .Build();

    /// <summary>The config in <paramref name="inputFolder"/>, or the defaults when it has none.</summary>
    public static TimelineConfig LoadFromFolder(string inputFolder)
    {
        string path = Path.Combine(inputFolder, TimelineConfig.FileName);
        return File.Exists(path) ? Load(path) : TimelineConfig.Default;
    }

    public static TimelineConfig Load(string path) => Parse(File.ReadAllText(path), Path.GetFileName(path));

    public static TimelineConfig Parse(string yaml, string displayName)
    {
        try
        {
            return Deserializer.Deserialize<TimelineConfig?>(yaml) ?? TimelineConfig.Default;
        }
        catch (YamlException ex)
        {
            string reason = ex.InnerException?.Message ?? ex.Message;
            throw new ConfigException($"{displayName}:{ex.Start.Line}:{ex.Start.Column}: {reason}", ex);
        }
    }
}
