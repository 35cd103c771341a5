using System.Globalization;
using Timeline.Core.Config;
using Timeline.Core.Events;
using Timeline.Core.Sources;

namespace Timeline.Core.Overrides;

/// <summary>
/// Applies timeline.yml's editorial overrides to the extracted timeline, in the order written. An
/// override that names an event, report or date that does not exist is reported as a problem (the
/// build prints it as a warning) and changes nothing; it is never silently dropped. Edited events
/// keep their ids, so permalinks survive a rewritten headline or a corrected date.
/// </summary>
public static class OverrideApplier
{
    public static (TimelineData Timeline, IReadOnlyList<SourceProblem> Problems) Apply(TimelineData timeline, IReadOnlyList<EventOverride> overrides)
    {
        if (overrides.Count == 0) return (timeline, []);
        var state = new OverrideState(timeline);
        for (int i = 0; i < overrides.Count; i++)
        {
            string? error = ApplyOne(state, overrides[i]);
            if (error is not null)
                state.Problems.Add(new SourceProblem(TimelineConfig.FileName, $"override {(i + 1).ToString(CultureInfo.InvariantCulture)}: {error}"));
        }
        var events = TimelineBuilder.Finish(state.Events);
        // Without the events' key or changes: both describe the events as merged, which the overrides no longer are.
        return (new TimelineData(state.Documents, events), state.Problems);
    }

    private static string? ApplyOne(OverrideState s, EventOverride o)
    {
        int targets = (o.Event is null ? 0 : 1) + (o.Merge is null ? 0 : 1) + (o.Split is null ? 0 : 1) + (o.Add is null ? 0 : 1);
        if (targets != 1) return "give exactly one of 'event', 'merge', 'split' or 'add'";
        if (o.Add is { } add) return ManualEvents.Add(s, add);
        if (o.Merge is { } merge) return Merge(s, merge, o.Headline);
        if (o.Split is { } split) return Split(s, split, o);
        return Edit(s, o);
    }

    private static string? Edit(OverrideState s, EventOverride o)
    {
        int index = s.IndexOf(o.Event!);
        if (index < 0) return s.Missing(o.Event!);
        if (o.Hide)
        {
            s.Events.RemoveAt(index);
            return null;
        }
        var e = s.Events[index];
        if (o.Headline is { Length: > 0 } headline) e = e with { Headline = headline.Trim(), IsEdited = true };
        if (o.Date is not null)
        {
            if (!OverrideDate.TryParse(o.Date, out var when)) return $"'{o.Date}' is not a date (YYYY, YYYY-MM, YYYY-MM-DD or A/B)";
            e = e with { When = when, IsEdited = true, Conflicts = ConflictsWith(e.Mentions, when) };
        }
        if (o.Headline is null && o.Date is null) return $"nothing to change for '{o.Event}' (give hide, headline or date)";
        s.Events[index] = e;
        return null;
    }

    private static string? Merge(OverrideState s, List<string> ids, string? headline)
    {
        if (ids.Count < 2) return "'merge' needs at least two event ids";
        var missing = ids.Where(id => s.IndexOf(id) < 0).ToList();
        if (missing.Count > 0) return s.Missing(missing[0]);
        var merged = ids.Distinct(StringComparer.Ordinal).Select(id => s.Events[s.IndexOf(id)]).ToList();
        var result = TimelineBuilder.ToEvent([.. merged.SelectMany(e => e.Mentions)]) with { Id = merged[0].Id, IsEdited = true };
        if (headline is { Length: > 0 }) result = result with { Headline = headline.Trim() };
        foreach (var e in merged) s.Events.Remove(e);
        s.Events.Add(result);
        return null;
    }

    private static string? Split(OverrideState s, string id, EventOverride o)
    {
        int index = s.IndexOf(id);
        if (index < 0) return s.Missing(id);
        var e = s.Events[index];
        if (o.Mentions is not { Count: > 0 } refs) return $"'split' of '{id}' needs 'mentions' (source-id#passage) that leave it";
        var moving = new List<EventMention>();
        foreach (string r in refs)
        {
            var found = e.Mentions.Where(m => $"{m.SourceId}#{m.Passage}" == r.Trim()).ToList();
            if (found.Count == 0)
                return $"'{id}' has no report '{r}' (it has {string.Join(", ", e.Mentions.Select(m => $"{m.SourceId}#{m.Passage}"))})";
            moving.AddRange(found);
        }
        var staying = e.Mentions.Except(moving).ToList();
        if (staying.Count == 0) return $"'split' would leave '{id}' with no report";
        var split = TimelineBuilder.ToEvent(moving.Distinct().ToList()) with { IsEdited = true };
        if (o.Headline is { Length: > 0 } h) split = split with { Headline = h.Trim() };
        if (o.Date is not null)
        {
            if (!OverrideDate.TryParse(o.Date, out var when)) return $"'{o.Date}' is not a date (YYYY, YYYY-MM, YYYY-MM-DD or A/B)";
            split = split with { When = when, Conflicts = ConflictsWith(split.Mentions, when) };
        }
        s.Events[index] = TimelineBuilder.ToEvent(staying) with { Id = e.Id, Headline = e.IsEdited ? e.Headline : TimelineBuilder.ToEvent(staying).Headline, IsEdited = true };
        s.Events.Add(split);
        return null;
    }

    internal static IReadOnlyList<Temporal.TimeValue> ConflictsWith(IEnumerable<EventMention> mentions, Temporal.TimeValue when) =>
        mentions.Select(m => m.Value).Where(v => !DateRelation.Compatible(v, when)).DistinctBy(v => v.Timex).ToList();
}
