namespace Timeline.Site;

/// <summary>The absolute address a site is published at, always ending in <c>/</c> so that page paths append to it.</summary>
public static class BaseUrl
{
    /// <returns>The URL with a trailing slash, or null when none is given.</returns>
    /// <exception cref="ArgumentException">The value is not an absolute http(s) URL.</exception>
    public static string? Normalize(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        url = url.Trim();
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"base URL '{url}' is not an absolute http(s) address");
        return url.EndsWith('/') ? url : url + "/";
    }
}
