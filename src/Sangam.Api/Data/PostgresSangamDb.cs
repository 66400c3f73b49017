using Microsoft.EntityFrameworkCore;

namespace Sangam.Api.Data;

/// <summary>PostgreSQL flavour of <see cref="SangamDb"/>: owns the PostgreSQL migrations.</summary>
public sealed class PostgresSangamDb(DbContextOptions<PostgresSangamDb> options) : SangamDb(options);
