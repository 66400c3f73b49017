using System.Net.Sockets;
using System.Text;

namespace Sangam.Api.Tests.Hostile;

/// <summary>
/// Requests refused for their size or framing. Within the server's own limits (twice the platform's) the platform
/// answers in the envelope; what Kestrel cannot parse, or what lies beyond its limits, gets Kestrel's bodiless answer,
/// as the README says.
/// </summary>
[Collection(HostileGroup.Name)]
[Trait(DatabaseUse.Trait, DatabaseUse.Incidental)]
public sealed class ServerLimitTests(HostileServer server)
{
    [Fact]
    public async Task A_url_over_8_kb_is_a_414_in_the_envelope()
    {
        using var client = server.CreateClient();

        using var response = await client.GetAsync("/api/v2/mca/search?name=" + new string('a', 9 * 1024));

        await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.RequestUriTooLong);
    }

    [Fact]
    public async Task Headers_over_32_kb_are_a_431_in_the_envelope()
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v2/users/me/");
        request.Headers.Add("X-Padding", new string('p', 40 * 1024));

        using var response = await client.SendAsync(request);

        await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.RequestHeaderFieldsTooLarge);
    }

    [Theory]
    [InlineData("NUL in the path", "GET /api/v2/%00 HTTP/1.1\r\nHost: x\r\n\r\n", 400)]
    [InlineData("NUL in a header", "GET /api/v2/users/me/ HTTP/1.1\r\nHost: x\r\nSubid: a\0b\r\n\r\n", 400)]
    [InlineData("a method that is not a token", "GE T /api/v2/users/me/ HTTP/1.1\r\nHost: x\r\n\r\n", 400)]
    [InlineData("no Host header", "GET /api/v2/users/me/ HTTP/1.1\r\n\r\n", 400)]
    public async Task What_the_server_cannot_parse_gets_its_bodiless_answer(string what, string request, int status)
    {
        var answer = await RawAsync(Encoding.Latin1.GetBytes(request));

        Assert.True(answer.StartsWith($"HTTP/1.1 {status} ", StringComparison.Ordinal), $"{what}: {answer}");
        Assert.Contains("Content-Length: 0", answer, StringComparison.Ordinal);
    }

    /// <summary>Sends bytes no HTTP client would and reads the answer until the server closes the connection.</summary>
    private async Task<string> RawAsync(byte[] request)
    {
        var address = server.BaseAddress;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(request);
        using var answer = new MemoryStream();
        await stream.CopyToAsync(answer).WaitAsync(TimeSpan.FromSeconds(30));
        return Encoding.Latin1.GetString(answer.ToArray());
    }
}
