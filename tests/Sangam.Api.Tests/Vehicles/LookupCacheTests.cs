using Microsoft.EntityFrameworkCore;
using Sangam.Api.Data;
using Sangam.Api.Vehicles.Caching;
using Sangam.Sandbox.Faults;

namespace Sangam.Api.Tests.Vehicles;

public sealed class LookupCacheTests(SangamServer server) : IClassFixture<SangamServer>
{
    private const string Vahan = "/api/v2/sbt/VAHAN/";

    [Fact]
    public async Task A_repeated_lookup_is_answered_from_cache_without_calling_ulip()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        using var first = await client.PostAsync(Vahan, new { vehiclenumber = "MH 12 NW 4402" });
        var calls = server.UlipStats().CallsTo("VAHAN/01");

        using var second = await client.PostAsync(Vahan, new { vehiclenumber = "mh12nw4402" });

        Assert.Equal("MISS", first.CacheHeader());
        Assert.Equal("HIT", second.CacheHeader());
        Assert.True(second.Headers.Age.HasValue);
        Assert.Equal(calls, server.UlipStats().CallsTo("VAHAN/01"));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task No_cache_forces_a_fresh_upstream_call()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        using var first = await client.PostAsync(Vahan, new { vehiclenumber = "MH12NW4402" });
        var calls = server.UlipStats().CallsTo("VAHAN/01");

        using var fresh = await client.PostAsync(Vahan, new { vehiclenumber = "MH12NW4402" }, fresh: true);

        Assert.Equal("MISS", fresh.CacheHeader());
        Assert.Equal(calls + 1, server.UlipStats().CallsTo("VAHAN/01"));
    }

    [Fact]
    public async Task Entries_live_for_their_services_lifetime_and_outlive_this_nodes_memory_in_the_database()
    {
        var user = await server.CreateAccountAsync();
        using var client = await server.ClientForAsync(user);
        var crossings = new { vehiclenumber = "MH12NW4402" };
        using var first = await client.PostAsync("/api/v2/sbt/FASTAG/", crossings);
        var calls = server.UlipStats().CallsTo("FASTAG/01");
        await StoredAsync(user);

        server.Clock.Advance(TimeSpan.FromMinutes(2));
        using var afterMemory = await client.PostAsync("/api/v2/sbt/FASTAG/", crossings);
        server.Clock.Advance(TimeSpan.FromMinutes(4));
        using var afterLifetime = await client.PostAsync("/api/v2/sbt/FASTAG/", crossings);

        Assert.Equal("HIT", afterMemory.CacheHeader());
        Assert.Equal("120", afterMemory.Headers.GetValues("Age").Single());
        Assert.Equal("MISS", afterLifetime.CacheHeader());
        Assert.Equal(calls + 1, server.UlipStats().CallsTo("FASTAG/01"));
    }

    [Fact]
    public async Task Another_node_finds_the_answer_in_the_database()
    {
        var user = await server.CreateAccountAsync();
        using var client = await server.ClientForAsync(user);
        using var first = await client.PostAsync(Vahan, new { vehiclenumber = "KA01AB1234" });
        var calls = server.UlipStats().CallsTo("VAHAN/01");
        await StoredAsync(user);

        server.Services.GetRequiredService<LookupCache>().ClearMemory();
        using var second = await client.PostAsync(Vahan, new { vehiclenumber = "KA01AB1234" });

        Assert.Equal("HIT", second.CacheHeader());
        Assert.Equal(calls, server.UlipStats().CallsTo("VAHAN/01"));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Accounts_do_not_see_each_others_cache()
    {
        using var one = await server.ClientForAsync(await server.CreateAccountAsync());
        using var other = await server.ClientForAsync(await server.CreateAccountAsync());
        using var first = await one.PostAsync(Vahan, new { vehiclenumber = "RJ14GB5678" });

        using var second = await other.PostAsync(Vahan, new { vehiclenumber = "RJ14GB5678" });

        Assert.Equal("MISS", second.CacheHeader());
    }

    [Fact]
    public async Task Not_found_answers_are_kept_only_for_the_not_found_lifetime()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        using var first = await client.PostAsync(Vahan, new { vehiclenumber = "MH01ZZ0001" });
        using var repeated = await client.PostAsync(Vahan, new { vehiclenumber = "MH01ZZ0001" });

        server.Clock.Advance(TimeSpan.FromMinutes(11));
        using var later = await client.PostAsync(Vahan, new { vehiclenumber = "MH01ZZ0001" });

        Assert.Equal("HIT", repeated.CacheHeader());
        Assert.Equal("MISS", later.CacheHeader());
    }

    [Fact]
    public async Task A_failure_is_never_cached()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        server.Faults.Set("ulip-vahan", new FaultProfile { ErrorRate = 1 });
        try
        {
            using var failed = await client.PostAsync(Vahan, new { vehiclenumber = "GJ05CU1111" });
            await failed.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadGateway);
        }
        finally
        {
            server.Faults.Reset();
        }

        using var recovered = await client.PostAsync(Vahan, new { vehiclenumber = "GJ05CU1111" });

        Assert.Equal("MISS", recovered.CacheHeader());
        Assert.Equal("SUCCESS", (string?)(await recovered.ReadFlatItemAsync())["responseStatus"]);
    }

    [Fact]
    public async Task Fifty_concurrent_identical_lookups_make_one_upstream_call()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        server.Faults.Set("ulip-vahan", new FaultProfile { Latency = TimeSpan.FromMilliseconds(300) });
        var calls = server.UlipStats().CallsTo("VAHAN/01");
        HttpResponseMessage[] responses;
        try
        {
            responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => client.PostAsync(Vahan, new { vehiclenumber = "PB10CL5555" })));
        }
        finally
        {
            server.Faults.Reset();
        }

        Assert.Equal(calls + 1, server.UlipStats().CallsTo("VAHAN/01"));
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(bodies.Distinct());
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Metering_records_cache_hits()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.PostAsync("/api/v2/sbt/ECHALLAN/", new { vehiclenumber = "TN09BZ7777" });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var row = await client.UsageRowAsync("echallanLookup", calls: 3);

        Assert.Equal(3, (long)row["calls"]!);
        Assert.Equal(2, (long)row["cache_hits"]!);
        Assert.Equal(0, (long)row["errors"]!);
    }

    // The database level is written in the background, after the answer.
    private async Task StoredAsync(TestUser user)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            await using var scope = server.Services.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<SangamDb>().CachedLookups.AnyAsync(c => c.AccountId == user.AccountId))
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException("The answer never reached the database.");
    }
}
