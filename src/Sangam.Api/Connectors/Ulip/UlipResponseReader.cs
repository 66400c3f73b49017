using System.Net;
using System.Text.Json;
using Sangam.Api.Http.Errors;

namespace Sangam.Api.Connectors.Ulip;

/// <summary>
/// Reads what ULIP answered (HTTP status, envelope, item) into an <see cref="UlipAnswer"/> or an
/// <see cref="UpstreamFailure"/> that quotes ULIP and says whether calling again can help. ULIP reports most
/// failures in-band: an <c>ERROR</c> item with a text (<c>"VAHAN_01 - 3rd party service is down!"</c>), an envelope
/// with <c>"error": "true"</c>, a 400 naming the field it refused, a 412 for an address it has not allow-listed.
/// </summary>
internal static class UlipResponseReader
{
    // ULIP's own words for a request it refused as invalid: its format check and its "must not be empty" answers.
    private static readonly string[] InvalidRequestPhrases = ["Data format failed", "wrong value entered", "must not be", "invalid"];

    public static UpstreamResult<UlipAnswer> Read(UlipService service, UlipRequest request, HttpStatusCode status, string body)
    {
        var upstream = service.UpstreamName();
        var root = Parse(body);
        if ((int)status is < 200 or > 299)
        {
            return FromStatus(upstream, status, root);
        }

        if (root is not { ValueKind: JsonValueKind.Object } envelope)
        {
            return UpstreamFailure.Failed(upstream, "its answer is not a ULIP envelope");
        }

        var item = envelope.TryGetProperty("response", out var items) && items.ValueKind == JsonValueKind.Array && items.GetArrayLength() > 0
            && items[0].ValueKind == JsonValueKind.Object ? items[0] : (JsonElement?)null;
        var responseStatus = UlipPayload.Text(item, "responseStatus");
        if (item is not { } first || responseStatus == "ERROR" || UlipPayload.Text(envelope, "error") == "true")
        {
            return Refusal(service, envelope, item);
        }

        var payload = first.TryGetProperty("response", out var p) ? p : default;
        return UlipItemReader.Read(service, request, payload, responseStatus ?? "SUCCESS", UlipPayload.Text(first, "responseCode"));
    }

    /// <summary>The login answer: the token at <c>response.id</c>, or why ULIP refused the login.</summary>
    public static UpstreamResult<string> ReadLogin(HttpStatusCode status, string body)
    {
        var root = Parse(body);
        if ((int)status is < 200 or > 299)
        {
            return status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                ? UpstreamFailure.Refused(UlipClient.LoginName, $"the login was refused with HTTP {(int)status}; check Ulip:Username and Ulip:Password")
                : FromStatus(UlipClient.LoginName, status, root);
        }

        return UlipPayload.Text(root, "response", "id") is { Length: > 0 } token
            ? token
            : UpstreamFailure.Failed(UlipClient.LoginName, "the login answer carries no token at response.id");
    }

    /// <summary>An ERROR item, an envelope with <c>"error": "true"</c>, or no item at all.</summary>
    private static UpstreamResult<UlipAnswer> Refusal(UlipService service, JsonElement envelope, JsonElement? item)
    {
        var payload = item is { } i && i.TryGetProperty("response", out var p) ? p : default;
        var message = item is { } withMessage && withMessage.TryGetProperty("message", out var m) ? m : default;
        var code = UlipPayload.Text(message, "code") ?? UlipPayload.Text(item, "responseCode");
        var said = (payload.ValueKind == JsonValueKind.String ? payload.GetString() : null)
            ?? UlipPayload.Text(message, "text")
            ?? (message.ValueKind == JsonValueKind.String ? message.GetString() : null)
            ?? UlipPayload.Text(envelope, "message");

        // "Not found" as an ERROR item: VAHAN/04's null payload with message code 231, or a text that says so.
        if (item is not null && (code == "231" || said?.Contains("not found", StringComparison.OrdinalIgnoreCase) == true))
        {
            return new UlipAnswer(payload.ValueKind == JsonValueKind.Undefined ? UlipPayload.Null : payload.Clone(), "ERROR", code, Found: false);
        }

        var upstream = service.UpstreamName();
        if (item is null && said is null)
        {
            return UpstreamFailure.Failed(upstream, "its answer is not a ULIP envelope");
        }

        var envelopeCode = UlipPayload.Text(envelope, "code");
        return envelopeCode?.StartsWith("400", StringComparison.Ordinal) == true || NamesInvalidInput(said)
            ? UpstreamFailure.Rejected(upstream, "it answered " + UpstreamFailure.Quote(said))
            : UpstreamFailure.Failed(upstream, "it answered " + UpstreamFailure.Quote(said));
    }

    private static UpstreamFailure FromStatus(string upstream, HttpStatusCode status, JsonElement? root)
    {
        var code = (int)status;
        var said = UlipPayload.Text(root, "message") is { } message && message != "Failed" ? message : UlipPayload.Text(root, "response");
        return status switch
        {
            HttpStatusCode.BadRequest when NamesInvalidInput(said) => UpstreamFailure.Rejected(upstream, "it answered " + UpstreamFailure.Quote(said)),
            HttpStatusCode.BadRequest => UpstreamFailure.Refused(upstream, $"it refused the call with HTTP 400 {UpstreamFailure.Quote(said)}"),
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => UpstreamFailure.Refused(upstream, $"it refused the token with HTTP {code} even after a fresh login"),
            HttpStatusCode.PreconditionFailed => UpstreamFailure.Refused(upstream,
                $"it answered HTTP 412 {UpstreamFailure.Quote(said)}: ULIP takes calls only from the addresses and users it has allow-listed"),
            _ => UpstreamFailure.Failed(upstream, $"it answered HTTP {code}"),
        };
    }

    private static bool NamesInvalidInput(string? text) =>
        text is not null && InvalidRequestPhrases.Any(phrase => text.Contains(phrase, StringComparison.OrdinalIgnoreCase));

    private static JsonElement? Parse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
