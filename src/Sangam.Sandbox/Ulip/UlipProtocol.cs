using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Sangam.Sandbox.Ulip;

/// <summary>
/// ULIP's wire format as it really answers: <c>{"response": [{"response", "responseStatus"}], "error", "code",
/// "message"}</c>, failures in-band as ERROR items, a 400 that names the refused field, a 412 for a caller it has not
/// allow-listed, and a bodiless 400 for any request that does not accept <c>application/json</c>.
/// </summary>
internal static class UlipProtocol
{
    public const string Version = "/ulip/v1.0.0";

    /// <summary>The pattern ULIP checks vehicle numbers against before asking VAHAN, FASTag or e-Challan.</summary>
    public const string VehicleNumberPattern = "^[A-Z0-9]{5,11}$";

    /// <summary>An answered item. VAHAN's found records carry <c>"message": null</c>; the other items have no message.</summary>
    public static IResult Item(JsonNode? payload, bool withMessage = false)
    {
        var item = new JsonObject { ["response"] = payload, ["responseStatus"] = "SUCCESS" };
        if (withMessage)
        {
            item["message"] = null;
        }

        return Envelope(item, error: "false", message: "Success");
    }

    /// <summary>VAHAN/04's "not found": a null payload in an ERROR item whose message carries code 231.</summary>
    public static IResult NotFoundItem(string text) => Envelope(new JsonObject
    {
        ["response"] = null,
        ["responseStatus"] = "ERROR",
        ["message"] = new JsonObject { ["id"] = null, ["code"] = "231", ["params"] = null, ["text"] = text },
    }, error: "false", message: "Success");

    /// <summary>A refused request as an ERROR item with ULIP's text, inside <c>"error": "false"</c>.</summary>
    public static IResult ErrorItem(string text) =>
        Envelope(new JsonObject { ["response"] = text, ["responseStatus"] = "ERROR" }, error: "false", message: "Success");

    /// <summary>The system behind ULIP is down: an ERROR item inside <c>"error": "true"</c> with a null message.</summary>
    public static IResult ThirdPartyDown(string service) =>
        Envelope(new JsonObject { ["response"] = $"{service.Replace('/', '_')} - 3rd party service is down!", ["responseStatus"] = "ERROR" }, error: "true", message: null);

    /// <summary>ULIP's format check refused a field: HTTP 400.</summary>
    public static IResult InvalidFormat(string field, string pattern) => Results.Json(new JsonObject
    {
        ["response"] = null,
        ["error"] = "true",
        ["code"] = "400 BAD_REQUEST",
        ["message"] = $"Data format failed OR wrong value entered at: {field}. Format should follow {pattern}",
    }, statusCode: StatusCodes.Status400BadRequest);

    /// <summary>A login from a caller ULIP has not allow-listed (address or user): HTTP 412.</summary>
    public static IResult AccessDenied() => Results.Json(new JsonObject
    {
        ["response"] = "Access denied Please contact ULIP support!",
        ["error"] = null,
        ["code"] = "412 PRECONDITION_FAILED",
        ["message"] = "Failed",
    }, statusCode: StatusCodes.Status412PreconditionFailed);

    public static IResult Failure(int status, string message) => Results.Json(new JsonObject
    {
        ["response"] = null,
        ["error"] = "true",
        ["code"] = status.ToString(CultureInfo.InvariantCulture),
        ["message"] = message,
    }, statusCode: status);

    /// <summary>ULIP's answer to a request that does not accept JSON: a 400 without a body, which the host must not fill in.</summary>
    public static IResult Bodiless400(HttpContext http)
    {
        if (http.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }

        return Results.StatusCode(StatusCodes.Status400BadRequest);
    }

    /// <summary>Whether the request accepts JSON explicitly: ULIP answers a bodiless 400 otherwise, even to <c>*/*</c>.</summary>
    public static bool AcceptsJson(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
        && accepted.Any(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase));

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

    private static IResult Envelope(JsonObject item, string error, string? message) => Results.Json(new JsonObject
    {
        ["response"] = new JsonArray(item),
        ["error"] = error,
        ["code"] = "200",
        ["message"] = message,
    });
}
