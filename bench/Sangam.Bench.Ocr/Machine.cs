using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Sangam.Ocr;

namespace Sangam.Bench.Ocr;

/// <summary>What the numbers were measured on.</summary>
internal static class Machine
{
    public static IReadOnlyList<(string Item, string Value)> Describe() =>
    [
        ("CPU", FirstValue("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString()),
        ("Cores", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)),
        ("RAM", FirstValue("/proc/meminfo", "MemTotal") is { } kb ? $"{long.Parse(kb.Split(' ')[0], CultureInfo.InvariantCulture) / 1024 / 1024.0:0.0} GiB" : "unknown"),
        ("OS", FirstValue("/etc/os-release", "PRETTY_NAME", '=')?.Trim('"') ?? RuntimeInformation.OSDescription),
        (".NET", RuntimeInformation.FrameworkDescription),
        ("Tesseract (library)", DocumentReader.TesseractVersion),
        ("Tesseract (command)", CommandVersion()),
        ("OMP_THREAD_LIMIT", "1 (set by the pipeline through libc setenv; set for the command)"),
    ];

    /// <summary>The machine as a markdown table, with the load averages at the start and end of the run.</summary>
    public static void WriteTable(StringBuilder md, IReadOnlyList<(string Item, string Value)> machine, string loadBefore, string loadAfter)
    {
        md.AppendLine("| machine | |");
        md.AppendLine("|---|---|");
        foreach (var (item, value) in machine)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {item} | {value} |");
        }

        md.AppendLine(CultureInfo.InvariantCulture, $"| load average before / after | {loadBefore} / {loadAfter} (the machine is shared; timings move with it) |");
        md.AppendLine();
    }

    /// <summary>1, 5 and 15 minute load averages: the machine is shared, and other work skews timings.</summary>
    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string? FirstValue(string path, string key, char separator = ':')
    {
        if (!File.Exists(path))
        {
            return null;
        }

        return File.ReadLines(path)
            .Select(line => line.Split(separator, 2))
            .Where(parts => parts.Length == 2 && parts[0].Trim() == key)
            .Select(parts => parts[1].Trim())
            .FirstOrDefault();
    }

    private static string CommandVersion()
    {
        var start = new ProcessStartInfo("tesseract", "--version") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return text.Split('\n')[0].Trim();
    }
}
