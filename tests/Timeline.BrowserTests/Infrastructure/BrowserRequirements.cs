namespace Timeline.BrowserTests.Infrastructure;

/// <summary>
/// What the browser tests need from the machine, and the notice shown when it is missing.
/// In CI (<c>CI=true</c>) nothing is ever skipped: a missing browser must fail the run, not hide it.
/// </summary>
internal static class BrowserRequirements
{
    private const string DefaultChromium = "/usr/bin/chromium";

    /// <summary>The Chromium binary: <c>TIMELINE_CHROMIUM</c> when set, else Debian's.</summary>
    public static string ChromiumPath { get; } =
        Environment.GetEnvironmentVariable("TIMELINE_CHROMIUM") is { Length: > 0 } path ? path : DefaultChromium;

    /// <summary>axe-core's browser script, installed by npm into a git-ignored tool folder.</summary>
    public static string AxeScriptPath => Path.Combine(Timeline.Tests.Shared.RepoPaths.Root, "tests", "tools", "node_modules", "axe-core", "axe.min.js");

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string ChromiumMissing =>
        $"Chromium not found at {ChromiumPath}. Install it with `sudo apt-get install chromium` "
        + "(Debian/Ubuntu), or set TIMELINE_CHROMIUM to a Chromium or Chrome binary.";

    public static string AxeMissing =>
        $"axe-core not found at {AxeScriptPath}. Install it with "
        + "`npm install --prefix tests/tools --no-save axe-core@4.14.1`.";

    /// <summary>The error when a requirement is missing where the test was not skipped (in CI, always).</summary>
    public static InvalidOperationException Missing(string what) =>
        new((InCi ? "CI=true, so browser tests are never skipped, but: " : "") + what);

    /// <summary>Why a test must be skipped on this machine, or null when it can run (always null in CI).</summary>
    public static string? SkipReason(bool needsAxe)
    {
        if (InCi) return null;
        if (!File.Exists(ChromiumPath)) return "Browser test skipped: " + ChromiumMissing;
        if (needsAxe && !File.Exists(AxeScriptPath)) return "Accessibility test skipped: " + AxeMissing;
        return null;
    }
}
