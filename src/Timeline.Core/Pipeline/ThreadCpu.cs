using System.Runtime.InteropServices;

namespace Timeline.Core.Pipeline;

/// <summary>
/// The CPU time the calling thread has used, where the system tells it (Linux): a stage run beside the build's own stages is
/// otherwise credited with the whole process's CPU meanwhile, that of the stages it runs beside included, which made a
/// 0.15 s stage look like 0.8 CPU-s.
/// </summary>
internal static class ThreadCpu
{
    private const int RusageThread = 1;

    /// <summary>The calling thread's user and system time so far, or null where the system does not tell it.</summary>
    public static TimeSpan? Now()
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            return getrusage(RusageThread, out var usage) == 0 ? usage.UserTime.ToTimeSpan() + usage.SystemTime.ToTimeSpan() : null;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeValue
    {
        public long Seconds;
        public long Microseconds;

        public readonly TimeSpan ToTimeSpan() => TimeSpan.FromTicks(Seconds * TimeSpan.TicksPerSecond + Microseconds * TimeSpan.TicksPerMicrosecond);
    }

    // struct rusage of 64-bit Linux: two timevals, then fourteen longs this class does not read.
    [StructLayout(LayoutKind.Explicit, Size = 144)]
    private struct Usage
    {
        [FieldOffset(0)] public TimeValue UserTime;
        [FieldOffset(16)] public TimeValue SystemTime;
    }

    // DllImport rather than LibraryImport, which would need unsafe code enabled for the whole project (as FileStat in the site).
    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, out Usage usage);
}
