using System.Text.Json;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Sangam.Api.Connectors.Ulip;
using Sangam.Api.Data;

namespace Sangam.Api.Vehicles.Caching;

/// <summary>
/// The database level of the <see cref="LookupCache"/>, shared by every node. Reads happen on the request path;
/// writes are queued and made in the background, so a fresh answer never waits for a database commit. Expired
/// entries are swept now and then (any node may do it; the statement is idempotent).
/// </summary>
public sealed partial class LookupStore(IDbContextFactory<SangamDb> databases, TimeProvider time, ILogger<LookupStore> logger) : BackgroundService
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(15);

    // A full queue drops the oldest write: losing a cache entry only costs a later upstream call.
    private readonly Channel<CachedLookup> _pending = Channel.CreateBounded<CachedLookup>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    /// <summary>The unexpired answer stored for <paramref name="key"/>, and until when it is good.</summary>
    public async Task<(CachedAnswer Answer, DateTimeOffset ExpiresAt)?> ReadAsync(LookupKey key)
    {
        await using var db = await databases.CreateDbContextAsync();
        var now = time.GetUtcNow();
        var row = await db.CachedLookups.AsNoTracking()
            .Where(c => c.AccountId == key.AccountId && c.Service == key.Service && c.RequestHash == key.RequestHash && c.ExpiresAt > now)
            .Select(c => new { c.Payload, c.ResponseStatus, c.ResponseCode, c.Found, c.FetchedAt, c.ExpiresAt })
            .FirstOrDefaultAsync();
        if (row is null)
        {
            return null;
        }

        using var payload = JsonDocument.Parse(row.Payload);
        var answer = new UlipAnswer(payload.RootElement.Clone(), row.ResponseStatus, row.ResponseCode, row.Found);
        return (new CachedAnswer(answer, CacheHit: true, row.FetchedAt), row.ExpiresAt);
    }

    /// <summary>Queues an answer to be stored (replacing any earlier one for the same key).</summary>
    public void Save(LookupKey key, UlipAnswer answer, DateTimeOffset fetchedAt, DateTimeOffset expiresAt) =>
        _pending.Writer.TryWrite(Entry(key, answer, fetchedAt, expiresAt));

    /// <summary>Stores an answer before returning, for other nodes waiting to read it.</summary>
    public async Task SaveNowAsync(LookupKey key, UlipAnswer answer, DateTimeOffset fetchedAt, DateTimeOffset expiresAt)
    {
        try
        {
            await UpsertAsync(Entry(key, answer, fetchedAt, expiresAt), CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The waiting nodes find nothing and call for themselves.
            LogWriteFailed(logger, key.Service, e);
        }
    }

    private static CachedLookup Entry(LookupKey key, UlipAnswer answer, DateTimeOffset fetchedAt, DateTimeOffset expiresAt) =>
        new()
        {
            AccountId = key.AccountId,
            Service = key.Service,
            RequestHash = key.RequestHash,
            Payload = answer.Payload.GetRawText(),
            ResponseStatus = answer.ResponseStatus,
            ResponseCode = answer.ResponseCode,
            Found = answer.Found,
            FetchedAt = fetchedAt,
            ExpiresAt = expiresAt,
        };

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.WhenAll(WriteAsync(stoppingToken), SweepAsync(stoppingToken));

    private async Task WriteAsync(CancellationToken stoppingToken)
    {
        await foreach (var entry in _pending.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await UpsertAsync(entry, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogWriteFailed(logger, entry.Service, e);
            }
        }
    }

    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SweepInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var db = await databases.CreateDbContextAsync(stoppingToken);
                var now = time.GetUtcNow();
                await db.CachedLookups.Where(c => c.ExpiresAt < now).ExecuteDeleteAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogSweepFailed(logger, e);
            }
        }
    }

    private async Task UpsertAsync(CachedLookup entry, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var updated = await db.CachedLookups
            .Where(c => c.AccountId == entry.AccountId && c.Service == entry.Service && c.RequestHash == entry.RequestHash)
            .ExecuteUpdateAsync(c => c
                .SetProperty(x => x.Payload, entry.Payload)
                .SetProperty(x => x.ResponseStatus, entry.ResponseStatus)
                .SetProperty(x => x.ResponseCode, entry.ResponseCode)
                .SetProperty(x => x.Found, entry.Found)
                .SetProperty(x => x.FetchedAt, entry.FetchedAt)
                .SetProperty(x => x.ExpiresAt, entry.ExpiresAt), cancellationToken);
        if (updated > 0)
        {
            return;
        }

        db.CachedLookups.Add(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Another node stored the same answer a moment ago; either copy is as fresh as the other.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storing a {Service} answer in the lookup cache failed")]
    private static partial void LogWriteFailed(ILogger logger, UlipService service, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sweeping expired lookup cache entries failed")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
