using System.Globalization;
using Sangam.Cli;

namespace Sangam.Cli.Tests;

/// <summary>Runs the real <c>sangam</c> command tree (<see cref="SangamCli.RunAsync"/>) with its own config directory.</summary>
public sealed class CliRunner : IDisposable
{
    public string ConfigDirectory { get; } = Path.Combine(Path.GetTempPath(), "sangam-cli-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The terminal width the program is told (COLUMNS).</summary>
    public int Columns { get; init; } = 200;

    public async Task<CliResult> RunAsync(string? standardInput, params string[] args)
    {
        var environment = new Dictionary<string, string?>
        {
            ["SANGAM_CONFIG_DIR"] = ConfigDirectory,
            ["SANGAM_BASE_URL"] = null,
            ["COLUMNS"] = Columns.ToString(CultureInfo.InvariantCulture),
        };
        var result = await ConsoleProgram.RunAsync(() => SangamCli.RunAsync(args), standardInput, environment, TimeSpan.FromSeconds(60));
        return new CliResult(result.ExitCode, result.Output, result.Error);
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
