using System.Diagnostics;
using System.Globalization;

namespace Timeline.Benchmarks.WholeBuild;

/// <summary>One command's cost, as GNU time reports it for the child process: wall, CPU (user + system) and peak resident memory.</summary>
internal sealed record Measured(double WallSeconds, double CpuSeconds, long PeakKilobytes, string StandardOutput)
{
    private const string TimeFormat = "TIMELINE-BENCH %e %U %S %M";

    /// <summary>Runs <paramref name="program"/> under <c>/usr/bin/time</c>; throws when it fails.</summary>
    public static Measured Run(string program, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("/usr/bin/time")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (string a in (string[])["-f", TimeFormat, program, .. arguments]) start.ArgumentList.Add(a);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start /usr/bin/time");
        var stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        string output = stdout.Result;
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} failed ({process.ExitCode}):\n{output}\n{stderr}");

        string line = stderr.Split('\n').Last(l => l.StartsWith("TIMELINE-BENCH ", StringComparison.Ordinal));
        string[] f = line.Split(' ');
        double P(string s) => double.Parse(s, CultureInfo.InvariantCulture);
        return new Measured(P(f[1]), P(f[2]) + P(f[3]), long.Parse(f[4], CultureInfo.InvariantCulture), output);
    }

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
