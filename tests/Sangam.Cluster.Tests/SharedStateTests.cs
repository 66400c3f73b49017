using Sangam.Api.Accounts;
using Sangam.Api.Administration;

namespace Sangam.Cluster.Tests;

[Collection(TwoNodesGroup.Name)]
public sealed class SharedStateTests(TwoNodes cluster)
{
    private const string Me = "/api/v2/users/me/";

    [Fact]
    public async Task An_accounts_limit_holds_across_nodes()
    {
        var user = await cluster.A.CreateAccountAsync();
        await using (var scope = cluster.A.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountAdministration>().SetRateLimitAsync(user.Slug, 6, CancellationToken.None);
        }

        var (token, _) = await cluster.A.LoginAsync(user);
        using var onA = cluster.A.ClientWithToken(token);
        using var onB = cluster.B.ClientWithToken(token);
        for (var call = 0; call < 3; call++)
        {
            using var fromA = await onA.GetAsync(Me);
            using var fromB = await onB.GetAsync(Me);
            Assert.Equal(HttpStatusCode.OK, fromA.StatusCode);
            Assert.Equal(HttpStatusCode.OK, fromB.StatusCode);
        }

        // Each node has seen 3 of the 6 calls a minute allows: counted alone, either would allow 3 more.
        using var seventh = await onB.GetAsync(Me);
        using var eighth = await onA.GetAsync(Me);

        await seventh.ShouldBeErrorEnvelopeAsync(HttpStatusCode.TooManyRequests);
        await eighth.ShouldBeErrorEnvelopeAsync(HttpStatusCode.TooManyRequests);
        Assert.InRange(seventh.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task A_user_disabled_on_one_node_is_refused_on_the_other_within_a_second()
    {
        var user = await cluster.A.CreateAccountAsync();
        var (token, _) = await cluster.A.LoginAsync(user);
        using var onB = cluster.B.ClientWithToken(token);
        using (var before = await onB.GetAsync(Me))
        {
            // B now holds the session in its cache, for a minute unless told otherwise.
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await using (var scope = cluster.A.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().SetUserDisabledAsync(user.Username, true, CancellationToken.None);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await onB.StatusWithinASecondAsync(Me, HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task A_user_disabled_with_sangam_admin_is_refused_on_both_nodes_within_a_second()
    {
        var user = await cluster.A.CreateAccountAsync();
        var (token, _) = await cluster.A.LoginAsync(user);
        using var onA = cluster.A.ClientWithToken(token);
        using var onB = cluster.B.ClientWithToken(token);
        foreach (var client in new[] { onA, onB })
        {
            using var before = await client.GetAsync(Me);
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        var disable = await OperatorCommand.RunAsync(cluster.A, null,
            new Dictionary<string, string> { ["Redis__Configuration"] = TestRedis.Shared, ["Redis__KeyPrefix"] = cluster.A.KeyPrefix },
            "users", "disable", user.Username);

        Assert.True(disable.ExitCode == 0, disable.All);
        Assert.Equal(HttpStatusCode.Unauthorized, await onA.StatusWithinASecondAsync(Me, HttpStatusCode.Unauthorized));
        Assert.Equal(HttpStatusCode.Unauthorized, await onB.StatusWithinASecondAsync(Me, HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task An_account_disabled_on_one_node_is_refused_on_the_other_within_a_second()
    {
        var user = await cluster.A.CreateAccountAsync();
        var (token, _) = await cluster.A.LoginAsync(user);
        using var onB = cluster.B.ClientWithToken(token);
        using (var before = await onB.GetAsync(Me))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await using (var scope = cluster.A.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountAdministration>().SetDisabledAsync(user.Slug, true, CancellationToken.None);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await onB.StatusWithinASecondAsync(Me, HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task Fifty_identical_lookups_spread_over_two_nodes_make_one_upstream_call()
    {
        var user = await cluster.A.CreateAccountAsync();
        var (token, _) = await cluster.A.LoginAsync(user);
        using var onA = cluster.A.ClientWithToken(token);
        using var onB = cluster.B.ClientWithToken(token);
        var before = cluster.Ulip.CallsTo("VAHAN/01");
        cluster.A.Faults.Set("ulip", new Sangam.Sandbox.Faults.FaultProfile { Latency = TimeSpan.FromMilliseconds(400) });
        try
        {
            var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
                (i % 2 == 0 ? onA : onB).PostAsJsonAsync("/api/v2/sbt/VAHAN/", new { vehiclenumber = "MH12NW4402" })));

            Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
            Assert.Single(responses.Select(r => r.Content.ReadAsStringAsync().Result).Distinct());
            Assert.Equal(before + 1, cluster.Ulip.CallsTo("VAHAN/01"));
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
        finally
        {
            cluster.A.Faults.Reset();
        }
    }

    [Fact]
    public async Task A_consent_asked_on_one_node_is_resolved_by_the_other()
    {
        var user = await cluster.A.CreateAccountAsync();
        var (token, _) = await cluster.A.LoginAsync(user);
        using var onA = cluster.A.ClientWithToken(token);
        using var onB = cluster.B.ClientWithToken(token);
        var mobile = "9" + Random.Shared.NextInt64(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture) + "1";
        using (var added = await onA.PostAsJsonAsync(ClusterCalls.Drivers, new { mobile, driver_name = "Ramesh Kumar", vehicle_number = "MH12NW4402" }))
        {
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        }

        // Only B runs the consent process: it asks the operator (the cluster's one emulator) what A requested.
        var status = await cluster.AdvanceUntilAsync(() => onB.ConsentStatusAsync(mobile), s => s is "ALLOWED" or "FAILED");

        Assert.Equal("ALLOWED", status);
        Assert.Equal("ALLOWED", await onA.ConsentStatusAsync(mobile));
    }
}
