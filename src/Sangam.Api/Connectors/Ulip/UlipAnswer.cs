using System.Text.Json;

namespace Sangam.Api.Connectors.Ulip;

/// <summary>
/// One item of a ULIP answer: the service's payload (an object, or a string: VAHAN's XML, a "not found" text),
/// its <c>responseStatus</c> and <c>responseCode</c>, and whether the service found what was asked for.
/// </summary>
public sealed record UlipAnswer(JsonElement Payload, string ResponseStatus, string? ResponseCode, bool Found)
{
    /// <summary>
    /// Whether the item says "not found" in the service's own way: VAHAN a text, SARATHI code 231, FASTag
    /// <c>errCode</c> 740 (crossings) or 239 (tags), e-Challan code 305.
    /// </summary>
    public static bool IsFound(UlipService service, JsonElement payload, string? responseCode) => service switch
    {
        UlipService.Vahan => !(payload.ValueKind == JsonValueKind.String && payload.GetString()!.Contains("not found", StringComparison.OrdinalIgnoreCase)),
        UlipService.Sarathi => responseCode != "231" && UlipPayload.AsObject(payload) is not null,
        UlipService.FastagCrossings => UlipPayload.Text(UlipPayload.AsObject(payload), "vehicle", "errCode") is not "740",
        UlipService.FastagTag => UlipPayload.Text(UlipPayload.AsObject(payload), "vehicle", "errCode") is not "239",
        UlipService.Echallan => UlipPayload.Text(UlipPayload.AsObject(payload), "code") is not "305",
        _ => true,
    };
}
