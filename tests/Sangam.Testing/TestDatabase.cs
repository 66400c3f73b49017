using Microsoft.Data.Sqlite;
using Npgsql;

namespace Sangam.Testing;

/// <summary>
/// A database of its own for one test server: a SQLite file in a temporary folder, or (with
/// <c>SANGAM_TEST_DB=postgres</c>) a fresh PostgreSQL database on the server named by <c>SANGAM_TEST_POSTGRES</c>.
/// A missing backend fails the tests; it is never skipped or replaced.
/// </summary>
public sealed class TestDatabase
{
    private TestDatabase(string provider, string connectionString, string dataDirectory, string? postgresAdmin, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        DataDirectory = dataDirectory;
        _postgresAdmin = postgresAdmin;
        _postgresName = postgresName;
    }

    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;

    /// <summary><c>Sqlite</c> or <c>Postgres</c>, as the <c>Database:Provider</c> setting spells it.</summary>
    public string Provider { get; }

    public string ConnectionString { get; }

    /// <summary>A temporary folder for this server's files (SQLite database, sandbox key, uploads).</summary>
    public string DataDirectory { get; }

    public bool IsPostgres => Provider == "Postgres";

    public static TestDatabase FromEnvironment()
    {
        var id = Guid.NewGuid().ToString("N")[..16];
        var directory = Path.Combine(Scratch, "sangam-tests", id);
        Directory.CreateDirectory(directory);

        var kind = Environment.GetEnvironmentVariable("SANGAM_TEST_DB") ?? "sqlite";
        switch (kind.ToLowerInvariant())
        {
            case "sqlite":
                return new TestDatabase("Sqlite", $"Data Source={Path.Combine(directory, "sangam.db")}", directory, null, null);
            case "postgres":
                var server = Environment.GetEnvironmentVariable("SANGAM_TEST_POSTGRES")
                    ?? throw new InvalidOperationException("SANGAM_TEST_DB=postgres needs SANGAM_TEST_POSTGRES, e.g. 'Host=127.0.0.1;Port=5433;Username=postgres'.");
                var name = "sangam_test_" + id;
                var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;
                var connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
                return new TestDatabase("Postgres", connection, directory, admin, name);
            default:
                throw new InvalidOperationException($"SANGAM_TEST_DB must be 'sqlite' or 'postgres', not '{kind}'.");
        }
    }

    /// <summary>
    /// Where test servers keep their files: memory (<c>/dev/shm</c>) where the machine has it, since a test database
    /// outlives no test and every SQLite commit would otherwise wait for the disk; else the temporary folder.
    /// </summary>
    private static string Scratch => Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();

    /// <summary>Checks the backend answers before the server starts, so a dead server fails with a clear message.</summary>
    public async Task EnsureReachableAsync()
    {
        if (_postgresAdmin is null)
        {
            return;
        }

        try
        {
            await using var connection = new NpgsqlConnection(_postgresAdmin);
            await connection.OpenAsync();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw new InvalidOperationException($"PostgreSQL is not reachable at '{_postgresAdmin}': {e.Message}", e);
        }
    }

    public async Task DropAsync()
    {
        if (_postgresAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_postgresAdmin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        else
        {
            SqliteConnection.ClearAllPools();
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finalising connection; the temp folder is cleaned by the OS.
        }
    }
}
