using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Sangam.Api.Mca.Search;

namespace Sangam.Api.Tests.Http;

[Trait(DatabaseUse.Trait, DatabaseUse.Incidental)]
public sealed class LoggingTests(LoggingTests.FaultyServer server) : IClassFixture<LoggingTests.FaultyServer>
{
    [Fact]
    public async Task Logs_never_contain_passwords_or_tokens()
    {
        var user = await server.CreateAccountAsync();
        var (access, refresh) = await server.LoginAsync(user);
        using var client = server.ClientWithToken(access);
        using (var me = await client.GetAsync("/api/v2/users/me/"))
        {
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        }

        using (var anonymous = server.CreateClient())
        using (var refreshed = await anonymous.PostAsJsonAsync("/api/v2/api-token-refresh/", new { token = refresh }))
        using (var failed = await anonymous.PostAsJsonAsync("/api/v2/token-auth/", new { username = user.Username, password = "a-wrong-secret-password" }))
        {
            Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
            Assert.Equal(HttpStatusCode.PartialContent, failed.StatusCode);
        }

        var logs = server.Logs.All;
        Assert.Contains("/api/v2/token-auth/", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(user.Password, logs, StringComparison.Ordinal);
        Assert.DoesNotContain("a-wrong-secret-password", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(access, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(refresh, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(access.Split('.')[2], logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_request_is_logged_with_the_500_sent_its_route_and_the_clients_trace_id_as_is_its_exception()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using var response = await client.GetAsync("/api/v2/mca/search?name=tata");

        await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.InternalServerError);
        var trace = $"trace={response.Headers.GetValues("X-Trace-Id").Single()}";
        var lines = LinesWith(trace);
        Assert.Contains(lines, l => l.StartsWith("Information Sangam.Api.Hosting.RequestLogging: GET /api/v2/mca/search 500 ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Error Sangam.Api.Http.Errors.EnvelopeExceptionHandler: Unhandled exception on GET /api/v2/mca/search", StringComparison.Ordinal)
            && l.Contains(FaultyServer.Fault, StringComparison.Ordinal));
        Assert.Equal(2, lines.Count);
    }

    [Fact]
    public async Task An_expected_conflict_logs_no_error()
    {
        var existing = await server.CreateAccountAsync();
        using var admin = await server.ClientForAsync(await server.CreateAdminAsync());

        using var response = await admin.PostAsJsonAsync("/api/v2/admin/accounts", new { slug = existing.Slug, name = "Again", families = new[] { "mca" } });

        await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Conflict);
        var lines = LinesWith($"trace={response.Headers.GetValues("X-Trace-Id").Single()}");
        Assert.Equal(["Information"], lines.Select(l => l.Split(' ')[0]));
        Assert.DoesNotContain(server.Logs.Lines, l => l.StartsWith("Error Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_request_writes_one_line_and_a_health_probe_none_at_information()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using var me = await client.GetAsync("/api/v2/users/me/");
        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");

        Assert.Single(LinesWith($"trace={me.Headers.GetValues("X-Trace-Id").Single()}"));
        Assert.Empty(LinesWith($"trace={live.Headers.GetValues("X-Trace-Id").Single()}"));
        Assert.Empty(LinesWith($"trace={ready.Headers.GetValues("X-Trace-Id").Single()}"));
    }

    // Lines are "<level> <category>: <message> <state> <exception>"; the trace id is in the message.
    private List<string> LinesWith(string trace) => [.. server.Logs.Lines.Where(l => l.Contains(trace, StringComparison.Ordinal))];

    /// <summary>A server whose company search fails with an exception no client can cause, as a bug would.</summary>
    public sealed class FaultyServer : SangamServer
    {
        public const string Fault = "A fault in the company search";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddScoped<CompanySearch>(_ => throw new InvalidOperationException(Fault)));
        }
    }
}
