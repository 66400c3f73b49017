using Microsoft.EntityFrameworkCore;

namespace Sangam.Api.Data;

/// <summary>Contexts of the configured provider's flavour from its pool, typed as the <see cref="SangamDb"/> the code uses.</summary>
internal sealed class SangamDbFactory<TContext>(IDbContextFactory<TContext> pool) : IDbContextFactory<SangamDb>
    where TContext : SangamDb
{
    public SangamDb CreateDbContext() => pool.CreateDbContext();
}
