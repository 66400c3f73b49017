using System.ComponentModel.DataAnnotations;

namespace Sangam.Api.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Configuration section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// ADO.NET connection string. Empty means the SQLite file <c>sangam.db</c> in the data directory.
    /// Also read from <c>ConnectionStrings:Sangam</c>.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations at start-up. Turn off when migrations run as a separate deployment step.</summary>
    public bool MigrateOnStart { get; set; } = true;

    [Range(1, 1000)]
    public int PoolSize { get; set; } = 128;
}
