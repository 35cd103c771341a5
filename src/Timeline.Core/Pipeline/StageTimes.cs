using System.Diagnostics;

namespace Timeline.Core.Pipeline;

/// <summary>How long one stage of a build took: wall time, and CPU time of the whole process meanwhile.</summary>
public sealed record StageTime(string Name, TimeSpan Wall, TimeSpan Cpu);

/// <summary>
/// The stages of one build, timed as they run, so that where a build spends its time can be read
/// from the build itself (<c>timeline build --timings</c>) rather than guessed. Stages are measured
/// one after another; CPU time is the process's, so it includes every thread the stage used.
/// </summary>
public sealed class StageTimes
{
    private readonly List<StageTime> _stages = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<StageTime> Stages
    {
        get { lock (_lock) return [.. _stages]; }
    }

    public T Measure<T>(string name, Func<T> stage)
    {
        var cpu = CpuNow();
        var clock = Stopwatch.StartNew();
        var result = stage();
        var spent = CpuNow() - cpu;
        lock (_lock) _stages.Add(new StageTime(name, clock.Elapsed, spent));
        return result;
    }

    public void Measure(string name, Action stage) => Measure<object?>(name, () =>
    {
        stage();
        return null;
    });

    private static TimeSpan CpuNow()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
