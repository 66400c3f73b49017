using System.Diagnostics.Metrics;

namespace Sangam.Api.Platform.Cluster;

/// <summary>What the nodes' sharing through Redis does: its outages and the lookups it merged across nodes.</summary>
public sealed class ClusterMetrics
{
    public const string MeterName = "Sangam.Cluster";

    private readonly Meter _meter;
    private readonly Counter<long> _fallbacks;
    private readonly Counter<long> _merges;

    public ClusterMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _fallbacks = _meter.CreateCounter<long>("sangam.redis.fallbacks", "{operation}",
            "Operations done on this node alone because Redis could not be reached.");
        _merges = _meter.CreateCounter<long>("sangam.lookup.single_flight.merges", "{lookup}",
            "Lookups answered by a call another caller made (on this node or another) instead of their own.");
    }

    public void RedisFallback(string feature) => _fallbacks.Add(1, new KeyValuePair<string, object?>("feature", feature));

    public void LookupMerged(string scope) => _merges.Add(1, new KeyValuePair<string, object?>("scope", scope));

    public void ObserveRedis(Func<bool> connected) =>
        _meter.CreateObservableGauge("sangam.redis.connected", () => connected() ? 1 : 0, description: "1 while this node is connected to Redis.");
}
