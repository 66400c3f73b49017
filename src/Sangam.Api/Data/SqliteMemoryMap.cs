using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Sangam.Api.Data;

/// <summary>
/// Lets SQLite read the database file through a memory map instead of copying each page into the connection's own
/// page cache with a system call. Random reads of large tables (the company registry's name index) cost a third of
/// what they do through the cache: every write by any connection empties the other connections' caches, and a
/// name search reads hundreds of scattered pages. The setting belongs to the connection, and a pooled connection
/// keeps it, so setting it again at each open costs one statement that changes nothing.
/// </summary>
internal sealed class SqliteMemoryMap : DbConnectionInterceptor
{
    public static readonly SqliteMemoryMap Instance = new();

    /// <summary>The most of the file mapped; SQLite's own ceiling is 2 GB, and a larger file is read past it as before.</summary>
    private const string MapFile = "PRAGMA mmap_size = 2147418112";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = MapFile;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = MapFile;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
