using System.Globalization;
using Spectre.Console;

namespace Sangam.Testing;

/// <summary>
/// Runs a command-line program's entry point in the test process with its own standard streams and environment
/// variables, as if it were a child process whose output is a pipe. Starting .NET once per command made the
/// command-line tests the slowest of the suite. Console streams and environment variables belong to the whole
/// process, so one program runs at a time across every test class.
/// </summary>
public static class ConsoleProgram
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public static async Task<ProgramResult> RunAsync(
        Func<Task<int>> program, string? standardInput, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout)
    {
        await OneAtATime.WaitAsync();
        var (input, output, error, console) = (Console.In, Console.Out, Console.Error, AnsiConsole.Console);
        var previous = environment.Keys.ToDictionary(name => name, Environment.GetEnvironmentVariable);
        try
        {
            using var stdout = new StringWriter(CultureInfo.InvariantCulture);
            using var stderr = new StringWriter(CultureInfo.InvariantCulture);
            Console.SetIn(new StringReader(standardInput is null ? "" : standardInput + Environment.NewLine));
            Console.SetOut(stdout);
            Console.SetError(stderr);
            // What a program's console is when its output is a pipe: no colours, no prompts, plain text.
            AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
                Out = new AnsiConsoleOutput(stdout),
            });
            foreach (var (name, value) in environment)
            {
                Environment.SetEnvironmentVariable(name, value);
            }

            var exitCode = await program().WaitAsync(timeout);
            return new ProgramResult(exitCode, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetIn(input);
            Console.SetOut(output);
            Console.SetError(error);
            AnsiConsole.Console = console;
            foreach (var (name, value) in previous)
            {
                Environment.SetEnvironmentVariable(name, value);
            }

            OneAtATime.Release();
        }
    }
}

/// <summary>What a command printed, and how it exited.</summary>
public sealed record ProgramResult(int ExitCode, string Output, string Error)
{
    public string All => Output + Error;
}
