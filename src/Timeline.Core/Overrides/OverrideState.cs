using Timeline.Core.Events;
using Timeline.Core.Sources;

namespace Timeline.Core.Overrides;

/// <summary>The timeline while overrides are applied to it, one after another.</summary>
internal sealed class OverrideState(TimelineData timeline)
{
    public List<DocumentAnalysis> Documents { get; } = [.. timeline.Documents];

    public List<TimelineEvent> Events { get; } = [.. timeline.Events];

    public List<SourceProblem> Problems { get; } = [];

    public int IndexOf(string id) => Events.FindIndex(e => e.Id == id.Trim());

    /// <summary>The message for an id that names no event, with the nearest ids to help find the renamed one.</summary>
    public string Missing(string id)
    {
        var near = Events
            .Select(e => e.Id)
            .OrderByDescending(e => CommonPrefix(e, id))
            .ThenBy(e => e, StringComparer.Ordinal)
            .Take(2)
            .ToList();
        string hint = near.Count == 0 ? "" : $" (nearest: {string.Join(", ", near)})";
        return $"no event '{id}' in the timeline{hint}";
    }

    private static int CommonPrefix(string a, string b)
    {
        int n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return n;
    }
}
