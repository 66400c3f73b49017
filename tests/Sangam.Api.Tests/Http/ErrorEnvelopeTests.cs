using System.Net.Http.Headers;

namespace Sangam.Api.Tests.Http;

[Trait(DatabaseUse.Trait, DatabaseUse.Incidental)]
public sealed class ErrorEnvelopeTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly SangamServer server = shared.Server;

    [Theory]
    [InlineData("/api/v2/no-such-thing")]
    [InlineData("/api")]
    [InlineData("/api/v1/nothing/here/")]
    public async Task Unknown_routes_get_404_in_the_envelope(string path)
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync(path);
        await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_wrong_method_gets_405_in_the_envelope()
    {
        using var client = server.CreateClient();
        using var response = await client.DeleteAsync("/api/v2/token-auth/");
        await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task Malformed_json_on_a_json_endpoint_gets_400_that_says_so()
    {
        var admin = await server.CreateAdminAsync();
        using var client = await server.ClientForAsync(admin);
        using var content = new StringContent("{\"slug\": \"x\", ");
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await client.PostAsync("/api/v2/admin/accounts", content);

        var message = await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest);
        Assert.Contains("JSON", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_endpoint_refuses_another_content_type_with_415()
    {
        var admin = await server.CreateAdminAsync();
        using var client = await server.ClientForAsync(admin);
        using var content = new StringContent("slug=x");
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");

        using var response = await client.PostAsync("/api/v2/admin/accounts", content);

        await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("/api/v2/token-auth/", false)]
    [InlineData("/api/v2/users/me/password", true)]
    public async Task An_oversized_body_gets_413_in_the_envelope(string path, bool authenticated)
    {
        using var client = authenticated ? await server.ClientForAsync(await server.CreateAccountAsync()) : server.CreateClient();
        using var content = new ByteArrayContent(new byte[26 * 1024 * 1024]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        // With 100-continue the server refuses before the body is sent, so the client reads the answer.
        request.Headers.ExpectContinue = true;

        using var response = await client.SendAsync(request);

        await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Every_response_carries_a_trace_id()
    {
        using var client = server.CreateClient();
        using var ok = await client.GetAsync("/health/live");
        using var notFound = await client.GetAsync("/nope");

        Assert.Matches("^[0-9a-f]{32}$", ok.Headers.GetValues("X-Trace-Id").Single());
        Assert.NotEqual(ok.Headers.GetValues("X-Trace-Id").Single(), notFound.Headers.GetValues("X-Trace-Id").Single());
    }
}
