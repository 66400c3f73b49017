using System.Text.RegularExpressions;
using Sangam.Api.Tests.WebConsole;
using Sangam.Sandbox.Faults;

namespace Sangam.Api.Tests.Vehicles;

/// <summary>A server whose breaker opens after four failed calls and stays open for a second.</summary>
public sealed class TrippingUlipServer : SangamServer
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Ulip:MaxRetries"] = "0",
        ["Ulip:BreakerMinimumThroughput"] = "4",
        ["Ulip:BreakerFailureRatio"] = "0.5",
        ["Ulip:BreakerSamplingDuration"] = "00:00:30",
        ["Ulip:BreakDuration"] = "00:00:01",
    };
}

[Trait(DatabaseUse.Trait, DatabaseUse.Incidental)]
public sealed class CircuitBreakerTests(TrippingUlipServer server) : IClassFixture<TrippingUlipServer>
{
    [Fact]
    public async Task A_failing_service_is_left_alone_for_a_while_without_pausing_the_others()
    {
        var user = await server.CreateAccountAsync();
        using var client = await server.ClientForAsync(user);
        server.Faults.Set("ulip-vahan", new FaultProfile { ErrorRate = 1 });
        try
        {
            for (var i = 0; i < 4; i++)
            {
                using var failing = await client.PostAsync("/api/v2/sbt/VAHAN/", new { vehiclenumber = "MH12NW4402" }, fresh: true);
                await failing.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadGateway);
            }

            var calls = server.UlipStats().CallsTo("VAHAN/01");
            using var paused = await client.PostAsync("/api/v2/sbt/VAHAN/", new { vehiclenumber = "MH12NW4402" }, fresh: true);
            using var other = await client.PostAsync("/api/v2/sbt/FASTAG/02", new { vehiclenumber = "MH12NW4402" }, fresh: true);

            Assert.Contains("paused", await paused.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadGateway), StringComparison.Ordinal);
            Assert.Equal(calls, server.UlipStats().CallsTo("VAHAN/01"));
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
            Assert.Matches(@"VAHAN/01: open until \d{2}:\d{2}:\d{2} IST", await BreakerCellAsync(user));
            Assert.DoesNotContain("FASTAG", await BreakerCellAsync(user), StringComparison.Ordinal);
        }
        finally
        {
            server.Faults.Reset();
        }

        await Task.Delay(TimeSpan.FromSeconds(1.5));
        using var recovered = await client.PostAsync("/api/v2/sbt/VAHAN/", new { vehiclenumber = "MH12NW4402" }, fresh: true);

        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
        Assert.Equal("closed", await BreakerCellAsync(user));
    }

    /// <summary>The overview's breaker cell for ULIP, as the signed-in user's console shows it.</summary>
    private async Task<string> BreakerCellAsync(TestUser user)
    {
        using var console = await ConsoleSession.SignedInAsync(server, user);
        var page = await console.PageAsync("/console");
        var cell = Regex.Match(page, @"<td>ULIP[^<]*</td>.*?<td data-breaker>(.*?)</td>", RegexOptions.Singleline);
        Assert.True(cell.Success, "The overview shows no ULIP row.");
        return Regex.Replace(WebUtility.HtmlDecode(cell.Groups[1].Value), @"<[^>]+>|\s+", " ").Trim();
    }
}
