namespace Timeline.Core.Events;

/// <summary>The finished timeline: every analysed source (ordered by id) and the events in chronological order.</summary>
public sealed record TimelineData(IReadOnlyList<DocumentAnalysis> Documents, IReadOnlyList<TimelineEvent> Events);
