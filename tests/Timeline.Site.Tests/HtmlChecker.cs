using System.Diagnostics;
using Timeline.Tests.Shared;

namespace Timeline.Site.Tests;

/// <summary>
/// The Nu HTML Checker (npm <c>vnu-jar</c>, installed into tests/html-checker by <c>.ci/run</c>) run with the
/// machine's Java, once for many files since each JVM start costs seconds.
/// </summary>
internal static class HtmlChecker
{
    public static string Jar => Path.Combine(RepoPaths.Root, "tests", "html-checker", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? Java { get; } = FindJava();

    /// <summary>Why the checker cannot run here, or null when it can.</summary>
    public static string? Missing =>
        Java is null ? "Java is not installed" :
        !File.Exists(Jar) ? $"vnu-jar is not installed (run `npm ci` in tests/html-checker)" :
        null;

    /// <returns>The checker's exit code and every error line it printed.</returns>
    public static (int ExitCode, string Output) Check(IEnumerable<string> files)
    {
        var start = new ProcessStartInfo(Java!) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (string arg in new[] { "-Xss4m", "-jar", Jar, "--errors-only", "--no-langdetect" }) start.ArgumentList.Add(arg);
        foreach (string file in files) start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5))) { process.Kill(entireProcessTree: true); throw new TimeoutException("vnu did not finish in 5 minutes"); }
        return (process.ExitCode, (stdout + stderr.Result).Trim());
    }

    private static string? FindJava()
    {
        string exe = OperatingSystem.IsWindows() ? "java.exe" : "java";
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("JAVA_HOME") is { Length: > 0 } home) candidates.Add(Path.Combine(home, "bin", exe));
        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(d => Path.Combine(d, exe)));
        return candidates.FirstOrDefault(File.Exists);
    }
}

/// <summary>
/// A test that needs the Nu HTML Checker: skipped with a notice on a machine without Java or the
/// checker, so the README's test command passes on a fresh machine; under <c>CI=true</c> it always
/// runs, and a missing tool fails it.
/// </summary>
public sealed class HtmlCheckerFactAttribute : FactAttribute
{
    public HtmlCheckerFactAttribute()
    {
        if (HtmlChecker.Missing is { } missing && !HtmlChecker.IsCi)
            Skip = $"Nu HTML Checker not run: {missing}. `.ci/run` installs it; under CI=true this test runs and fails without it.";
    }
}
