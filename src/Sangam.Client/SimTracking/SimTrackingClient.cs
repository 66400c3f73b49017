using System.Globalization;
using Sangam.Client.Http;

namespace Sangam.Client.SimTracking;

/// <summary>
/// Consent-based SIM tracking of drivers (<c>/api/v2/sim-tracking/</c>): add a driver, follow the consent the
/// operator asks for, locate one or many drivers, read the trail, delete with erasure.
/// </summary>
public sealed class SimTrackingClient
{
    /// <summary>Numbers per bulk request the server accepts.</summary>
    public const int MaxBatchSize = 500;

    private const string Drivers = "api/v2/sim-tracking/drivers/";

    private readonly SangamConnection _connection;

    internal SimTrackingClient(SangamConnection connection) => _connection = connection;

    /// <summary>Adds a driver and has the operator ask for consent; adding the same number again returns the existing driver.</summary>
    public Task<Driver> AddDriverAsync(NewDriver driver, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(driver);
        return SendAsync<Driver>(HttpMethod.Post, Drivers, SangamConnection.Json(new
        {
            mobile = driver.Mobile,
            driver_name = driver.DriverName,
            vehicle_number = driver.VehicleNumber,
            consent_channel = driver.ConsentChannel,
            language = driver.Language,
        }), cancellationToken);
    }

    /// <summary>A page of the account's drivers, optionally only those with <paramref name="consentStatus"/>.</summary>
    public Task<DriverPage> ListDriversAsync(ConsentStatus? consentStatus = null, int page = 1, int pageSize = 100, CancellationToken cancellationToken = default)
    {
        var query = string.Create(CultureInfo.InvariantCulture, $"?page={page}&page_size={pageSize}")
            + (consentStatus is { } status ? "&consent_status=" + status.ToString().ToUpperInvariant() : "");
        return SendAsync<DriverPage>(HttpMethod.Get, Drivers + query, null, cancellationToken);
    }

    /// <summary>One driver of the account.</summary>
    public Task<Driver> GetDriverAsync(string mobile, CancellationToken cancellationToken = default) =>
        SendAsync<Driver>(HttpMethod.Get, DriverPath(mobile), null, cancellationToken);

    /// <summary>The driver's consent and its history.</summary>
    public Task<DriverConsent> GetConsentAsync(string mobile, CancellationToken cancellationToken = default) =>
        SendAsync<DriverConsent>(HttpMethod.Get, DriverPath(mobile) + "/consent", null, cancellationToken);

    /// <summary>Has the operator ask for consent again (refused while allowed, throttled to once per 10 minutes by default).</summary>
    public Task<DriverConsent> RequestConsentAsync(string mobile, CancellationToken cancellationToken = default) =>
        SendAsync<DriverConsent>(HttpMethod.Post, DriverPath(mobile) + "/consent", null, cancellationToken);

    /// <summary>Where the driver is. Without an allowed consent this throws <see cref="SangamForbiddenException"/>.</summary>
    public Task<DriverLocation> LocateAsync(string mobile, CancellationToken cancellationToken = default) =>
        SendAsync<DriverLocation>(HttpMethod.Get, DriverPath(mobile) + "/location", null, cancellationToken);

    /// <summary>
    /// Locates many drivers: one result per number, in order, each with its own status. Numbers are sent in batches of
    /// <paramref name="batchSize"/> (at most 500); <paramref name="progress"/> hears after each batch.
    /// </summary>
    public async Task<IReadOnlyList<BulkLocationItem>> LocateManyAsync(
        IEnumerable<string> mobiles, int batchSize = MaxBatchSize, IProgress<BulkLocationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mobiles);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(batchSize, MaxBatchSize);
        var all = mobiles.ToList();
        var results = new List<BulkLocationItem>(all.Count);
        foreach (var batch in all.Chunk(batchSize))
        {
            var envelope = await _connection.SendAsync<LookupEnvelope<BulkLocationItem>>(
                HttpMethod.Post, "api/v2/sim-tracking/location/bulk", SangamConnection.Json(new { mobiles = batch }), cancellationToken);
            results.AddRange(envelope.Response.Select(item => item.Response));
            progress?.Report(new BulkLocationProgress(results.Count, all.Count));
        }

        return results;
    }

    /// <summary>The stored positions between <paramref name="from"/> and <paramref name="to"/> (default: the last 24 hours).</summary>
    public Task<DriverTrail> GetTrailAsync(string mobile, DateTimeOffset? from = null, DateTimeOffset? to = null, CancellationToken cancellationToken = default)
    {
        var query = new List<string>();
        if (from is { } start)
        {
            query.Add("from=" + Uri.EscapeDataString(start.ToString("O", CultureInfo.InvariantCulture)));
        }

        if (to is { } end)
        {
            query.Add("to=" + Uri.EscapeDataString(end.ToString("O", CultureInfo.InvariantCulture)));
        }

        return SendAsync<DriverTrail>(HttpMethod.Get, DriverPath(mobile) + "/trail" + (query.Count > 0 ? "?" + string.Join('&', query) : ""), null, cancellationToken);
    }

    /// <summary>Stops tracking at the operator, withdraws consent and erases the driver's positions and personal data.</summary>
    public Task<DeletedDriver> DeleteDriverAsync(string mobile, CancellationToken cancellationToken = default) =>
        SendAsync<DeletedDriver>(HttpMethod.Delete, DriverPath(mobile), null, cancellationToken);

    private static string DriverPath(string mobile) => Drivers + Uri.EscapeDataString(mobile.Trim());

    private async Task<T> SendAsync<T>(HttpMethod method, string path, Func<HttpContent>? content, CancellationToken cancellationToken) =>
        (await _connection.SendAsync<LookupEnvelope<T>>(method, path, content, cancellationToken)).Single();
}
