using System.Text.Json;
using Sangam.Api.Connectors.Ulip.Payloads;
using Sangam.Api.Http.Errors;
using Sangam.India.Vehicles;

namespace Sangam.Api.Connectors.Ulip;

/// <summary>
/// Reads a SUCCESS item of each service: found, not found (each service says it its own way: VAHAN/01 an XML whose
/// <c>stautsMessage</c> is not OK, SARATHI <c>errorcd</c> -1, FASTag <c>errCode</c> 740 or 239, e-Challan code 305),
/// or a failure when the payload cannot be what was asked for: unreadable, or the record of another vehicle.
/// </summary>
internal static class UlipItemReader
{
    public static UpstreamResult<UlipAnswer> Read(UlipService service, UlipRequest request, JsonElement payload, string responseStatus, string? responseCode)
    {
        var upstream = service.UpstreamName();
        var verdict = service switch
        {
            UlipService.Vahan or UlipService.VahanDetails => Registration(payload, request),
            UlipService.Sarathi => Licence(payload),
            UlipService.FastagCrossings => Fastag(payload, notFoundCode: "740", needsTags: false),
            UlipService.FastagTag => Fastag(payload, notFoundCode: "239", needsTags: true),
            _ => Challans(payload),
        };
        return verdict.Problem is { } problem
            ? UpstreamFailure.Failed(upstream, problem)
            : new UlipAnswer(payload.ValueKind == JsonValueKind.Undefined ? UlipPayload.Null : payload.Clone(), responseStatus, responseCode, verdict.Found);
    }

    private static (bool Found, string? Problem) Registration(JsonElement payload, UlipRequest request)
    {
        if (VahanRecord.Parse(payload) is not { } rc)
        {
            return payload.ValueKind == JsonValueKind.String && payload.GetString()!.Contains("not found", StringComparison.OrdinalIgnoreCase)
                ? (false, null)
                : (false, "its answer is not a VAHAN record");
        }

        if (rc[VahanRecord.StatusMessage] is { } status && !string.Equals(status, "OK", StringComparison.OrdinalIgnoreCase))
        {
            return (false, null);
        }

        // Staging has answered another vehicle's record now and then: passing it on would be a wrong answer.
        return request is VehicleNumberRequest { VehicleNumber: var asked } && rc[VahanRecord.RegistrationNumber] is { } answered && !SameVehicle(asked, answered)
            ? (false, "it answered with the record of a different vehicle than the one asked for")
            : (true, null);
    }

    private static (bool Found, string? Problem) Licence(JsonElement payload)
    {
        if (UlipPayload.AsObject(payload) is not { } root || !root.TryGetProperty("dldetobj", out var all) || all.ValueKind != JsonValueKind.Array
            || all.GetArrayLength() == 0)
        {
            return (false, "its answer holds no dldetobj");
        }

        var details = all[0];
        return UlipPayload.Text(details, "errorcd") switch
        {
            "-1" => (false, null),
            null or "0" => details.TryGetProperty("dlobj", out var licence) && licence.ValueKind == JsonValueKind.Object
                ? (true, null)
                : (false, "its answer holds no licence (dlobj)"),
            var code => (false, $"it answered errorcd {code} {UpstreamFailure.Quote(UlipPayload.Text(details, "erormsg"))}"),
        };
    }

    private static (bool Found, string? Problem) Fastag(JsonElement payload, string notFoundCode, bool needsTags)
    {
        var vehicle = UlipPayload.AsObject(payload) is { } root && root.TryGetProperty("vehicle", out var v) && v.ValueKind == JsonValueKind.Object ? v : (JsonElement?)null;
        var code = UlipPayload.Text(vehicle, "errCode");
        if (code == notFoundCode)
        {
            return (false, null);
        }

        if (code != "000")
        {
            return (false, code is null ? "its answer carries no vehicle.errCode" : $"it answered errCode {code}");
        }

        // A tag answer that lists no tag tells the same as 239: NETC knows no tag for the vehicle.
        return (!needsTags || (vehicle!.Value.TryGetProperty("vehicledetails", out var tags) && tags.ValueKind == JsonValueKind.Array && tags.GetArrayLength() > 0), null);
    }

    private static (bool Found, string? Problem) Challans(JsonElement payload)
    {
        var root = UlipPayload.AsObject(payload);
        if (UlipPayload.Text(root, "code") == "305")
        {
            return (false, null);
        }

        return root is { } r && r.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            ? (true, null)
            : (false, "its answer holds neither data nor code 305: " + UpstreamFailure.Quote(UlipPayload.Text(root, "message")));
    }

    private static bool SameVehicle(string asked, string answered) =>
        string.Equals(asked, VehicleNumber.TryParse(answered, out var number) ? number.Value : answered.Trim(), StringComparison.OrdinalIgnoreCase);
}
