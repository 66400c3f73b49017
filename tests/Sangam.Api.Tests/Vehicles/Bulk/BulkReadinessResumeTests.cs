using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sangam.Api.Accounts;
using Sangam.Api.Data;
using Sangam.Api.Vehicles.Bulk;

namespace Sangam.Api.Tests.Vehicles.Bulk;

/// <summary>
/// Jobs live in the database: another node checks what one node accepted, and takes over the job of a node that died
/// when its lease runs out, checking only the rows the dead node left pending.
/// </summary>
public sealed class BulkReadinessResumeTests(BulkReadinessServer server) : IClassFixture<BulkReadinessServer>
{
    private const string DeadNodesBlocker = "insurance: as the node that died wrote it";

    [Fact]
    public async Task A_dead_nodes_job_is_taken_over_when_its_lease_expires_and_its_checked_rows_are_not_checked_again()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync(ApiFamily.Vehicles));
        var waiting = (string)(await client.QueueAsync("MH12NW4402\nKA01AB1234\n"))["job_id"]!;
        var abandoned = (string)(await client.QueueAsync("RJ14GB5678\nTN09BZ7777\nMH12NW4402\nHR55AK4321\n"))["job_id"]!;
        Assert.Equal("queued", (string?)(await client.GetJobAsync(waiting))["status"]);

        // Every node's clock starts at the same instant (noon IST today), so this lease still has a minute to run on the other node.
        await DieWhileCheckingAsync(Guid.Parse(abandoned), checkedLines: [1, 2], server.Clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        await using var node = await server.StartNodeAsync();

        var done = await client.WaitForJobAsync(waiting);
        Assert.Equal(("completed", 2), ((string?)done["status"], (int)done["progress"]!["rows_done"]!));
        Assert.Equal(["ready", "not_ready"], done["rows"]!.AsArray().Select(r => (string)r!["verdict"]!));
        var stalled = await client.GetJobAsync(abandoned);
        Assert.Equal(("running", 2), ((string?)stalled["status"], (int)stalled["progress"]!["rows_done"]!));

        node.Clock.Advance(TimeSpan.FromMinutes(2));
        var takenOver = await client.WaitForJobAsync(abandoned);

        Assert.Equal(("completed", 4), ((string?)takenOver["status"], (int)takenOver["progress"]!["rows_done"]!));
        Assert.Equal([DeadNodesBlocker], takenOver.Row(1)["blockers"]!.Strings());
        Assert.Equal([DeadNodesBlocker], takenOver.Row(2)["blockers"]!.Strings());
        Assert.Equal("ready", (string?)takenOver.Row(3)["verdict"]);
        Assert.Contains(takenOver.Row(4)["blockers"]!.Strings(), b => b.StartsWith("fastag: ", StringComparison.Ordinal));
        var usage = await client.UsageRowAsync("vehicleReadiness", 4);
        Assert.Equal(4, (long)usage["calls"]!);
        Assert.Equal([Guid.Parse(waiting), Guid.Parse(abandoned)], node.Completions.Select(c => c.JobId));
        Assert.Equal(new BulkReadinessCounts(Ready: 1, NotReady: 3, Unknown: 0, Invalid: 0, Pending: 0), node.Completions.Last().Counts);
    }

    /// <summary>What a node leaves behind when it dies after writing the results of some rows: a running job under its lease.</summary>
    private async Task DieWhileCheckingAsync(Guid jobId, int[] checkedLines, DateTimeOffset leaseEnds)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SangamDb>();
        var rows = await db.BulkReadinessRows.Where(r => r.JobId == jobId && checkedLines.Contains(r.Line)).ExecuteUpdateAsync(r => r
            .SetProperty(x => x.State, BulkRowState.Checked)
            .SetProperty(x => x.Verdict, Sangam.Api.Vehicles.Readiness.ReadinessVerdict.NotReady)
            .SetProperty(x => x.Blockers, JsonSerializer.Serialize(new[] { DeadNodesBlocker }))
            .SetProperty(x => x.Warnings, "[]")
            .SetProperty(x => x.Unverified, "[]"));
        Assert.Equal(checkedLines.Length, rows);
        var jobs = await db.BulkReadinessJobs.Where(j => j.Id == jobId && j.Status == BulkReadinessStatus.Queued).ExecuteUpdateAsync(j => j
            .SetProperty(x => x.Status, BulkReadinessStatus.Running)
            .SetProperty(x => x.RowsDone, checkedLines.Length)
            .SetProperty(x => x.LeaseToken, Guid.NewGuid())
            .SetProperty(x => x.LeaseExpiresAt, leaseEnds)
            .SetProperty(x => x.Attempts, 1));
        Assert.Equal(1, jobs);
    }
}
