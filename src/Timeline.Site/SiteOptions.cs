namespace Timeline.Site;

/// <summary>How to render: the theme folder (null for the built-in one) and the absolute URL the site is published at.</summary>
public sealed record SiteOptions(string? TemplatesFolder = null, string? BaseUrl = null);
