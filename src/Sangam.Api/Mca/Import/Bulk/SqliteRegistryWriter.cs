using Microsoft.Data.Sqlite;
using Sangam.Api.Data;
using Sangam.Api.Mca.Registry;
using Sangam.Api.Mca.Search;

namespace Sangam.Api.Mca.Import.Bulk;

/// <summary>
/// SQLite: prepared statements on a private connection, row by row inside one transaction per batch, which SQLite
/// runs at hundreds of thousands of rows a second. The connection gets a large page cache and WAL's NORMAL
/// synchronisation (durable at every checkpoint) for the import only. When the import has changed anything, the name
/// index is rewritten in name-key order at the end (<see cref="SqliteNameIndex.Reorder"/>).
/// </summary>
internal sealed class SqliteRegistryWriter : RegistryBulkWriter
{
    private readonly SqliteConnection _connection;
    private readonly object _updatedAt;
    private readonly SqliteCommand _find;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _update;
    private readonly SqliteCommand _unindex;
    private readonly SqliteCommand _index;
    private readonly SqliteCommand _advance;
    private bool _changed;

    private SqliteRegistryWriter(SqliteConnection connection, object updatedAt, CompanySource source, DateTimeOffset now)
        : base(source, now)
    {
        _connection = connection;
        _updatedAt = updatedAt;
        _find = Command($"SELECT content_hash FROM {RegistryTables.Companies} WHERE cin = $p0", "$p0");
        _insert = Command(
            $"INSERT INTO {RegistryTables.Companies} ({string.Join(", ", Columns)}) VALUES ({string.Join(", ", Columns.Select((_, i) => "$p" + i))})",
            [.. Columns.Select((_, i) => "$p" + i)]);
        _update = Command(
            $"UPDATE {RegistryTables.Companies} SET {string.Join(", ", Columns.Skip(1).Select((c, i) => $"{c} = $p{i + 1}"))} WHERE cin = $p0",
            [.. Columns.Select((_, i) => "$p" + i)]);
        _unindex = Command(SqliteNameIndex.Delete, "$cin");
        _index = Command(SqliteNameIndex.Insert, "$cin", "$key", "$length", "$status", "$words");
        _advance = Command(RegistryVersion.Advance);
    }

    public override int BatchSize => 20_000;

    public static async Task<RegistryBulkWriter> OpenAsync(
        string connectionString, SangamDb db, CompanySource source, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A connection of its own, outside the pool, so the import's pragmas never leak into request handling.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using (var pragmas = connection.CreateCommand())
        {
            // WAL is the mode the server runs the database in (it persists in the file); NORMAL synchronisation in WAL
            // syncs at checkpoints only, and the larger checkpoint interval lets whole batches reach the file at once.
            pragmas.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 16384; "
                + "PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY;";
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
        }

        // Times are stored in the form the model's converter gives them (SQLite has no timestamp type).
        var mapping = db.Model.FindEntityType(typeof(Company))!.FindProperty(nameof(Company.UpdatedAt))!.GetTypeMapping();
        var updatedAt = mapping.Converter?.ConvertToProvider(now) ?? now;
        return new SqliteRegistryWriter(connection, updatedAt, source, now);
    }

    // SQLite runs in-process and its "async" methods complete synchronously: plain calls save a task per statement.
    public override Task<BatchResult> WriteAsync(IReadOnlyList<CompanyRecord> batch, CancellationToken cancellationToken)
    {
        using var transaction = _connection.BeginTransaction();
        foreach (var command in (SqliteCommand[])[_find, _insert, _update, _unindex, _index, _advance])
        {
            command.Transaction = transaction;
        }

        int inserted = 0, updated = 0;
        foreach (var record in batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _find.Parameters[0].Value = record.Cin;
            var existing = _find.ExecuteScalar();
            if (existing is long hash && hash == record.ContentHash)
            {
                continue;
            }

            var values = Values(record, _updatedAt);
            var write = existing is null ? _insert : _update;
            for (var i = 0; i < values.Length; i++)
            {
                write.Parameters[i].Value = values[i] ?? DBNull.Value;
            }

            write.ExecuteNonQuery();
            if (existing is null)
            {
                inserted++;
            }
            else
            {
                updated++;
                _unindex.Parameters[0].Value = record.Cin;
                _unindex.ExecuteNonQuery();
            }

            _index.Parameters[0].Value = record.Cin;
            _index.Parameters[1].Value = record.NameKey;
            _index.Parameters[2].Value = record.NameKey.Length;
            _index.Parameters[3].Value = (object?)record.Status ?? DBNull.Value;
            _index.Parameters[4].Value = record.SearchWords;
            _index.ExecuteNonQuery();
        }

        if (inserted + updated > 0)
        {
            _advance.ExecuteNonQuery();
            _changed = true;
        }

        transaction.Commit();
        return Task.FromResult(new BatchResult(inserted, updated));
    }

    public override async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_changed)
        {
            // One transaction: searches meanwhile read the index as it was.
            await using var transaction = _connection.BeginTransaction();
            await using var reorder = Command(SqliteNameIndex.Reorder);
            reorder.Transaction = transaction;
            await reorder.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var command in (SqliteCommand[])[_find, _insert, _update, _unindex, _index, _advance])
        {
            await command.DisposeAsync();
        }

        await _connection.DisposeAsync();
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        return command;
    }
}
