using System.Text.Json.Serialization;

namespace Sangam.Api.Http.Envelopes;

/// <summary>
/// Envelope A of the lookup endpoints (platform-api.md §2):
/// <c>{"response": [{"response": payload, "responseStatus": "SUCCESS"}], "error": "false", "code": "200", "message": "Success"}</c>.
/// </summary>
public sealed record LookupEnvelope<TPayload>(
    [property: JsonPropertyName("response")] IReadOnlyList<LookupItem<TPayload>> Response,
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);

/// <summary>One item of a lookup envelope; <c>responseStatus</c> is <c>SUCCESS</c> or <c>ERROR</c> (e.g. MCA "not found").</summary>
public sealed record LookupItem<TPayload>(
    [property: JsonPropertyName("response")] TPayload Response,
    [property: JsonPropertyName("responseStatus")] string ResponseStatus);

/// <summary>Envelope B: envelope A inside <c>{"success": true, "message": "Success", "data": {...}}</c>.</summary>
public sealed record WrappedLookupEnvelope<TPayload>(
    [property: JsonPropertyName("success")] bool Success,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("data")] LookupEnvelope<TPayload> Data);

/// <summary>
/// Envelope A and envelope B in one body: the documented flat keys, plus <c>"success": true</c> and <c>data</c>
/// carrying the same <c>response</c>, <c>error</c>, <c>code</c> and <c>message</c>. The hosted platform documents
/// envelope A for these endpoints but wraps in live traffic, so clients read either <c>response[0]</c> or
/// <c>data.response[0]</c>; this body serves both.
/// </summary>
public sealed record FlatAndWrappedLookupEnvelope<TPayload>(
    [property: JsonPropertyName("response")] IReadOnlyList<LookupItem<TPayload>> Response,
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("success")] bool Success,
    [property: JsonPropertyName("data")] LookupEnvelope<TPayload> Data);

/// <summary>Builds the lookup envelopes so every family answers the same way.</summary>
public static class Lookup
{
    public const string Success = "SUCCESS";
    public const string Error = "ERROR";

    /// <summary>Envelope A with one item.</summary>
    public static LookupEnvelope<TPayload> Flat<TPayload>(TPayload payload, string responseStatus = Success) =>
        Items([new LookupItem<TPayload>(payload, responseStatus)]);

    /// <summary>Envelope A with one item per subject of a batch, each with its own status; the batch itself succeeded.</summary>
    public static LookupEnvelope<TPayload> Items<TPayload>(IReadOnlyList<LookupItem<TPayload>> items) =>
        new(items, Error: "false", Code: "200", Message: "Success");

    /// <summary>Envelope A and B in one body, with one item.</summary>
    public static FlatAndWrappedLookupEnvelope<TPayload> FlatAndWrapped<TPayload>(TPayload payload, string responseStatus = Success)
    {
        var flat = Flat(payload, responseStatus);
        return new(flat.Response, flat.Error, flat.Code, flat.Message, Success: true, Data: flat);
    }

    /// <summary>Envelope B with one item.</summary>
    public static WrappedLookupEnvelope<TPayload> Wrapped<TPayload>(TPayload payload, string responseStatus = Success) =>
        new(Success: true, Message: "Success", Data: Flat(payload, responseStatus));
}
