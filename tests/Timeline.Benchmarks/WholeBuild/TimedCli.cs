using System.Reflection.PortableExecutable;

namespace Timeline.Benchmarks.WholeBuild;

/// <summary>
/// The CLI the whole-build benchmark times: the copy published for this platform into <c>cli/</c> beside the benchmark
/// (its project's Release build does that), so precompiled (ReadyToRun) as an install is.
/// </summary>
internal static class TimedCli
{
    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "cli", "timeline.dll");

    /// <summary>Fails with what to do when the benchmark was built without it (a Debug build).</summary>
    public static string Require() => File.Exists(Path)
        ? Path
        : throw new FileNotFoundException($"{Path} is missing: build the benchmarks in Release (dotnet build -c Release tests/Timeline.Benchmarks), which publishes the CLI there");

    /// <summary>What the table's rows measured: whether the build's own code carries precompiled native code.</summary>
    public static string Describe()
    {
        string core = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Path)!, "Timeline.Core.dll");
        using var pe = new PEReader(File.OpenRead(core));
        bool precompiled = pe.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
        return $"{Path} ({(precompiled ? "ReadyToRun" : "IL only, JIT-compiled")})";
    }
}
