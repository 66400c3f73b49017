using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sangam.Api.Connectors.Operators;
using Sangam.Api.Data;
using Sangam.Api.Http.Idempotency;
using Sangam.India;

namespace Sangam.Api.SimTracking;

/// <summary>What a deletion did; <c>OperatorReleased</c> is false while the operator still has to stop tracking the number.</summary>
public sealed record ErasureResult(int PositionsErased, bool OperatorReleased);

/// <summary>
/// Deleting a driver: consent withdrawn and personal data erased at once (DPDP Act 2023: positions, consent history,
/// name, vehicle, webhook deliveries quoting the driver, delivered or not, and stored replayable answers that quote the
/// number), tracking stopped at the operator now or, if the operator fails, as soon as it answers. Until then the row
/// keeps only the number and the operator, which that release needs; the consent process finishes it and removes the row.
/// </summary>
public sealed partial class DriverErasure(
    SangamDb db, LocatableDrivers drivers, OperatorDirectory operators, TimeProvider time, IOptions<TrackingOptions> options, ILogger<DriverErasure> logger)
{
    public async Task<ErasureResult> EraseAsync(long accountId, long driverId, string mobile, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        int positions;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            positions = await db.DriverPositions.Where(p => p.DriverId == driverId).ExecuteDeleteAsync(cancellationToken);
            await db.ConsentEvents.Where(e => e.DriverId == driverId).ExecuteDeleteAsync(cancellationToken);
            await db.WebhookDeliveries.Where(d => d.DriverId == driverId).ExecuteDeleteAsync(cancellationToken);
            await db.ForgetAnswersQuotingAsync(accountId, mobile, cancellationToken);
            await db.Drivers.Where(d => d.Id == driverId).ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Name, "")
                .SetProperty(d => d.VehicleNumber, (string?)null)
                .SetProperty(d => d.ConsentDetail, (string?)null)
                .SetProperty(d => d.DeletedAt, now)
                .SetProperty(d => d.NextCheckAt, now)
                .SetProperty(d => d.LeaseExpiresAt, now + options.Value.Consent.LeaseDuration) // held while released inline below
                .SetProperty(d => d.CheckAttempts, 0), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await drivers.EvictAsync(accountId, mobile);

        return new ErasureResult(positions, await ReleaseAsync(driverId, cancellationToken));
    }

    /// <summary>
    /// Stops tracking at the operator, unless a live driver of another account still uses the number there (the
    /// operator keeps one registration per number for this platform), then removes the row. False when the
    /// operator failed; the consent process tries again with backoff.
    /// </summary>
    public async Task<bool> ReleaseAsync(long driverId, CancellationToken cancellationToken)
    {
        var row = await db.Drivers.AsNoTracking()
            .Where(d => d.Id == driverId && d.DeletedAt != null)
            .Select(d => new { d.Mobile, d.Operator, d.CheckAttempts })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return true;
        }

        var stillUsed = await db.Drivers.AnyAsync(d => d.Operator == row.Operator && d.Mobile == row.Mobile && d.DeletedAt == null, cancellationToken);
        if (operators.Find(row.Operator) is { } connector && !stillUsed)
        {
            if (await connector.ReleaseAsync(MobileNumber.Parse(row.Mobile).Value, cancellationToken) is { } failure)
            {
                LogReleaseFailed(logger, driverId, connector.DisplayName, failure.Detail);
                var retryAt = time.GetUtcNow() + options.Value.Consent.Backoff(row.CheckAttempts);
                await db.Drivers.Where(d => d.Id == driverId).ExecuteUpdateAsync(s => s
                    .SetProperty(d => d.NextCheckAt, retryAt)
                    .SetProperty(d => d.CheckAttempts, row.CheckAttempts + 1)
                    .SetProperty(d => d.LeaseExpiresAt, (DateTimeOffset?)null), CancellationToken.None);
                return false;
            }
        }

        await db.Drivers.Where(d => d.Id == driverId).ExecuteDeleteAsync(CancellationToken.None);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Releasing deleted driver {DriverId} at {Operator} failed: {Detail}; will retry")]
    private static partial void LogReleaseFailed(ILogger logger, long driverId, string @operator, string detail);
}
