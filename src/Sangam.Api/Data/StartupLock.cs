using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Sangam.Api.Data;

/// <summary>
/// Lets one node at a time migrate and seed the database, so nodes started together on an empty database all come
/// up: the first migrates and seeds, the others wait, then find the work done. On PostgreSQL a session advisory lock
/// of the database; on SQLite (nodes of one machine sharing the file) an exclusive lock on a file beside it.
/// </summary>
internal static class StartupLock
{
    // An arbitrary key of this application's advisory lock ("SANGAM" in ASCII).
    private const long AdvisoryKey = 0x53414E47414D;

    private static readonly TimeSpan FileRetryInterval = TimeSpan.FromMilliseconds(100);

    public static async Task<IAsyncDisposable> AcquireAsync(SangamDb db, CancellationToken cancellationToken)
    {
        var connectionString = db.Database.GetConnectionString()
            ?? throw new InvalidOperationException("The database has no connection string.");
        return db.Database.IsNpgsql()
            ? await AdvisoryLock.AcquireAsync(connectionString, cancellationToken)
            : await FileLock.AcquireAsync(new SqliteConnectionStringBuilder(connectionString).DataSource, cancellationToken);
    }

    private sealed class AdvisoryLock(NpgsqlConnection connection) : IAsyncDisposable
    {
        public static async Task<AdvisoryLock> AcquireAsync(string connectionString, CancellationToken cancellationToken)
        {
            // A connection of its own, outside the pool: the lock lives as long as this session.
            var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
            try
            {
                await connection.OpenAsync(cancellationToken);
                await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
                command.Parameters.AddWithValue("key", AdvisoryKey);
                command.CommandTimeout = 0;
                await command.ExecuteNonQueryAsync(cancellationToken);
                return new AdvisoryLock(connection);
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
        }

        // Closing the session releases the lock.
        public ValueTask DisposeAsync() => connection.DisposeAsync();
    }

    private sealed class FileLock(FileStream? file) : IAsyncDisposable
    {
        public static async Task<FileLock> AcquireAsync(string dataSource, CancellationToken cancellationToken)
        {
            if (string.IsNullOrEmpty(dataSource) || dataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase))
            {
                return new FileLock(null);
            }

            var path = Path.GetFullPath(dataSource) + ".startup-lock";
            while (true)
            {
                try
                {
                    // FileShare.None takes an exclusive lock on the file (flock on Linux), which another process or
                    // another node in this one cannot take until this handle is closed.
                    return new FileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
                }
                catch (IOException) when (File.Exists(path))
                {
                    await Task.Delay(FileRetryInterval, cancellationToken);
                }
            }
        }

        public ValueTask DisposeAsync() => file?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
