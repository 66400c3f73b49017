using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Sangam.Api.Accounts;
using Sangam.Api.Connectors;
using Sangam.Api.Data;
using Sangam.Api.Usage;
using Sangam.Api.Usage.Metering;

namespace Sangam.Api.WebConsole.Pages;

/// <summary>The account's calls per family and day, and how each upstream has been answering.</summary>
public sealed class IndexModel(
    SangamDb db,
    IMemoryCache cache,
    UsageVersion usageVersion,
    TimeProvider time,
    OperationFamilies families,
    UpstreamBreakers breakers,
    IOptions<ConsoleOptions> options) : ConsolePage
{
    public static readonly TimeSpan HealthWindow = TimeSpan.FromHours(24);

    public IReadOnlyList<FamilyDay> Days { get; private set; } = [];

    public IReadOnlyList<UpstreamHealth> Upstreams { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var to = Sangam.India.Ist.Today(time.GetUtcNow());
        var from = to.AddDays(1 - options.Value.OverviewDays);
        var usage = EndpointAnswer.Read<UsageReport>((await UsageApi.GetUsage(
            from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), null, Caller, db, cache, usageVersion, time, cancellationToken)).Result);
        Error = usage.Error;
        Days = [.. (usage.Value?.Data ?? [])
            .GroupBy(row => (row.Date, Family: families.Of(row.Api)))
            .Select(g => new FamilyDay(DateOnly.ParseExact(g.Key.Date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                g.Key.Family?.WireName() ?? "account", g.Sum(r => r.Calls), g.Sum(r => r.Errors), g.Sum(r => r.CacheHits)))
            .OrderByDescending(d => d.Day).ThenBy(d => d.Family, StringComparer.Ordinal)];
        Upstreams = await HealthAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<UpstreamHealth>> HealthAsync(CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow() - HealthWindow;
        string[] failures = [UpstreamOutcome.Failed.WireName(), UpstreamOutcome.TimedOut.WireName(), UpstreamOutcome.Refused.WireName()];
        var calls = await db.UsageEvents.AsNoTracking()
            .Where(e => e.AccountId == Caller.AccountId && e.OccurredAt >= since && e.UpstreamOutcome != null)
            .Select(e => new { e.Api, e.DurationMs, e.UpstreamOutcome, e.OccurredAt })
            .ToListAsync(cancellationToken);
        var measured = calls
            .GroupBy(c => families.Of(c.Api))
            .Where(g => g.Key is not null)
            .Select(g =>
            {
                var durations = g.Select(c => c.DurationMs).Order().ToArray();
                var failed = g.Where(c => failures.Contains(c.UpstreamOutcome)).ToList();
                return new UpstreamHealth(OperationFamilies.Upstream(g.Key!.Value), durations.Length, durations[durations.Length / 2],
                    durations[(int)Math.Min(durations.Length - 1, Math.Ceiling(durations.Length * 0.95) - 1)],
                    failed.Count, failed.Count(c => c.UpstreamOutcome == UpstreamOutcome.TimedOut.WireName()),
                    failed.Count == 0 ? null : failed.Max(c => c.OccurredAt), BreakersOf(g.Key.Value));
            })
            .ToList();

        // Breakers judge an upstream from every account's calls: one may be open for an upstream this account has not called lately.
        var idle = Enum.GetValues<ApiFamily>()
            .Where(family => Caller.Account.IsEntitledTo(family) && measured.All(u => u.Upstream != OperationFamilies.Upstream(family)) && BreakersOf(family).Count > 0)
            .Select(family => new UpstreamHealth(OperationFamilies.Upstream(family), 0, 0, 0, 0, 0, null, BreakersOf(family)));
        return [.. measured.Concat(idle).OrderBy(u => u.Upstream, StringComparer.Ordinal)];
    }

    private IReadOnlyList<CircuitState> BreakersOf(ApiFamily family) =>
        OperationFamilies.BreakerUpstream(family) is { } upstream ? breakers.NotClosed(upstream) : [];

    public sealed record FamilyDay(DateOnly Day, string Family, long Calls, long Errors, long CacheHits);

    /// <summary>An upstream's calls for this account (durations in milliseconds), and this node's breakers for it that are open or half-open now.</summary>
    public sealed record UpstreamHealth(
        string Upstream, int Calls, int MedianMs, int P95Ms, int Failures, int Timeouts, DateTimeOffset? LastFailure, IReadOnlyList<CircuitState> OpenCircuits);
}
