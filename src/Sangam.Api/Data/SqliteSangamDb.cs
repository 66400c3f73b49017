using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Sangam.Api.Data;

/// <summary>SQLite flavour of <see cref="SangamDb"/>: owns the SQLite migrations.</summary>
public sealed class SqliteSangamDb(DbContextOptions<SqliteSangamDb> options) : SangamDb(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no timestamp type: as text, DateTimeOffset can't be compared or ordered in SQL.
        // All times are UTC, so their binary form orders correctly.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
