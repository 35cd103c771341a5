using System.Diagnostics;

namespace Timeline.Core.Pipeline;

/// <summary>How long one stage of a build took: wall time, and CPU time of the whole process meanwhile.</summary>
/// <param name="Start">When it began, from the moment its <see cref="StageTimes"/> was made.</param>
public sealed record StageTime(string Name, TimeSpan Wall, TimeSpan Cpu)
{
    public TimeSpan Start { get; init; }

    /// <summary>The process's CPU time when it began and ended (what ran between two stages is told from them).</summary>
    public TimeSpan CpuAtStart { get; init; }

    public TimeSpan CpuAtEnd => CpuAtStart + Cpu;

    /// <summary>How long the garbage collector paused the process meanwhile (part of <see cref="Wall"/>).</summary>
    public TimeSpan GcPause { get; init; }

    /// <summary>The garbage collector's pauses of the process so far when it began.</summary>
    public TimeSpan GcAtStart { get; init; }

    public TimeSpan GcAtEnd => GcAtStart + GcPause;

    /// <summary>Whether it ran on another thread beside the build's own stages (its CPU time is still the whole process's).</summary>
    public bool Beside { get; init; }

    /// <summary>For a stage run beside, the CPU time of the thread it ran on, where the system tells it (<see cref="Cpu"/> is the process's).</summary>
    public TimeSpan? ThreadCpu { get; init; }

    public TimeSpan End => Start + Wall;
}

/// <summary>
/// The stages of one build, timed as they run, so that where a build spends its time can be read
/// from the build itself (<c>timeline build --timings</c>) rather than guessed. Stages are measured
/// one after another; CPU time is the process's, so it includes every thread the stage used.
/// </summary>
public sealed class StageTimes
{
    private readonly List<StageTime> _stages = [];
    private readonly Lock _lock = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TimeSpan _cpuAtStart = CpuNow();
    private readonly TimeSpan _gcAtStart = GC.GetTotalPauseDuration();

    /// <summary>The shortest stretch between stages worth telling.</summary>
    public static readonly TimeSpan Gap = TimeSpan.FromMilliseconds(10);

    public IReadOnlyList<StageTime> Stages
    {
        get { lock (_lock) return [.. _stages]; }
    }

    public T Measure<T>(string name, Func<T> stage) => Measure(name, stage, beside: false);

    /// <summary>Times work run on another thread beside the build's stages: <see cref="Unmeasured"/> looks past it.</summary>
    public T MeasureBeside<T>(string name, Func<T> stage) => Measure(name, stage, beside: true);

    private T Measure<T>(string name, Func<T> stage, bool beside)
    {
        var cpu = CpuNow();
        var threadCpu = beside ? Pipeline.ThreadCpu.Now() : null;
        var paused = GC.GetTotalPauseDuration();
        var start = _clock.Elapsed;
        var result = stage();
        var wall = _clock.Elapsed - start;
        var spent = CpuNow() - cpu;
        var ownSpent = threadCpu is { } before && Pipeline.ThreadCpu.Now() is { } after ? after - before : (TimeSpan?)null;
        lock (_lock)
        {
            _stages.Add(new StageTime(name, wall, spent)
            {
                Start = start, CpuAtStart = cpu, GcAtStart = paused, GcPause = GC.GetTotalPauseDuration() - paused, Beside = beside, ThreadCpu = ownSpent,
            });
        }
        return result;
    }

    public void Measure(string name, Action stage) => Measure<object?>(name, () =>
    {
        stage();
        return null;
    });

    /// <summary>
    /// What ran outside every stage until now, in order: each stretch of at least <paramref name="least"/> between the end of the
    /// stages before it and the next stage's start (stages that overlap, such as one timed beside another, count as one), named
    /// after the stage it follows. How a build's wall time that no stage shows is found.
    /// </summary>
    public IReadOnlyList<StageTime> Unmeasured(TimeSpan least)
    {
        var last = new StageTime("the start", TimeSpan.Zero, TimeSpan.Zero) { CpuAtStart = _cpuAtStart, GcAtStart = _gcAtStart };
        var now = new StageTime("", TimeSpan.Zero, TimeSpan.Zero) { Start = _clock.Elapsed, CpuAtStart = CpuNow(), GcAtStart = GC.GetTotalPauseDuration() };
        var gaps = new List<StageTime>();
        foreach (var stage in Stages.Where(s => !s.Beside).OrderBy(s => s.Start).Append(now))
        {
            if (stage.Start - last.End >= least)
            {
                gaps.Add(new StageTime(stage == now ? $"(after {last.Name}, to the end)" : $"(after {last.Name})", stage.Start - last.End, Positive(stage.CpuAtStart - last.CpuAtEnd))
                {
                    Start = last.End, CpuAtStart = last.CpuAtEnd, GcAtStart = last.GcAtEnd, GcPause = Positive(stage.GcAtStart - last.GcAtEnd),
                });
            }
            if (stage.End >= last.End) last = stage;
        }
        return gaps;
    }

    private static TimeSpan Positive(TimeSpan span) => span < TimeSpan.Zero ? TimeSpan.Zero : span;

    internal static TimeSpan CpuNow()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
