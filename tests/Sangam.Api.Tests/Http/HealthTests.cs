namespace Sangam.Api.Tests.Http;

public sealed class HealthTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly SangamServer server = shared.Server;

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy(string path)
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_interactive_docs_page_is_served()
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync("/docs/v1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.Contains("openapi/v1.json", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
