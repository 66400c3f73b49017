using System.Runtime.InteropServices;

namespace Sangam.Bench.Ocr;

/// <summary>
/// Processor time of this process and of its finished child processes (pdftoppm, tesseract), from
/// <c>getrusage</c>. On a shared machine wall time moves with everyone else's load; the processor time an
/// operation used does not, so both are reported.
/// </summary>
internal static partial class CpuClock
{
    private const int Self = 0;
    private const int Children = -1;

    /// <summary>Seconds of user and system time used so far by this process and its reaped children.</summary>
    public static double Seconds => Used(Self) + Used(Children);

    private static double Used(int who)
    {
        if (GetResourceUsage(who, out var usage) != 0)
        {
            throw new InvalidOperationException("getrusage failed.");
        }

        return usage.UserSeconds + (usage.UserMicroseconds / 1e6) + usage.SystemSeconds + (usage.SystemMicroseconds / 1e6);
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetResourceUsage(int who, out ResourceUsage usage);

    /// <summary>The head of <c>struct rusage</c> (two <c>timeval</c>s) and room for the fourteen longs after them.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private unsafe struct ResourceUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public fixed long Rest[14];
    }
}
