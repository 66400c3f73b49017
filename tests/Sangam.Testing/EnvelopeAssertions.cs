using System.Net;
using System.Text.Json.Nodes;
using Xunit;

namespace Sangam.Testing;

public static class EnvelopeAssertions
{
    /// <summary>
    /// Asserts the documented error envelope: the status, <c>"error": "true"</c>, <c>"code"</c> equal to the status
    /// as a string, <c>"response": null</c>, a message and a trace id. Returns the message.
    /// </summary>
    public static async Task<string> ShouldBeErrorEnvelopeAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString() ?? "", StringComparison.Ordinal);
        var body = JsonNode.Parse(text)!.AsObject();
        Assert.Equal("true", (string?)body["error"]);
        Assert.Equal(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)body["code"]);
        Assert.True(body.ContainsKey("response") && body["response"] is null, "response must be null");
        var message = (string?)body["message"];
        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.Equal(response.Headers.GetValues("X-Trace-Id").Single(), (string?)body["trace_id"]);
        return message!;
    }

    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())
        ?? throw new InvalidOperationException("The response body is empty.");
}
