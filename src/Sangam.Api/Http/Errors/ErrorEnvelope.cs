using System.Text.Json.Serialization;

namespace Sangam.Api.Http.Errors;

/// <summary>
/// The documented error body of the platform: <c>{"response": null, "error": "true", "code": "400", "message": "..."}</c>.
/// <c>error</c> and <c>code</c> are strings on the wire, as existing clients expect. <c>trace_id</c> is ours:
/// it ties a response to the server's log line; <c>hint</c>, also ours, says by example what to send instead;
/// <c>retryable</c>, on upstream failures only, says whether the same request may succeed later.
/// </summary>
public sealed record ErrorEnvelope(
    [property: JsonPropertyName("response")] object? Response,
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("trace_id")] string? TraceId,
    [property: JsonPropertyName("hint"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Hint = null,
    [property: JsonPropertyName("retryable"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Retryable = null);
