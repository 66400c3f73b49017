using System.Diagnostics;

namespace Sangam.Cli.Tests;

/// <summary>What every command shares: the version, the help, its examples and the exit codes.</summary>
public sealed class CliConventionsTests : IClassFixture<SangamServer>, IDisposable
{
    private static readonly string[][] CommandsWithExamples =
    [
        ["login"], ["usage"], ["vahan"], ["dl"], ["fastag", "crossings"], ["fastag", "tag"], ["challan"], ["readiness"],
        ["mca", "show"], ["mca", "search"], ["mca", "import"], ["irn", "list"], ["irn", "show"], ["irn", "import"],
        ["drivers", "add"], ["drivers", "locate-bulk"], ["ocr"],
    ];

    private readonly SangamServer _server;
    private readonly string _workspace = Directory.CreateTempSubdirectory("sangam-cli-examples").FullName;
    private readonly CliRunner _cli = new();

    public CliConventionsTests(SangamServer server)
    {
        _server = server;
    }

    [Fact]
    public async Task Version_prints_the_version()
    {
        var version = await _cli.RunAsync(null, "--version");

        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Output.Trim());
    }

    [Fact]
    public async Task Help_documents_one_exit_code_scheme()
    {
        var help = await _cli.RunAsync(null, "--help");

        Assert.Equal(0, help.ExitCode);
        var codes = help.Output[help.Output.IndexOf("EXIT CODES:", StringComparison.Ordinal)..];
        foreach (var code in new[] { "0 ", "1 ", "2 ", "3 ", "64 ", "65 ", "66 ", "69 " })
        {
            Assert.Contains("    " + code, codes, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Examples_quote_arguments_with_spaces()
    {
        var help = await _cli.RunAsync(null, "dl", "--help");

        Assert.Contains("sangam dl 'HR51 20210018922' --dob 1987-05-26", help.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_help_example_parses_when_pasted_into_a_shell()
    {
        var examples = new List<string>();
        foreach (var command in CommandsWithExamples)
        {
            var help = await _cli.RunAsync(null, [.. command, "--help"]);
            var lines = help.Output.Split('\n').SkipWhile(line => !line.StartsWith("EXAMPLES:", StringComparison.Ordinal)).Skip(1)
                .TakeWhile(line => line.Trim().Length > 0).Select(line => line.Trim()).ToList();
            Assert.True(lines.Count > 0, $"{string.Join(' ', command)} --help shows no example:\n{help.Output}");
            examples.AddRange(lines);
        }

        foreach (var example in examples)
        {
            // A file the example names exists (empty) in a workspace of its own; the command gets its full path.
            var args = await ShellWordsAsync(example["sangam ".Length..]);
            for (var i = 0; i < args.Length; i++)
            {
                if (Path.HasExtension(args[i]) && !args[i].Contains('/', StringComparison.Ordinal))
                {
                    args[i] = Path.Combine(_workspace, args[i]);
                    await File.WriteAllTextAsync(args[i], "");
                }
            }

            // Not logged in: a command that parsed stops at the missing login (65), or "login" at the server it names
            // (refused credentials 65, or nothing listening 69); never at usage (64).
            var run = await _cli.RunAsync(null, args);
            Assert.True(run.ExitCode is 65 or 69, $"'{example}' exited {run.ExitCode}: {run.All}");
        }
    }

    [Fact]
    public async Task Bad_options_exit_64_and_a_missing_login_65()
    {
        var failedValidation = await _cli.RunAsync(null, "irn", "list", "--year", "2026", "--month", "10");
        var unknownOption = await _cli.RunAsync(null, "vahan", "MH12AB1234", "--colour");
        var notLoggedIn = await _cli.RunAsync(null, "vahan", "MH12AB1234", "--base-url", _server.BaseAddress.ToString());

        Assert.Equal(64, failedValidation.ExitCode);
        Assert.Equal(64, unknownOption.ExitCode);
        Assert.Equal(65, notLoggedIn.ExitCode);
    }

    [Fact]
    public async Task A_list_with_nothing_in_it_says_so_instead_of_drawing_an_empty_table()
    {
        var user = await _server.CreateAccountAsync();
        var login = await _cli.RunAsync(user.Password, "login", "--base-url", _server.BaseAddress.ToString(), "-u", user.Username, "--password-stdin");
        Assert.True(login.ExitCode == 0, login.All);

        var drivers = await _cli.RunAsync(null, "drivers", "list");

        Assert.Equal(1, drivers.ExitCode);
        Assert.Contains("No drivers yet", drivers.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Mobile", drivers.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _cli.Dispose();
        Directory.Delete(_workspace, recursive: true);
    }

    // The words a POSIX shell makes of the line, as a user pasting it gets them.
    private static async Task<string[]> ShellWordsAsync(string line)
    {
        var start = new ProcessStartInfo("sh", ["-c", "for word in " + line + "; do printf '%s\\0' \"$word\"; done"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var shell = Process.Start(start)!;
        var output = await shell.StandardOutput.ReadToEndAsync();
        await shell.WaitForExitAsync();
        return output.Split('\0', StringSplitOptions.RemoveEmptyEntries);
    }
}
