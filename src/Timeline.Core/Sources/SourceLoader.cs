using Timeline.Core.Config;

namespace Timeline.Core.Sources;

/// <summary>
/// Finds the articles of an input and reads each into a <see cref="SourceDocument"/>. A file that
/// cannot be read becomes a <see cref="SourceProblem"/> with one line saying why; it never stops
/// the others, and nothing here throws for a bad file. The result is in path order, whatever the
/// order the files were found or given in.
/// </summary>
public static class SourceLoader
{
    /// <summary>
    /// Every supported file under <paramref name="inputFolder"/>, recursively, filtered by the config's globs.
    /// A missing input folder is a usage error, not a bad file: it throws <see cref="DirectoryNotFoundException"/>.
    /// </summary>
    /// <param name="taken">
    /// The document of a file (by its path relative to the input folder) as an earlier build read it, when the file is
    /// unchanged since: that file is not opened. Null, or a null document, reads the file.
    /// </param>
    /// <param name="walked">
    /// The folder's candidate files as a walk made for this build found them (<see cref="InputFiles.Scan"/>), filtered here by the
    /// globs as <see cref="InputFiles.Find"/> filters them; null walks the folder.
    /// </param>
    public static SourceSet LoadFolder(string inputFolder, TimelineConfig config, Func<string, SourceDocument?>? taken = null, IReadOnlyList<string>? walked = null)
    {
        string root = Path.GetFullPath(inputFolder);
        IReadOnlyList<string> files = walked is null ? InputFiles.Find(root, config) : [.. walked.Where(InputFiles.Filter(config))];
        var set = Load([.. files.Select(rel => (rel, Path.Combine(root, rel)))], config, taken);

        // A metadata entry for a file that is not read is a typo that would silently do nothing.
        var found = files.ToHashSet(StringComparer.Ordinal);
        var stray = config.Sources.Keys
            .Where(key => !found.Contains(NormalizeKey(key)))
            .Order(StringComparer.Ordinal)
            .Select(key => new SourceProblem(TimelineConfig.FileName, $"'sources' names '{key}', which is not among the input files (missing, misspelt, or excluded)"));
        return set with { Problems = [.. set.Problems, .. stray] };
    }

    /// <summary>
    /// Exactly <paramref name="files"/> (relative paths are taken from the current directory); each is
    /// recorded, and looked up in the config's <c>sources</c>, by its path relative to
    /// <paramref name="baseFolder"/> (the current directory by default), or by its name when outside it.
    /// </summary>
    public static SourceSet LoadFiles(IEnumerable<string> files, TimelineConfig config, string? baseFolder = null)
    {
        string root = Path.GetFullPath(baseFolder ?? Directory.GetCurrentDirectory());
        var inputs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<SourceProblem>();
        // In full-path order, so that which of two same-named outside files is refused does not depend on the argument order.
        foreach (string full in files.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            string rel = Path.GetRelativePath(root, full).Replace('\\', '/');
            if (rel == ".." || rel.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(rel)) rel = Path.GetFileName(full);
            if (SourceFormats.FromPath(full) is null)
                problems.Add(new SourceProblem(rel, "not a source file (expected .txt, .md, .markdown, .html or .htm)"));
            else if (!inputs.TryAdd(rel, full))
                problems.Add(new SourceProblem(rel, "another input file outside the base folder has the same name"));
        }
        var set = Load([.. inputs.Select(kv => (kv.Key, kv.Value))], config);
        return set with { Problems = [.. problems.OrderBy(p => p.Path, StringComparer.Ordinal), .. set.Problems] };
    }

    /// <summary>
    /// The file <paramref name="relative"/> under <paramref name="inputFolder"/> read as <see cref="LoadFolder"/> reads it (with
    /// its metadata from the config), or null when it cannot be read: a document taken from an earlier build reads its text so.
    /// </summary>
    public static SourceDocument? ReadOne(string inputFolder, string relative, TimelineConfig config) =>
        SourceFileReader.Read(Path.Combine(Path.GetFullPath(inputFolder), relative), relative, Configured(config).GetValueOrDefault(relative), config).Document;

    private static Dictionary<string, SourceMetadata> Configured(TimelineConfig config)
    {
        var configured = new Dictionary<string, SourceMetadata>(StringComparer.Ordinal);
        foreach (var (key, meta) in config.Sources) configured[NormalizeKey(key)] = meta;
        return configured;
    }

    private static SourceSet Load(IReadOnlyList<(string Relative, string Full)> inputs, TimelineConfig config, Func<string, SourceDocument?>? taken = null)
    {
        var configured = Configured(config);
        int read = 0;

        // Reading is independent per file; AsOrdered keeps the result in path order.
        var results = inputs
            .AsParallel().AsOrdered()
            .Select(input =>
            {
                if (taken?.Invoke(input.Relative) is { } known) return (input.Relative, ((SourceDocument?)known, (string?)null));
                Interlocked.Increment(ref read);
                return (input.Relative, SourceFileReader.Read(input.Full, input.Relative, configured.GetValueOrDefault(input.Relative), config));
            })
            .ToList();

        var documents = new List<SourceDocument>();
        var problems = new List<SourceProblem>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (rel, (document, readError)) in results)
        {
            string? error = readError;
            if (document is not null && owners.TryGetValue(document.Id, out string? owner))
                error = $"source id '{document.Id}' is already used by {owner}; give one of them its own 'id' in {TimelineConfig.FileName}";
            if (error is not null)
            {
                problems.Add(new SourceProblem(rel, error));
                continue;
            }
            owners[document!.Id] = rel;
            documents.Add(document);
        }
        return new SourceSet(documents, problems) { FilesRead = read };
    }

    private static string NormalizeKey(string key)
    {
        string k = key.Trim().Replace('\\', '/');
        return k.StartsWith("./", StringComparison.Ordinal) ? k[2..] : k;
    }
}
