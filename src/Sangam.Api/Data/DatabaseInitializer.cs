using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Sangam.Api.Data;

/// <summary>
/// Brings the schema up to date before the server accepts requests, then runs the start-up seeds, holding the
/// <see cref="StartupLock"/> throughout so that nodes started together take turns.
/// </summary>
internal sealed partial class DatabaseInitializer(
    IServiceScopeFactory scopes,
    IOptions<DatabaseOptions> options,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SangamDb>();
        var migrate = options.Value.MigrateOnStart;
        if (migrate)
        {
            await CreateIfAbsentAsync(db, cancellationToken);
        }

        await using (await StartupLock.AcquireAsync(db, cancellationToken))
        {
            if (migrate)
            {
                await MigrateHoldingLockAsync(db, cancellationToken);
                LogMigrated(logger, db.Database.ProviderName ?? "?");
            }

            // Seeds are scoped: they share this scope's database context, in the order they were registered.
            foreach (var seed in scope.ServiceProvider.GetServices<IStartupSeed>())
            {
                await seed.SeedAsync(cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Creates the database if needed and applies pending migrations, taking turns with other nodes.</summary>
    public static async Task MigrateAsync(SangamDb db, CancellationToken cancellationToken)
    {
        await CreateIfAbsentAsync(db, cancellationToken);
        await using (await StartupLock.AcquireAsync(db, cancellationToken))
        {
            await MigrateHoldingLockAsync(db, cancellationToken);
        }
    }

    /// <summary>The lock lives in the database, so the database must exist first; two nodes may both try to create it.</summary>
    private static async Task CreateIfAbsentAsync(SangamDb db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another node created it first (a race surfaces as either code).
        }
    }

    private static async Task MigrateHoldingLockAsync(SangamDb db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            // WAL lets readers proceed while a writer commits; the setting persists in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database schema is up to date ({Provider})")]
    private static partial void LogMigrated(ILogger logger, string provider);
}

/// <summary>
/// Data a feature puts in the database at start-up (e.g. the sandbox demo account), registered as a scoped service that
/// takes what it needs in its constructor. Seeds run one node at a time,
/// under the <see cref="StartupLock"/>; each inserts only what is absent, so every start but the first finds its work done.
/// </summary>
public interface IStartupSeed
{
    Task SeedAsync(CancellationToken cancellationToken);
}
