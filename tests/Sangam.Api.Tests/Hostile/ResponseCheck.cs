using System.Globalization;

namespace Sangam.Api.Tests.Hostile;

/// <summary>What is wrong with an answer to a bad input, or null: no 5xx but a documented upstream 502/504, every error in the envelope.</summary>
internal static class ResponseCheck
{
    public static string? Problem(HostileEndpoint endpoint, HttpResponseMessage response, string body)
    {
        var status = (int)response.StatusCode;
        if (!response.Headers.TryGetValues("X-Trace-Id", out var traceIds))
        {
            return $"{status} without an X-Trace-Id header";
        }

        if (status >= 500 && !(status is 502 or 504 && endpoint.Documents(status)))
        {
            return $"{status}: {Shorten(body)}";
        }

        if (status < 400)
        {
            return null;
        }

        JsonObject? json;
        try
        {
            json = JsonNode.Parse(body) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            json = null;
        }

        if (json is null || response.Content.Headers.ContentType?.MediaType != "application/json")
        {
            return $"{status} whose body is not a JSON object: {Shorten(body)}";
        }

        if (endpoint.HasContractBody(status) && !json.ContainsKey("code"))
        {
            return null;
        }

        var envelope = Text(json["error"]) == "true"
            && Text(json["code"]) == status.ToString(CultureInfo.InvariantCulture)
            && json.ContainsKey("response") && json["response"] is null
            && !string.IsNullOrWhiteSpace(Text(json["message"]))
            && Text(json["trace_id"]) == traceIds.Single();
        return envelope ? null : $"{status} not in the envelope: {Shorten(body)}";
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "..." : text;
}
