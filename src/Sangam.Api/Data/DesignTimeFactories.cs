using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Sangam.Api.Data;

// Used only by `dotnet ef migrations add`; see scripts/add-migration.sh. No database is contacted.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSangamDb>
{
    public SqliteSangamDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSangamDb>().UseSqlite("Data Source=design.db").UseSnakeCaseNamingConvention().Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSangamDb>
{
    public PostgresSangamDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresSangamDb>().UseNpgsql("Host=localhost").UseSnakeCaseNamingConvention().Options);
}
