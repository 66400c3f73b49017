using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sangam.Api.Data;
using Sangam.Api.Hosting;

namespace Sangam.Api.SimTracking;

/// <summary>Deletes stored positions once <see cref="TrackingOptions.PositionRetention"/> has passed.</summary>
internal sealed class PositionHistoryCleanup(IOptions<TrackingOptions> options) : IExpiredDataCleanup
{
    public Task DeleteExpiredAsync(SangamDb db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = now - options.Value.PositionRetention;
        return db.DriverPositions.Where(p => p.LocatedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
