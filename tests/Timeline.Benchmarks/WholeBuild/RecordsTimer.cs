using System.Text;
using Timeline.Site.Changes;
using Timeline.Site.Output;

namespace Timeline.Benchmarks.WholeBuild;

/// <summary>
/// <c>Timeline.Benchmarks records SITE CACHE [--repeat N]</c>: the stages of a dated edit that read and write the records of
/// a built site (a copy: it is committed to), as a build runs them: the output check (<see cref="OutputLists.Trusted"/>),
/// the site digests read, the previous site (<see cref="StagedSite.Begin(string, bool)"/>), a journaled commit of 9 changed
/// files (7 pages with new fingerprints, 2 data files) and the site digests written. The loop between (every other file
/// carried over) is not timed.
/// </summary>
internal static class RecordsTimer
{
    public static void Run(string site, string cache, int repeat, TextWriter log)
    {
        const int width = 24;
        for (int rep = 0; rep < repeat; rep++)
        {
            log.WriteLine($"run {rep + 1}");
            string digest = OutputLists.Digest(site);
            Dictionary<string, OutputRecord>? records = null;
            StageClock.Measure(log, "output check", width, () => records = OutputLists.Trusted(site, digest), gc: true);
            if (records is null) throw new InvalidOperationException("the site's records are not trusted");
            SiteDigests? digests = null;
            StageClock.Measure(log, "site digests (read)", width, () => digests = SiteDigests.Read(cache), gc: true);
            if (digests is null) throw new InvalidOperationException("no site digests");
            StagedSite staged = null!;
            StageClock.Measure(log, "previous site", width, () => staged = StagedSite.Begin(site, inPlace: true), gc: true);
            var paths = records.Keys.Order(StringComparer.Ordinal).ToList();
            var fingerprints = PageFingerprints.Read(site);
            var changed = paths.Where(p => p.StartsWith("events/", StringComparison.Ordinal)).Take(7).Concat(["timeline.json", "events.ics"]).ToHashSet(StringComparer.Ordinal);
            string stamp = $"<!-- {Guid.NewGuid():N} -->";
            Parallel.ForEach(paths, path =>
            {
                if (!changed.Contains(path)) staged.Add(path, (byte[]?)null);
                else staged.Write(path, [.. File.ReadAllBytes(Path.Combine(site, path)).Take(100), .. Encoding.UTF8.GetBytes(stamp)]);
            });
            foreach (string path in changed.Where(fingerprints.ContainsKey)) fingerprints[path] = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
            StageClock.Measure(log, "commit", width, () => staged.Commit(fingerprints), gc: true);
            staged.Dispose();
            var written = new SiteDigests(digests.Basis, digests.Shared.ToDictionary(StringComparer.Ordinal), digests.Pages.ToDictionary(StringComparer.Ordinal))
            {
                Texts = digests.Texts.ToDictionary(StringComparer.Ordinal),
                Spliced = digests.Spliced.ToDictionary(s => s.Key, s => new SplicedFile(s.Value.Hash, s.Value.Items.ToDictionary(StringComparer.Ordinal)), StringComparer.Ordinal),
            };
            StageClock.Measure(log, "site digests (write)", width, () => written.Write(cache), gc: true);
            StageClock.Measure(log, "lists digest", width, () => OutputLists.Digest(site), gc: true);
        }
    }
}
