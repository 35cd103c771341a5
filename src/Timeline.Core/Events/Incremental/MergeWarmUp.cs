namespace Timeline.Core.Events.Incremental;

/// <summary>
/// A merge in full and then an incremental one, of throwaway analyses, for a process about to merge incrementally: the first
/// incremental merge in a process compiles some 700 methods (the framework's collections and LINQ over value tuples, which no
/// ReadyToRun image of ours may hold), 0.2-0.4 s of a rebuild after a new dated statement that its events stage otherwise
/// spends compiling on its critical path. Run on the other core meanwhile, the code is compiled when the build reaches it.
/// </summary>
public static class MergeWarmUp
{
    /// <summary>
    /// Merges <paramref name="before"/> in full, then incrementally after <paramref name="changed"/> took the place of its source's
    /// analysis; false when the incremental merge gave up (then it compiled less than a rebuild's would).
    /// </summary>
    public static bool Run(IReadOnlyList<DocumentAnalysis> before, DocumentAnalysis changed)
    {
        // In the order a build reads them: by source id.
        var last = before.OrderBy(d => d.Source.Id, StringComparer.Ordinal).ToList();
        var now = last.Select(d => d.Source.Id == changed.Source.Id ? changed : d).ToList();
        var timeline = TimelineBuilder.Build(last);
        return IncrementalMerge.Merge([.. last.SelectMany(d => d.Statements)], timeline.Events, [.. now.SelectMany(d => d.Statements)],
            new HashSet<string>([changed.Source.Id], StringComparer.Ordinal), out _) is not null;
    }
}
