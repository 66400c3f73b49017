using System.Text.Json.Serialization;

namespace Sangam.Client.Http;

/// <summary>Envelope A of the platform: <c>{"response": [{"response": payload, "responseStatus": ...}], "error": "false", ...}</c>.</summary>
internal sealed record LookupEnvelope<T>([property: JsonPropertyName("response")] IReadOnlyList<LookupItem<T>> Response)
{
    /// <summary>The payload of a single-item envelope.</summary>
    public T Single() => Response is [{ } item] ? item.Response : throw new SangamException("The server answered an envelope without exactly one item.");
}

/// <summary>One item of an envelope; <c>responseStatus</c> is SUCCESS or ERROR.</summary>
internal sealed record LookupItem<T>(
    [property: JsonPropertyName("response")] T Response,
    [property: JsonPropertyName("responseStatus")] string ResponseStatus);
