using System.Security.Cryptography;
using System.Text;

namespace Timeline.Site.Output;

/// <summary>
/// The lists Timeline keeps in an output folder (<c>.timeline-files</c>, <c>.timeline-pages</c>,
/// <c>.timeline-hashes</c>), taken together: a digest that names one state of the output, and the
/// check that every file they record is still the one written.
/// </summary>
internal static class OutputLists
{
    private static readonly string[] Names = [SiteWriter.ManifestName, PageFingerprints.FileName, OutputRecord.FileName];

    /// <summary>A SHA-256 of the three lists as they are in <paramref name="output"/> (a missing one counts as such).</summary>
    public static string Digest(string output)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (string name in Names)
        {
            string path = Path.Combine(output, name);
            byte[]? content = File.Exists(path) ? File.ReadAllBytes(path) : null;
            sha.AppendData(Encoding.UTF8.GetBytes($"{name}\n{content?.Length ?? -1}\n"));
            if (content is not null) sha.AppendData(content);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>
    /// The records of <paramref name="output"/> when its lists are the ones with <paramref name="digest"/> and every file
    /// they record is still the one written (its length, and not modified after the lists); else null.
    /// </summary>
    public static Dictionary<string, OutputRecord>? Trusted(string output, string digest)
    {
        if (!Directory.Exists(output) || Digest(output) != digest) return null;
        var records = OutputRecord.Read(output);
        var writtenAt = OutputRecord.WrittenAt(output);
        var entries = records.ToArray();
        bool intact = true;
        Parallel.For(0, entries.Length, (i, loop) =>
        {
            if (entries[i].Value.Describes(Path.Combine(output, entries[i].Key), writtenAt)) return;
            intact = false;
            loop.Stop();
        });
        return intact ? records : null;
    }
}
