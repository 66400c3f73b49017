using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sangam.Api.Data;
using Sangam.Api.Http.Envelopes;
using Sangam.India;

namespace Sangam.Api.SimTracking;

/// <summary>
/// Locates up to 500 of an account's drivers at once. Each number gets its own result; one failure never fails the
/// batch. Numbers are located concurrently (each operator connector caps its calls and retries its transient 502s
/// and 429s); whatever is not located by the deadline is reported as such.
/// </summary>
public sealed partial class BulkLocator(SangamDb db, DriverLocator locator, IOptions<TrackingOptions> options, ILogger<BulkLocator> logger)
{
    public async Task<IReadOnlyList<LookupItem<BulkLocationItem>>> LocateAsync(long accountId, IReadOnlyList<string?> mobiles, CancellationToken cancellationToken)
    {
        var parsed = mobiles.Select(m => MobileNumber.TryParse(m, out var mobile) ? mobile.Value : null).ToList();
        var wanted = parsed.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var drivers = await db.Drivers.AsNoTracking()
            .Where(d => d.AccountId == accountId && d.DeletedAt == null && wanted.Contains(d.Mobile))
            .Select(LocatableDriver.FromDriver)
            .ToListAsync(cancellationToken);

        var results = new ConcurrentDictionary<string, LocateResult>(StringComparer.Ordinal);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Value.BulkDeadline);
        await Parallel.ForEachAsync(
            drivers,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.BulkConcurrency, CancellationToken = cancellationToken },
            async (driver, _) => results[driver.Mobile] = await LocateOneAsync(driver, deadline.Token, cancellationToken));

        await locator.SaveAsync(accountId, [.. drivers.Select(d => (d, results[d.Mobile]))], cancellationToken);
        var byMobile = drivers.ToDictionary(d => d.Mobile, StringComparer.Ordinal);
        return [.. mobiles.Select((raw, i) => Item(raw, parsed[i], parsed[i] is { } m && byMobile.ContainsKey(m) ? results[m] : null))];
    }

    private async Task<LocateResult> LocateOneAsync(LocatableDriver driver, CancellationToken deadline, CancellationToken request)
    {
        try
        {
            return await locator.LocateAsync(driver, deadline);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !request.IsCancellationRequested)
        {
            return new LocateResult(LocateStatus.OperatorFailed,
                Message: $"The operator did not locate this number within the bulk deadline of {options.Value.BulkDeadline.TotalSeconds:0} s; try it again.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One number's trouble is that number's result, never the batch's.
            LogUnexpected(logger, driver.Id, e);
            return new LocateResult(LocateStatus.OperatorFailed, Message: "This number could not be located because of an unexpected error; try it again.");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Locating driver {DriverId} in a bulk request failed unexpectedly")]
    private static partial void LogUnexpected(ILogger logger, long driverId, Exception exception);

    private static LookupItem<BulkLocationItem> Item(string? raw, string? mobile, LocateResult? result)
    {
        var item = (mobile, result) switch
        {
            (null, _) => new BulkLocationItem(raw, BulkLocationStatus.InvalidMobile, $"Not a mobile number. Format should follow {MobileNumber.Pattern}", null),
            (_, null) => new BulkLocationItem(mobile, BulkLocationStatus.NotFound, "No driver with this mobile in your account.", null),
            (_, { Status: LocateStatus.Located, Fix: { } fix }) => new BulkLocationItem(mobile, BulkLocationStatus.Located, null, DriverViews.Location(mobile, fix)),
            (_, { Status: LocateStatus.NoConsent }) => new BulkLocationItem(mobile, BulkLocationStatus.NoConsent, result.Message, null),
            _ => new BulkLocationItem(mobile, BulkLocationStatus.OperatorFailed, result.Message, null),
        };
        return new LookupItem<BulkLocationItem>(item, item.Status == BulkLocationStatus.Located ? Lookup.Success : Lookup.Error);
    }
}
