using Sangam.Sandbox.Faults;

namespace Sangam.Api.Tests.Vehicles;

/// <summary>A server whose ULIP connector gives up quickly, so timeouts can be tested in seconds.</summary>
public sealed class QuickUlipServer : SangamServer
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Ulip:AttemptTimeout"] = "00:00:00.400",
        ["Ulip:TotalTimeout"] = "00:00:01.500",
        ["Ulip:RetryDelay"] = "00:00:00.020",
        ["Ulip:MaxRetries"] = "2",
        ["Ulip:BreakerMinimumThroughput"] = "10000",
    };
}

/// <summary>Each fault knob of the ULIP emulator, and what the platform answers for it.</summary>
[Trait(DatabaseUse.Trait, DatabaseUse.Incidental)]
public sealed class UlipFaultTests(QuickUlipServer server) : IClassFixture<QuickUlipServer>, IDisposable
{
    private const string Vahan = "/api/v2/sbt/VAHAN/";

    [Theory]
    [InlineData(502)]
    [InlineData(500)]
    [InlineData(503)]
    public async Task An_upstream_error_is_a_502_that_blames_the_upstream_after_bounded_retries(int status)
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        await LogInToUlipAsync(client);
        server.Faults.Set("ulip", new FaultProfile { ErrorRate = 1, ErrorStatus = status });
        var calls = server.UlipStats().CallsTo("VAHAN/01");

        using var response = await client.PostAsync(Vahan, new { vehiclenumber = "MH12NW4402" }, fresh: true);

        var message = await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadGateway);
        Assert.Contains("ULIP VAHAN/01", message, StringComparison.Ordinal);
        Assert.Contains($"HTTP {status}", message, StringComparison.Ordinal);
        Assert.Contains("not a problem with your request", message, StringComparison.Ordinal);
        Assert.True((bool)(await response.ReadJsonAsync())["retryable"]!);
        Assert.Equal(calls + 3, server.UlipStats().CallsTo("VAHAN/01"));
    }

    [Fact]
    public async Task A_government_system_down_behind_ulip_is_a_502_quoting_ulip_and_is_not_cached()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        server.Faults.Set("ulip-vahan", new FaultProfile { DownRate = 1 });

        using var first = await client.PostAsync(Vahan, new { vehiclenumber = "MH12NW4402" });
        server.Faults.Reset();
        using var second = await client.PostAsync(Vahan, new { vehiclenumber = "MH12NW4402" });

        Assert.Equal("The upstream service ULIP VAHAN/01 failed: it answered \"VAHAN_01 - 3rd party service is down!\". "
            + "This is not a problem with your request; retry later.", await first.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadGateway));
        Assert.Equal("MISS", second.CacheHeader());
        Assert.Equal("SUCCESS", (string?)(await second.ReadFlatItemAsync())["responseStatus"]);
    }

    [Fact]
    public async Task A_hanging_upstream_is_a_504()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        server.Faults.Set("ulip", new FaultProfile { TimeoutRate = 1 });

        using var response = await client.PostAsync("/api/v2/sbt/FASTAG/02", new { vehiclenumber = "MH12NW4402" }, fresh: true);

        var message = await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.GatewayTimeout);
        Assert.Contains("ULIP FASTAG/02 did not answer in time", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Latency_within_the_attempt_timeout_is_only_slow_and_beyond_it_a_504()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        server.Faults.Set("ulip", new FaultProfile { Latency = TimeSpan.FromMilliseconds(150) });
        using var slow = await client.PostAsync(Vahan, new { vehiclenumber = "MH12NW4402" }, fresh: true);
        server.Faults.Set("ulip", new FaultProfile { Latency = TimeSpan.FromMilliseconds(700) });
        using var tooSlow = await client.PostAsync(Vahan, new { vehiclenumber = "MH12NW4402" }, fresh: true);

        Assert.Equal("SUCCESS", (string?)(await slow.ReadFlatItemAsync())["responseStatus"]);
        await tooSlow.ShouldBeErrorEnvelopeAsync(HttpStatusCode.GatewayTimeout);
    }

    [Fact]
    public async Task A_refused_token_is_renewed_once_for_many_concurrent_calls()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        using (var warm = await client.PostAsync(Vahan, new { vehiclenumber = "MH12NW4402" }, fresh: true))
        {
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }

        var logins = server.UlipStats().Logins;
        server.Services.GetRequiredService<Sangam.Sandbox.Ulip.UlipSessions>().RevokeAll();

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => client.PostAsync(Vahan, new { vehiclenumber = "MH12NW4402" }, fresh: true)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(logins + 1, server.UlipStats().Logins);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task A_failing_login_is_a_502_that_says_the_login_failed()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        server.Services.GetRequiredService<Sangam.Sandbox.Ulip.UlipSessions>().RevokeAll();
        server.Faults.Set("ulip-login", new FaultProfile { ErrorRate = 1, ErrorStatus = 503 });

        using var response = await client.PostAsync(Vahan, new { vehiclenumber = "MH12NW4402" }, fresh: true);

        Assert.Contains("ULIP login failed: it answered HTTP 503", await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadGateway), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_login_is_a_504()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        server.Services.GetRequiredService<Sangam.Sandbox.Ulip.UlipSessions>().RevokeAll();
        server.Faults.Set("ulip", new FaultProfile { LoginLatency = TimeSpan.FromSeconds(3) });

        using var response = await client.PostAsync("/api/v2/sbt/ECHALLAN/", new { vehiclenumber = "TN09BZ7777" }, fresh: true);

        await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.GatewayTimeout);
    }

    public void Dispose() => server.Faults.Reset();

    // Faults apply to the login too; a valid token first makes sure the service itself is what fails.
    private static async Task LogInToUlipAsync(HttpClient client)
    {
        using var response = await client.PostAsync(Vahan, new { vehiclenumber = "MH12NW4402" }, fresh: true);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
