using Timeline.Core.Pipeline;

namespace Timeline.Core.Tests.Pipeline;

/// <summary>The time a build spends outside every stage is told, named after the stage it follows, so it can be found.</summary>
public sealed class StageTimesTests
{
    [Fact]
    public void Unmeasured_TellsEachStretchBetweenStages_NamedAfterTheStageBefore_OverlappingStagesCountingAsOne_AndWorkBesideAsNone()
    {
        var times = new StageTimes();
        times.Measure("first", () =>
        {
            // A stage timed beside another (on another thread) does not end the first's stretch early.
            times.Measure("inside", () => { });
            Thread.Sleep(30);
        });
        // Work beside the stages (on another thread) does not hide the stretch it overlaps.
        times.MeasureBeside("beside", () =>
        {
            Thread.Sleep(80);
            return 0;
        });
        times.Measure("second", () => { });
        Thread.Sleep(60);

        // The stretch before the first stage is the first call's own cost (its JIT), 40 ms or more on a loaded machine: not
        // what this test pins, so it is left out.
        var gaps = times.Unmeasured(TimeSpan.FromMilliseconds(40)).Where(g => g.Name != "(after the start)").ToList();

        gaps.Select(g => g.Name).ShouldBe(["(after first)", "(after second, to the end)"]);
        gaps.ShouldAllBe(g => g.Wall >= TimeSpan.FromMilliseconds(40));
        gaps[0].Start.ShouldBe(times.Stages.Single(s => s.Name == "first").End);
    }

    [Fact]
    public void StageRunBeside_IsToldItsOwnThreadsCpu_BesideTheWholeProcesss()
    {
        if (!OperatingSystem.IsLinux()) return; // only Linux tells a thread's CPU time
        var times = new StageTimes();
        // Another thread burns 0.2 s of its own CPU while the stage only waits for it: whatever the machine's load, the
        // process spends at least that during the stage, and the stage's thread next to nothing.
        var other = new Thread(() =>
        {
            var start = ThreadCpu.Now()!.Value;
            while (ThreadCpu.Now()!.Value - start < TimeSpan.FromMilliseconds(200)) Thread.SpinWait(1000);
        });

        times.MeasureBeside("beside", () =>
        {
            other.Start();
            other.Join();
            return 0;
        });
        times.Measure("own", () => 0);

        var beside = times.Stages[0];
        beside.ThreadCpu.ShouldNotBeNull();
        beside.Cpu.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(200));
        beside.ThreadCpu!.Value.ShouldBeLessThan(TimeSpan.FromMilliseconds(100));
        times.Stages[1].ThreadCpu.ShouldBeNull();
    }
}
