using System.Diagnostics;

namespace Sangam.Testing;

/// <summary>
/// <c>./sangam-admin</c> as a separate process against a test server's database, as an operator runs it next to a
/// live server.
/// </summary>
public static class OperatorCommand
{
    /// <summary>Runs <c>admin &lt;args&gt;</c> with <paramref name="standardInput"/> and the server's database (plus <paramref name="environment"/>).</summary>
    public static async Task<(int ExitCode, string Output, string All)> RunAsync(
        SangamServer server, string? standardInput, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Sangam.Api.dll"));
        start.ArgumentList.Add("admin");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Database__Provider"] = server.Database.Provider;
        start.Environment["Database__ConnectionString"] = server.Database.ConnectionString;
        start.Environment["Sangam__DataDirectory"] = server.Database.DataDirectory;
        start.Environment["COLUMNS"] = "200";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

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
        return (process.ExitCode, await output, await output + await error);
    }
}
