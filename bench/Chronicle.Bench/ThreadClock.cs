using System.Runtime.InteropServices;

namespace Chronicle.Bench;

/// <summary>
/// CPU time of the calling thread alone (Linux): the process's CPU time also counts the runtime's background threads,
/// such as the one that recompiles hot methods, which a single-threaded benchmark should not be charged for.
/// </summary>
internal static class ThreadClock
{
    private const int ThreadCpuTime = 3;

    /// <summary>The thread's CPU time so far, or the process's where the thread's cannot be read.</summary>
    public static TimeSpan Now() =>
        OperatingSystem.IsLinux() && NativeMethods.clock_gettime(ThreadCpuTime, out var time) == 0
            ? TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100))
            : Environment.CpuUsage.TotalTime;

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static class NativeMethods
    {
        [DllImport("libc", ExactSpelling = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int clock_gettime(int clock, out Timespec time);
    }
}
