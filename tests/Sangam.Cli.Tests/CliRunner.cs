using System.Diagnostics;

namespace Sangam.Cli.Tests;

/// <summary>Runs the real <c>sangam</c> program as a process with its own config directory.</summary>
public sealed class CliRunner : IDisposable
{
    public string ConfigDirectory { get; } = Path.Combine(Path.GetTempPath(), "sangam-cli-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The terminal width the program is told (COLUMNS).</summary>
    public int Columns { get; init; } = 200;

    /// <summary>The directory the program runs in; the test's own when null.</summary>
    public string? WorkingDirectory { get; init; }

    public async Task<CliResult> RunAsync(string? standardInput, params string[] args)
    {
        var program = Path.Combine(AppContext.BaseDirectory, "sangam.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = WorkingDirectory ?? "",
        };
        start.ArgumentList.Add(program);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["SANGAM_CONFIG_DIR"] = ConfigDirectory;
        start.Environment.Remove("SANGAM_BASE_URL");
        start.Environment["COLUMNS"] = Columns.ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var process = Process.Start(start)!;
        if (standardInput is not null)
        {
            await process.StandardInput.WriteLineAsync(standardInput);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await output, await error);
    }

    public void Dispose()
    {
        if (Directory.Exists(ConfigDirectory))
        {
            Directory.Delete(ConfigDirectory, recursive: true);
        }
    }
}

public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public string All => Output + Error;

    public JsonNode Json => JsonNode.Parse(Output) ?? throw new InvalidOperationException("No JSON output: " + All);
}
