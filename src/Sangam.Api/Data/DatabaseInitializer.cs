using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Sangam.Api.Data;

/// <summary>Brings the schema up to date before the server accepts requests, then runs the start-up seeds.</summary>
internal sealed partial class DatabaseInitializer(
    IServiceScopeFactory scopes,
    IOptions<DatabaseOptions> options,
    IEnumerable<IStartupSeed> seeds,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SangamDb>();

        if (options.Value.MigrateOnStart)
        {
            if (db.Database.IsSqlite())
            {
                // WAL lets readers proceed while a writer commits; the setting persists in the file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            await db.Database.MigrateAsync(cancellationToken);
            LogMigrated(logger, db.Database.ProviderName ?? "?");
        }

        foreach (var seed in seeds)
        {
            await seed.SeedAsync(scope.ServiceProvider, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database schema is up to date ({Provider})")]
    private static partial void LogMigrated(ILogger logger, string provider);
}

/// <summary>Data a feature puts in the database at start-up (e.g. the sandbox demo account). Must be idempotent.</summary>
public interface IStartupSeed
{
    Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken);
}
