using Microsoft.EntityFrameworkCore;
using Sangam.Api.Data;

namespace Sangam.Api.Tests.Upstreams;

/// <summary>What usage metering recorded, read from the database (metering is written in batches off the request path).</summary>
internal static class Metering
{
    /// <summary>The upstream outcome recorded for the account's first call of <paramref name="api"/>, once it is written.</summary>
    public static async Task<string?> FirstUpstreamOutcomeAsync(this SangamServer server, TestUser user, string api)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            await using var scope = server.Services.CreateAsyncScope();
            var outcomes = await scope.ServiceProvider.GetRequiredService<SangamDb>().UsageEvents
                .Where(e => e.AccountId == user.AccountId && e.Api == api)
                .OrderBy(e => e.Id)
                .Select(e => e.UpstreamOutcome)
                .Take(1)
                .ToListAsync();
            if (outcomes.Count > 0)
            {
                return outcomes[0];
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"No usage event of {api} was recorded");
    }
}
