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
    public static string Digest(string output) => Digest(Read(output));

    private static byte[]?[] Read(string output) =>
        [.. Names.Select(name => Path.Combine(output, name)).Select(path => File.Exists(path) ? File.ReadAllBytes(path) : null)];

    private static string Digest(byte[]?[] lists)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        for (int i = 0; i < Names.Length; i++)
        {
            byte[]? content = lists[i];
            sha.AppendData(Encoding.UTF8.GetBytes($"{Names[i]}\n{content?.Length ?? -1}\n"));
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
        if (!Directory.Exists(output)) return null;
        // Each list read once: hashed, then its records looked at where they are.
        var lists = Read(output);
        if (Digest(lists) != digest) return null;
        var list = OutputList.Of(lists[^1], OutputRecord.Header, OutputList.AfterRecord, () => OutputRecord.Format(OutputRecord.Read(output)));
        var writtenAt = OutputRecord.WrittenAt(output);
        var entries = new KeyValuePair<string, OutputRecord>[list.Count];
        bool intact = true;
        Parallel.For(0, entries.Length, (i, loop) =>
        {
            var entry = KeyValuePair.Create(list.Path(i), OutputRecord.FromPrefix(list.Prefix(i)));
            entries[i] = entry;
            if (entry.Value.Describes(Path.Combine(output, entry.Key), writtenAt)) return;
            intact = false;
            loop.Stop();
        });
        return intact ? new Dictionary<string, OutputRecord>(entries, StringComparer.Ordinal) : null;
    }
}
