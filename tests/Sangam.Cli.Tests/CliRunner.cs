using System.Globalization;
using Sangam.Cli;
using Spectre.Console;

namespace Sangam.Cli.Tests;

/// <summary>
/// Runs the real <c>sangam</c> command tree (<see cref="SangamCli.RunAsync"/>) with its own config directory,
/// standard streams and terminal width. It runs in the test process rather than as a child
/// process: a .NET start per command made these tests the slowest of the suite. Console streams and environment
/// variables belong to the whole process, so one command runs at a time.
/// </summary>
public sealed class CliRunner : IDisposable
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public string ConfigDirectory { get; } = Path.Combine(Path.GetTempPath(), "sangam-cli-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The terminal width the program is told (COLUMNS).</summary>
    public int Columns { get; init; } = 200;

    public async Task<CliResult> RunAsync(string? standardInput, params string[] args)
    {
        await OneAtATime.WaitAsync();
        var (input, output, error, console) = (Console.In, Console.Out, Console.Error, AnsiConsole.Console);
        var environment = Capture("SANGAM_CONFIG_DIR", "SANGAM_BASE_URL", "COLUMNS");
        try
        {
            using var stdout = new StringWriter(CultureInfo.InvariantCulture);
            using var stderr = new StringWriter(CultureInfo.InvariantCulture);
            Console.SetIn(new StringReader(standardInput is null ? "" : standardInput + Environment.NewLine));
            Console.SetOut(stdout);
            Console.SetError(stderr);
            // What the program's console is when its output is a pipe: no colours, no prompts, plain text.
            AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
                Out = new AnsiConsoleOutput(stdout),
            });
            Environment.SetEnvironmentVariable("SANGAM_CONFIG_DIR", ConfigDirectory);
            Environment.SetEnvironmentVariable("SANGAM_BASE_URL", null);
            Environment.SetEnvironmentVariable("COLUMNS", Columns.ToString(CultureInfo.InvariantCulture));
            var exitCode = await SangamCli.RunAsync(args).WaitAsync(TimeSpan.FromSeconds(60));
            return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetIn(input);
            Console.SetOut(output);
            Console.SetError(error);
            AnsiConsole.Console = console;
            foreach (var (name, value) in environment)
            {
                Environment.SetEnvironmentVariable(name, value);
            }

            OneAtATime.Release();
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(ConfigDirectory))
        {
            Directory.Delete(ConfigDirectory, recursive: true);
        }
    }

    private static List<(string Name, string? Value)> Capture(params string[] names) =>
        names.Select(name => (name, Environment.GetEnvironmentVariable(name))).ToList();
}

public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public string All => Output + Error;

    public JsonNode Json => JsonNode.Parse(Output) ?? throw new InvalidOperationException("No JSON output: " + All);
}
