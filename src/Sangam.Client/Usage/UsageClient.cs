using System.Globalization;
using Sangam.Client.Http;

namespace Sangam.Client.Usage;

/// <summary>The account's metered usage (<c>GET /api/v2/usage/</c>).</summary>
public sealed class UsageClient
{
    private readonly SangamConnection _connection;

    internal UsageClient(SangamConnection connection) => _connection = connection;

    /// <summary>Calls per API and day (IST) between <paramref name="from"/> and <paramref name="to"/> (the server defaults to the last 30 days).</summary>
    public Task<UsageReport> GetAsync(DateOnly? from = null, DateOnly? to = null, CancellationToken cancellationToken = default)
    {
        var query = new List<string>();
        if (from is { } f)
        {
            query.Add("from=" + f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (to is { } t)
        {
            query.Add("to=" + t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        var path = "api/v2/usage/" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
        return _connection.SendAsync<UsageReport>(HttpMethod.Get, path, null, cancellationToken);
    }
}

/// <summary>Usage between two days.</summary>
/// <param name="From">First day (IST), yyyy-MM-dd.</param>
/// <param name="To">Last day (IST), yyyy-MM-dd.</param>
/// <param name="TotalCalls">All calls in the range.</param>
/// <param name="Data">One row per day and API.</param>
public sealed record UsageReport(string From, string To, long TotalCalls, IReadOnlyList<UsageRow> Data);

/// <summary>Calls of one API on one day.</summary>
/// <param name="Date">The day (IST), yyyy-MM-dd.</param>
/// <param name="Api">The operation, e.g. <c>vahanLookup</c>.</param>
/// <param name="Calls">Calls made.</param>
/// <param name="Errors">Calls answered with an error status.</param>
/// <param name="CacheHits">Calls answered from the platform's cache.</param>
/// <param name="AverageDurationMs">Mean server time per call.</param>
public sealed record UsageRow(string Date, string Api, long Calls, long Errors, long CacheHits, double AverageDurationMs);
