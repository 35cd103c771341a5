namespace Timeline.Site.Output;

/// <summary>What a write did: every file of the site, and how many of them had to be written (the rest were unchanged).</summary>
public sealed record SiteWriteResult(int Files, int Written, int Removed);
