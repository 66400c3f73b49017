using Microsoft.Data.Sqlite;
using Sangam.Api.OperatorCli;

namespace Sangam.Testing;

/// <summary>
/// One database per test process with every migration applied, by the operator's own <c>sangam-admin migrate</c>;
/// each <see cref="TestDatabase.Migrated"/> database is a copy of it. Applying some fifty migrations cost each of the
/// hundred-odd servers of a run a second of processor time (most of it PostgreSQL's); a copy costs milliseconds.
/// Start-up on an empty database stays tested where it is the subject (<see cref="TestDatabase.Empty"/>).
/// </summary>
internal static class MigratedTemplate
{
    private static readonly Lazy<Task<TestDatabase>> Template = new(CreateAsync);

    public static Task<TestDatabase> GetAsync() => Template.Value;

    private static async Task<TestDatabase> CreateAsync()
    {
        var template = TestDatabase.Empty();
        await template.PrepareAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = template.Provider,
            // Unpooled, so no connection to the template stays open: PostgreSQL copies only a database nobody is in.
            ["Database:ConnectionString"] = template.UnpooledConnectionString,
            ["Sangam:DataDirectory"] = template.DataDirectory,
        };
        var migrate = await ConsoleProgram.RunAsync(
            () => OperatorCommands.RunAsync([OperatorCommands.Verb, "migrate"], settings),
            standardInput: null, environment: new Dictionary<string, string?>(), TimeSpan.FromMinutes(2));
        if (migrate.ExitCode != 0)
        {
            throw new InvalidOperationException($"Migrating the test template database failed ({migrate.ExitCode}): {migrate.Error}");
        }

        await SealAsync(template);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => template.DropAsync().GetAwaiter().GetResult();
        return template;
    }

    /// <summary>
    /// Takes a SQLite template out of WAL mode: one self-contained file, never written again, which any number of
    /// copies may read at once (concurrent online backups met its WAL recovery lock).
    /// </summary>
    private static async Task SealAsync(TestDatabase template)
    {
        if (template.IsPostgres)
        {
            return;
        }

        await using var connection = new SqliteConnection(template.UnpooledConnectionString);
        await connection.OpenAsync();
        await using var journal = new SqliteCommand("PRAGMA journal_mode=DELETE;", connection);
        await journal.ExecuteNonQueryAsync();
    }
}
