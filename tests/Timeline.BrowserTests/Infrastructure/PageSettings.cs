namespace Timeline.BrowserTests.Infrastructure;

/// <summary>How a test's browser context looks at the site: window size, colour scheme, script.</summary>
public sealed record PageSettings
{
    public static PageSettings Desktop { get; } = new();

    /// <summary>An iPhone 12–15 in portrait.</summary>
    public static PageSettings Phone { get; } = new() { Width = 390, Height = 844 };

    /// <summary>For axe: it is injected as an inline script, which a strict Content-Security-Policy would block.</summary>
    public static PageSettings ForAxe { get; } = new() { BypassCsp = true };

    public int Width { get; init; } = 1280;
    public int Height { get; init; } = 800;
    public bool Dark { get; init; }
    public bool JavaScript { get; init; } = true;
    public bool BypassCsp { get; init; }
}
