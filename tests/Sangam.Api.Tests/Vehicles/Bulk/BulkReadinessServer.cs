using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Sangam.Api.Vehicles.Bulk;

namespace Sangam.Api.Tests.Vehicles.Bulk;

/// <summary>
/// A node that accepts bulk readiness jobs but checks none (<c>BulkReadiness:JobWorkers = 0</c>), and further nodes
/// of the same deployment that do, each recording the completions its hook is told of.
/// </summary>
public class BulkReadinessServer : SangamServer
{
    public BulkReadinessServer()
    {
    }

    private BulkReadinessServer(TestDatabase database)
        : base(database)
    {
    }

    /// <summary>The completions this node's <see cref="IBulkReadinessEvents"/> was given.</summary>
    public ConcurrentQueue<BulkReadinessCompletion> Completions { get; } = new();

    protected virtual int JobWorkers => 0;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["BulkReadiness:JobWorkers"] = JobWorkers.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["BulkReadiness:JobPollInterval"] = "00:00:00.200",
        ["BulkReadiness:Concurrency"] = "2",
    };

    /// <summary>Starts another node, with a job worker, on this server's database.</summary>
    public async Task<BulkReadinessServer> StartNodeAsync()
    {
        var node = new CheckingNode(Database);
        await node.InitializeAsync();
        return node;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IBulkReadinessEvents>(new RecordingEvents(Completions)));
    }

    private sealed class CheckingNode(TestDatabase database) : BulkReadinessServer(database)
    {
        protected override int JobWorkers => 1;
    }

    private sealed class RecordingEvents(ConcurrentQueue<BulkReadinessCompletion> completions) : IBulkReadinessEvents
    {
        public Task CompletedAsync(BulkReadinessCompletion job, CancellationToken cancellationToken)
        {
            completions.Enqueue(job);
            return Task.CompletedTask;
        }
    }
}
