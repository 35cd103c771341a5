namespace Timeline.Core.Sources;

/// <summary>Only absolute http(s) addresses leave an article for a page: anything else (<c>javascript:</c>, <c>data:</c>) is dropped.</summary>
public static class SafeUrl
{
    public static bool IsSafe(string? url) =>
        url is not null
        && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    public static string? OrNull(string? url) => IsSafe(url) ? url!.Trim() : null;
}
