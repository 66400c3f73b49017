using Sangam.Api.OperatorCli;

namespace Sangam.Testing;

/// <summary>
/// <c>./sangam-admin</c> against a test server's database, as an operator runs it next to a live server: the commands'
/// own host, in the test process (see <see cref="ConsoleProgram"/>).
/// </summary>
public static class OperatorCommand
{
    /// <summary>Runs <c>admin &lt;args&gt;</c> with <paramref name="standardInput"/>, the server's database and <paramref name="settings"/>.</summary>
    public static async Task<ProgramResult> RunAsync(
        SangamServer server, string? standardInput, IReadOnlyDictionary<string, string>? settings, params string[] args)
    {
        var configuration = new Dictionary<string, string?>
        {
            ["Database:Provider"] = server.Database.Provider,
            ["Database:ConnectionString"] = server.Database.ConnectionString,
            ["Sangam:DataDirectory"] = server.Database.DataDirectory,
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            configuration[name.Replace("__", ":", StringComparison.Ordinal)] = value;
        }

        return await ConsoleProgram.RunAsync(
            () => OperatorCommands.RunAsync([OperatorCommands.Verb, .. args], configuration),
            standardInput, new Dictionary<string, string?> { ["COLUMNS"] = "200" }, TimeSpan.FromSeconds(60));
    }
}
