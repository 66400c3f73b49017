using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Sangam.Sandbox.Ulip;

/// <summary>The ULIP wire format: <c>{"code", "message", "error", "response": [{"response", "responseCode", "responseStatus"}]}</c>.</summary>
internal static class UlipProtocol
{
    public const string Version = "/ulip/v1.0.0";

    public static IResult Item(JsonNode? payload, string responseStatus = "SUCCESS", string responseCode = "200") =>
        Results.Json(new JsonObject
        {
            ["code"] = "200",
            ["message"] = "Success",
            ["error"] = "false",
            ["response"] = new JsonArray(new JsonObject
            {
                ["response"] = payload,
                ["responseCode"] = responseCode,
                ["responseStatus"] = responseStatus,
            }),
        });

    public static IResult Failure(int status, string message) =>
        Results.Json(new JsonObject
        {
            ["code"] = status.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["message"] = message,
            ["error"] = "true",
            ["response"] = null,
        }, statusCode: status);

    /// <summary>The body as a JSON object; null when it is not one.</summary>
    public static async Task<JsonObject?> ReadObjectAsync(HttpRequest request)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The string under <paramref name="key"/>, matched case-sensitively as ULIP does (it refuses <c>vehiclenumber</c> where it wants <c>vehicleNumber</c>).</summary>
    public static string? Text(this JsonObject body, string key) =>
        body.TryGetPropertyValue(key, out var value) && value is JsonValue text && text.TryGetValue<string>(out var s) ? s : null;
}
