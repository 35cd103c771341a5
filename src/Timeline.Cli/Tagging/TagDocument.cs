using Timeline.Temporal;

namespace Timeline.Cli.Tagging;

/// <summary>One text to tag: its id in the output, its anchor date if known, and where it is.</summary>
internal sealed record TagDocument(string Id, CalendarDate? Anchor, string Path);

internal enum TagFormat
{
    Jsonl,
    Text,
    Timeml,
}

internal sealed record TagSettings(
    IReadOnlyList<string> Files,
    CalendarDate? Anchor,
    string? Manifest,
    TagFormat Format,
    bool SplitRanges,
    SlashDateOrder SlashOrder = SlashDateOrder.MonthFirst);
