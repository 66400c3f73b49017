using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Sangam.Api.Accounts;
using Sangam.Api.Data;
using Sangam.Api.Http.Errors;
using Sangam.Api.Http.OpenApi;
using Sangam.Api.Usage.Metering;
using Sangam.India;

namespace Sangam.Api.Usage;

/// <summary>The caller's account usage: calls per API and day (IST).</summary>
public static class UsageApi
{
    public const int MaxDays = 366;

    private const string DateFormat = "yyyy-MM-dd";

    public static IEndpointRouteBuilder MapUsage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v2/usage/", GetUsage)
            .WithTags("Usage")
            .WithName("getUsage")
            .WithSummary("Calls of the caller's account per API and day (IST), with errors and cache hits")
            .WithParameters(
                new ApiParameter("from", "First day (IST), yyyy-MM-dd; default 29 days before `to`.", "2026-11-01"),
                new ApiParameter("to", "Last day (IST), yyyy-MM-dd; default today. At most 366 days after `from`.", "2026-11-30"))
            .WithJsonExamples(null, ("usage", """
                {"from": "2026-11-01", "to": "2026-11-30", "total_calls": 1342, "data": [
                  {"date": "2026-11-26", "api": "vahanLookup", "calls": 812, "errors": 3, "cache_hits": 401, "average_duration_ms": 38.2},
                  {"date": "2026-11-26", "api": "ocrUpload", "calls": 530, "errors": 12, "cache_hits": 0, "average_duration_ms": 1420.5}]}
                """))
            .RequireAuthorization();
        return app;
    }

    public static async Task<Results<Ok<UsageReport>, ApiError>> GetUsage(
        string? from,
        string? to,
        Caller caller, SangamDb db, IMemoryCache cache, UsageVersion version, TimeProvider time, CancellationToken cancellationToken)
    {
        var today = Ist.Today(time.GetUtcNow());
        if (!TryParseDay(to, today, out var last))
        {
            return ApiError.BadRequest($"Data format failed OR wrong value entered at: to. Format should follow {DateFormat}");
        }

        if (!TryParseDay(from, last.AddDays(-29), out var first))
        {
            return ApiError.BadRequest($"Data format failed OR wrong value entered at: from. Format should follow {DateFormat}");
        }

        if (first > last)
        {
            return ApiError.BadRequest("'from' must not be after 'to'.");
        }

        if (last.DayNumber - first.DayNumber >= MaxDays)
        {
            return ApiError.BadRequest($"The range may cover at most {MaxDays} days.");
        }

        var rows = await RowsAsync(new ReportKey(caller.AccountId, first, last), db, cache, version, cancellationToken);
        return TypedResults.Ok(new UsageReport(
            first.ToString(DateFormat, CultureInfo.InvariantCulture),
            last.ToString(DateFormat, CultureInfo.InvariantCulture),
            rows.Sum(r => r.Calls),
            rows));
    }

    /// <summary>
    /// The report's rows, kept until this node's usage writer commits its next batch. Other nodes write theirs every
    /// <see cref="UsageWriter.FlushInterval"/>; a report is kept no longer, so it is as current as the metering itself.
    /// </summary>
    private static async Task<IReadOnlyList<UsageRow>> RowsAsync(
        ReportKey key, SangamDb db, IMemoryCache cache, UsageVersion version, CancellationToken cancellationToken)
    {
        var current = version.Current;
        if (cache.TryGetValue(key, out CachedRows? cached) && cached!.Version == current)
        {
            return cached.Rows;
        }

        var rows = await db.UsageDaily.AsNoTracking()
            .Where(d => d.AccountId == key.AccountId && d.Day >= key.First && d.Day <= key.Last)
            .OrderBy(d => d.Day).ThenBy(d => d.Api)
            .Select(d => new UsageRow(d.Day.ToString(DateFormat, CultureInfo.InvariantCulture), d.Api, d.Calls, d.Errors, d.CacheHits,
                d.Calls == 0 ? 0 : Math.Round((double)d.TotalDurationMs / d.Calls, 1)))
            .ToListAsync(cancellationToken);
        cache.Set(key, new CachedRows(rows, current), UsageWriter.FlushInterval);
        return rows;
    }

    private static bool TryParseDay(string? value, DateOnly fallback, out DateOnly day)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            day = fallback;
            return true;
        }

        return DateOnly.TryParseExact(value.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }
}

public sealed record UsageReport(string From, string To, long TotalCalls, IReadOnlyList<UsageRow> Data);

internal readonly record struct ReportKey(long AccountId, DateOnly First, DateOnly Last);

internal sealed record CachedRows(IReadOnlyList<UsageRow> Rows, long Version);

public sealed record UsageRow(string Date, string Api, long Calls, long Errors, long CacheHits, double AverageDurationMs);
