using System.Text;
using Timeline.Core.Events;

namespace Timeline.Cli.Commands;

/// <summary>The events as an aligned plain-text table: date, headline, sources. Plain text so it diffs and greps.</summary>
internal static class EventTable
{
    public static string Format(TimelineData timeline)
    {
        var rows = timeline.Events.Select(e => (
            Date: DateLabel.Format(e.When) + (e.Conflicts.Count > 0 ? " (disputed)" : ""),
            e.Headline,
            Sources: string.Join(", ", e.Mentions.Select(m => m.SourceId).Distinct()))).ToList();
        int date = Math.Max(4, rows.Count == 0 ? 0 : rows.Max(r => r.Date.Length));
        int head = Math.Max(8, rows.Count == 0 ? 0 : rows.Max(r => r.Headline.Length));
        var sb = new StringBuilder();
        sb.Append("DATE".PadRight(date)).Append("  ").Append("HEADLINE".PadRight(head)).Append("  SOURCES\n");
        foreach (var r in rows)
            sb.Append(r.Date.PadRight(date)).Append("  ").Append(r.Headline.PadRight(head)).Append("  ").Append(r.Sources).Append('\n');
        return sb.ToString();
    }
}
