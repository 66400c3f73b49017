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
    private TestDatabase(string provider, string connectionString, string dataDirectory, string? postgresAdmin, string? postgresName, bool fromTemplate)
    {
        Provider = provider;
        ConnectionString = connectionString;
        DataDirectory = dataDirectory;
        _postgresAdmin = postgresAdmin;
        _postgresName = postgresName;
        _prepared = new Lazy<Task>(fromTemplate ? CopyTemplateAsync : EnsureReachableAsync);
    }

    private const string SqliteFileName = "sangam.db";

    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;
    private readonly Lazy<Task> _prepared;

    /// <summary><c>Sqlite</c> or <c>Postgres</c>, as the <c>Database:Provider</c> setting spells it.</summary>
    public string Provider { get; }

    public string ConnectionString { get; }

    /// <summary>A temporary folder for this server's files (SQLite database, sandbox key, uploads).</summary>
    public string DataDirectory { get; }

    public bool IsPostgres => Provider == "Postgres";

    /// <summary>
    /// A database holding the current schema before the server starts: a copy of this process's
    /// <see cref="MigratedTemplate"/>, made by <see cref="PrepareAsync"/>. A server on it finds no migration to apply.
    /// </summary>
    public static TestDatabase Migrated() => Create(fromTemplate: true);

    /// <summary>A database that does not exist yet: the server creates it and applies every migration as it starts.</summary>
    public static TestDatabase Empty() => Create(fromTemplate: false);

    private static TestDatabase Create(bool fromTemplate)
    {
        var id = Guid.NewGuid().ToString("N")[..16];
        var directory = Path.Combine(Scratch, "sangam-tests", id);
        Directory.CreateDirectory(directory);

        var kind = Environment.GetEnvironmentVariable("SANGAM_TEST_DB") ?? "sqlite";
        switch (kind.ToLowerInvariant())
        {
            case "sqlite":
                return new TestDatabase("Sqlite", $"Data Source={Path.Combine(directory, SqliteFileName)}", directory, null, null, fromTemplate);
            case "postgres":
                var server = Environment.GetEnvironmentVariable("SANGAM_TEST_POSTGRES")
                    ?? throw new InvalidOperationException("SANGAM_TEST_DB=postgres needs SANGAM_TEST_POSTGRES, e.g. 'Host=127.0.0.1;Port=5433;Username=postgres'.");
                var name = "sangam_test_" + id;
                var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;
                var connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
                return new TestDatabase("Postgres", connection, directory, admin, name, fromTemplate);
            default:
                throw new InvalidOperationException($"SANGAM_TEST_DB must be 'sqlite' or 'postgres', not '{kind}'.");
        }
    }

    /// <summary>
    /// Where test servers keep their files: memory (<c>/dev/shm</c>) where the machine has it, since a test database
    /// outlives no test and every SQLite commit would otherwise wait for the disk; else the temporary folder.
    /// </summary>
    private static string Scratch => Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();

    /// <summary>
    /// Readies the database for its first server, once however many nodes share it: checks the backend answers, so a
    /// dead server fails with a clear message, and copies the template into a <see cref="Migrated"/> database.
    /// </summary>
    public Task PrepareAsync() => _prepared.Value;

    private string SqliteFile => Path.Combine(DataDirectory, SqliteFileName);

    /// <summary>The connection string without connection pooling, for work that must leave no connection open.</summary>
    internal string UnpooledConnectionString => IsPostgres
        ? new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString
        : new SqliteConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString;

    private async Task CopyTemplateAsync()
    {
        await EnsureReachableAsync();
        var template = await MigratedTemplate.GetAsync();
        if (IsPostgres)
        {
            // A file-level copy inside PostgreSQL; the template has no open connection (it was migrated unpooled).
            await using var connection = new NpgsqlConnection(_postgresAdmin);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_postgresName}\" TEMPLATE \"{template._postgresName}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        else
        {
            // The template is never written after it is made, and it is kept in rollback-journal mode (no WAL to
            // recover): a plain file copy is a consistent image, and any number of copies may run at once.
            File.Copy(template.SqliteFile, SqliteFile);
        }
    }

    private async Task EnsureReachableAsync()
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
