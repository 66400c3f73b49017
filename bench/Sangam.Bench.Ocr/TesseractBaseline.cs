using System.Diagnostics;

namespace Sangam.Bench.Ocr;

/// <summary>The raw <c>tesseract page - --psm 6</c> command with one OpenMP thread: the speed our pipeline is held against.</summary>
internal static class TesseractBaseline
{
    /// <summary>Wall seconds of one run.</summary>
    public static async Task<double> SecondsAsync(string imagePath) => (await TimeAsync(imagePath)).Wall;

    /// <summary>Wall and processor seconds of one run.</summary>
    public static async Task<Timing> TimeAsync(string imagePath)
    {
        var start = new ProcessStartInfo("tesseract") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { imagePath, "-", "--psm", "6" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["OMP_THREAD_LIMIT"] = "1";
        var cpu = CpuClock.Seconds;
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("tesseract did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var seconds = watch.Elapsed.TotalSeconds;
        var cpuSeconds = CpuClock.Seconds - cpu;
        await output;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"tesseract failed on {imagePath}: {await errors}");
        }

        return new Timing(seconds, cpuSeconds);
    }
}

/// <summary>Wall-clock and processor seconds of one piece of work.</summary>
internal readonly record struct Timing(double Wall, double Cpu)
{
    public static Timing operator +(Timing a, Timing b) => new(a.Wall + b.Wall, a.Cpu + b.Cpu);

    public static Timing operator /(Timing a, int count) => new(a.Wall / count, a.Cpu / count);
}
