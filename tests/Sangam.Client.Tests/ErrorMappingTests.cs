using Sangam.Api.Accounts;
using Sangam.Api.Administration;
using Sangam.Client;

namespace Sangam.Client.Tests;

public sealed class ErrorMappingTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly SangamServer server = shared.Server;

    [Fact]
    public async Task A_missing_resource_is_a_not_found_exception_with_the_trace_id()
    {
        var user = await server.CreateAccountAsync();
        using var client = server.ClientFor(user);

        var error = await Assert.ThrowsAsync<SangamNotFoundException>(() =>
            client.Connection.SendAsync<JsonObject>(HttpMethod.Get, "api/v2/no-such-endpoint/", null, CancellationToken.None));

        Assert.Matches("^[0-9a-f]{32}$", error.TraceId!);
        Assert.Contains("No such resource", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_parameter_is_a_validation_exception_naming_it()
    {
        var user = await server.CreateAccountAsync();
        using var client = server.ClientFor(user);

        var error = await Assert.ThrowsAsync<SangamValidationException>(() =>
            client.Connection.SendAsync<JsonObject>(HttpMethod.Get, "api/v2/usage/?from=31-12-2026", null, CancellationToken.None));

        Assert.Contains("from", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_validation_exception_carries_the_servers_hint()
    {
        var user = await server.CreateAccountAsync();
        using var client = server.ClientFor(user);

        var error = await Assert.ThrowsAsync<SangamValidationException>(() => client.Vehicles.GetRegistrationAsync("MH12"));

        Assert.Equal("e.g. MH12AB1234", error.Hint);
    }

    [Fact]
    public async Task A_member_calling_admin_endpoints_gets_a_forbidden_exception()
    {
        var user = await server.CreateAccountAsync();
        using var client = server.ClientFor(user);

        await Assert.ThrowsAsync<SangamForbiddenException>(() =>
            client.Connection.SendAsync<JsonArray>(HttpMethod.Get, "api/v2/admin/accounts", null, CancellationToken.None));
    }

    [Fact]
    public async Task Rate_limiting_is_a_rate_limit_exception_with_retry_after_when_retries_are_off()
    {
        var user = await server.CreateAccountAsync();
        await using (var scope = server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountAdministration>().SetRateLimitAsync(user.Slug, 1, CancellationToken.None);
        }

        using var client = server.ClientFor(user, o => o.MaxRetries = 0);
        await client.Auth.WhoAmIAsync();

        var error = await Assert.ThrowsAsync<SangamRateLimitException>(() => client.Auth.WhoAmIAsync());

        Assert.NotNull(error.RetryAfter);
        Assert.True(error.RetryAfter > TimeSpan.Zero);
    }

    [Fact]
    public async Task Usage_reads_the_report_for_the_range()
    {
        var user = await server.CreateAccountAsync();
        using var client = server.ClientFor(user);
        var today = Sangam.India.Ist.Today(server.Clock.GetUtcNow());

        var report = await client.Usage.GetAsync(today.AddDays(-6), today);

        Assert.Equal(today.AddDays(-6).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), report.From);
        Assert.Equal(today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), report.To);
    }
}
