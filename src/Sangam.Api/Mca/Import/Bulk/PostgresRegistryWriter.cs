using Npgsql;
using NpgsqlTypes;
using Sangam.Api.Mca.Registry;
using Sangam.Api.Mca.Search;

namespace Sangam.Api.Mca.Import.Bulk;

/// <summary>
/// PostgreSQL: each batch is copied in binary into temporary staging tables, then merged by a few set-based
/// statements: an upsert that rewrites only rows whose content hash changed and records which rows it added or
/// changed, and the name index entries rewritten for exactly those rows; after the commit the name index's pending
/// entries are merged into it, so searches never wade through them.
/// </summary>
internal sealed class PostgresRegistryWriter : RegistryBulkWriter
{
    private const string Staging = "mca_import_companies";
    private const string StagingSearch = "mca_import_search";
    private const string Changed = "mca_import_changed";

    private static readonly NpgsqlDbType[] ColumnTypes =
    [
        NpgsqlDbType.Varchar, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text,
        NpgsqlDbType.Text, NpgsqlDbType.Numeric, NpgsqlDbType.Numeric, NpgsqlDbType.Date, NpgsqlDbType.Text, NpgsqlDbType.Text,
        NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Varchar,
        NpgsqlDbType.Bigint, NpgsqlDbType.TimestampTz,
    ];

    private static readonly string ColumnList = string.Join(", ", Columns);

    private static readonly string Merge = $"""
        WITH merged AS (
            INSERT INTO {RegistryTables.Companies} ({ColumnList})
            SELECT {ColumnList} FROM {Staging}
            ON CONFLICT (cin) DO UPDATE SET {string.Join(", ", Columns.Skip(1).Select(c => $"{c} = excluded.{c}"))}
            WHERE {RegistryTables.Companies}.content_hash <> excluded.content_hash
            RETURNING cin, xmax = 0 AS inserted)
        INSERT INTO {Changed} SELECT cin, inserted FROM merged;
        DELETE FROM {PostgresNameIndex.Table} t USING {Changed} c WHERE t.cin = c.cin AND NOT c.inserted;
        INSERT INTO {PostgresNameIndex.Table} ({PostgresNameIndex.Columns})
            SELECT s.cin, s.name_length, r.name_key, r.status, {PostgresNameIndex.Vector("s.words")}
            FROM {StagingSearch} s JOIN {Changed} c ON c.cin = s.cin JOIN {Staging} r ON r.cin = s.cin;
        {RegistryVersion.Advance} WHERE EXISTS (SELECT FROM {Changed});
        SELECT count(*) FILTER (WHERE inserted)::int, count(*) FILTER (WHERE NOT inserted)::int FROM {Changed};
        """;

    private readonly NpgsqlConnection _connection;

    private PostgresRegistryWriter(NpgsqlConnection connection, CompanySource source, DateTimeOffset now)
        : base(source, now) => _connection = connection;

    public override int BatchSize => 20_000;

    public static async Task<RegistryBulkWriter> OpenAsync(string connectionString, CompanySource source, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return new PostgresRegistryWriter(connection, source, now);
    }

    public override async Task<BatchResult> WriteAsync(IReadOnlyList<CompanyRecord> batch, CancellationToken cancellationToken)
    {
        await using var transaction = await _connection.BeginTransactionAsync(cancellationToken);

        // Dropped at commit, so nothing outlives the batch on a pooled connection.
        await ExecuteAsync($"""
            CREATE TEMP TABLE {Staging} (LIKE {RegistryTables.Companies} INCLUDING DEFAULTS) ON COMMIT DROP;
            CREATE TEMP TABLE {StagingSearch} (cin varchar(21) NOT NULL, name_length integer NOT NULL, words text NOT NULL) ON COMMIT DROP;
            CREATE TEMP TABLE {Changed} (cin varchar(21) PRIMARY KEY, inserted boolean NOT NULL) ON COMMIT DROP;
            """, cancellationToken);

        var updatedAt = Now.ToUniversalTime();
        await using (var companies = await _connection.BeginBinaryImportAsync($"COPY {Staging} ({ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var record in batch)
            {
                await companies.StartRowAsync(cancellationToken);
                var values = Values(record, updatedAt);
                for (var i = 0; i < values.Length; i++)
                {
                    await companies.WriteAsync(values[i] ?? DBNull.Value, ColumnTypes[i], cancellationToken);
                }
            }

            await companies.CompleteAsync(cancellationToken);
        }

        await using (var search = await _connection.BeginBinaryImportAsync($"COPY {StagingSearch} (cin, name_length, words) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var record in batch)
            {
                await search.StartRowAsync(cancellationToken);
                await search.WriteAsync(record.Cin, NpgsqlDbType.Varchar, cancellationToken);
                await search.WriteAsync(record.NameKey.Length, NpgsqlDbType.Integer, cancellationToken);
                await search.WriteAsync(record.SearchWords, NpgsqlDbType.Text, cancellationToken);
            }

            await search.CompleteAsync(cancellationToken);
        }

        BatchResult result;
        await using (var merge = new NpgsqlCommand(Merge, _connection, transaction))
        await using (var reader = await merge.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            result = new BatchResult(reader.GetInt32(0), reader.GetInt32(1));
        }

        await transaction.CommitAsync(cancellationToken);
        if (result.Inserted + result.Updated > 0)
        {
            await ExecuteAsync(PostgresNameIndex.MergePendingEntries, cancellationToken);
        }

        return result;
    }

    public override ValueTask DisposeAsync() => _connection.DisposeAsync();

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, _connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
