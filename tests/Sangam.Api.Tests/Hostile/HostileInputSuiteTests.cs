using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace Sangam.Api.Tests.Hostile;

/// <summary>
/// Walks every endpoint of the server with the fixed catalogue of bad inputs (<see cref="BadInputs"/>): never a 5xx
/// other than an upstream 502/504 the endpoint documents, every error in the envelope, and nothing written.
/// </summary>
[Collection(HostileGroup.Name)]
public sealed class HostileInputSuiteTests(HostileServer server, ITestOutputHelper output)
{
    // Enough to keep both cores busy while a request waits; the server shares them with this test.
    private const int Concurrency = 4;

    [Fact]
    public async Task Every_endpoint_answers_every_bad_input_without_a_server_error_in_the_envelope_and_writes_nothing()
    {
        var stopwatch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var endpoints = await EndpointCatalogue.DiscoverAsync(server);
        var cases = endpoints.SelectMany(endpoint => BadInputs.For(endpoint).Select(c => (Endpoint: endpoint, Case: c))).ToList();
        var before = await DatabaseSnapshot.TakeAsync(server);
        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var durations = new ConcurrentDictionary<string, TimeSpan>(StringComparer.Ordinal);
        using var client = server.ClientWithToken(server.AdminToken);

        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (item, cancellationToken) =>
        {
            var started = Stopwatch.GetTimestamp();
            using var request = item.Case.Build();
            using var response = await client.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            durations.AddOrUpdate(item.Case.Name, Stopwatch.GetElapsedTime(started), (_, total) => total + Stopwatch.GetElapsedTime(started));
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            if (ResponseCheck.Problem(item.Endpoint, response, body) is { } problem)
            {
                failures.Enqueue($"{item.Endpoint} [{item.Case.Name}]: {problem}");
            }
        });

        var after = await DatabaseSnapshot.TakeAsync(server);
        var histogram = string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"));
        var slowest = string.Join(", ", durations.OrderByDescending(d => d.Value).Take(8).Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Key} {d.Value.TotalSeconds:0.0} s")));
        // CPU time of this process (client and server) says what the walk costs whatever else the machine is doing.
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var cost = string.Create(CultureInfo.InvariantCulture, $"{stopwatch.Elapsed.TotalSeconds:0.0} s, {cpu.TotalSeconds:0.0} s of CPU");
        output.WriteLine($"{endpoints.Count} endpoints, {cases.Count} requests in {cost} ({server.Database.Provider}); statuses: {histogram}; slowest kinds: {slowest}");
        Assert.True(failures.IsEmpty, $"{failures.Count} bad answers:\n" + string.Join('\n', failures.Order(StringComparer.Ordinal).Take(60)));
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task The_walk_covers_every_operation_of_the_api_description()
    {
        var walked = (await EndpointCatalogue.DiscoverAsync(server)).Select(e => e.ToString()).ToHashSet(StringComparer.Ordinal);
        using var client = server.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;

        var described = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(operation => $"{operation.Key.ToUpperInvariant()} {path.Key}"))
            .ToList();

        Assert.NotEmpty(described);
        Assert.All(described, operation => Assert.Contains(operation, walked));
    }
}
