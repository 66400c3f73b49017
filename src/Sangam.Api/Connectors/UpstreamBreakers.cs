using System.Collections.Concurrent;
using Microsoft.Extensions.Http.Resilience;

namespace Sangam.Api.Connectors;

/// <summary>Where a circuit breaker stands: letting calls through, refusing them until a time, or letting one trial call through.</summary>
public enum BreakerState
{
    Closed,
    Open,
    HalfOpen,
}

/// <summary>One circuit of an upstream (a ULIP service, an operator, the IRP) that is not closed, and since when.</summary>
public sealed record CircuitState(string Upstream, string Circuit, BreakerState State, DateTimeOffset Since, DateTimeOffset? OpenUntil);

/// <summary>
/// This node's circuit breakers, as they stand now: each connector's breaker reports its transitions here, so the
/// console shows the real state rather than one inferred from recent failures. Breakers are per node (each node
/// judges the upstream from its own calls), and so is this view.
/// </summary>
public sealed class UpstreamBreakers
{
    // Breakers run on real time whatever clock the application runs on (tests freeze theirs), and so does their state.
    private readonly TimeProvider time = TimeProvider.System;

    private readonly ConcurrentDictionary<(string Upstream, string Circuit), CircuitState> _circuits = new();

    /// <summary>The circuits of <paramref name="upstream"/> that are open or half-open now, by name.</summary>
    public IReadOnlyList<CircuitState> NotClosed(string upstream) =>
        [.. _circuits.Values.Where(circuit => circuit.Upstream == upstream && circuit.State != BreakerState.Closed).OrderBy(circuit => circuit.Circuit, StringComparer.Ordinal)];

    /// <summary>Has <paramref name="options"/>' breaker report its transitions as <paramref name="circuit"/> of <paramref name="upstream"/>.</summary>
    public HttpCircuitBreakerStrategyOptions Watch(HttpCircuitBreakerStrategyOptions options, string upstream, string circuit)
    {
        var key = (upstream, circuit);
        options.OnOpened = args =>
        {
            var now = time.GetUtcNow();
            _circuits[key] = new CircuitState(upstream, circuit, BreakerState.Open, now, now + args.BreakDuration);
            return ValueTask.CompletedTask;
        };
        options.OnHalfOpened = _ =>
        {
            _circuits[key] = new CircuitState(upstream, circuit, BreakerState.HalfOpen, time.GetUtcNow(), null);
            return ValueTask.CompletedTask;
        };
        options.OnClosed = _ =>
        {
            _circuits.TryRemove(key, out CircuitState? _);
            return ValueTask.CompletedTask;
        };
        return options;
    }
}
