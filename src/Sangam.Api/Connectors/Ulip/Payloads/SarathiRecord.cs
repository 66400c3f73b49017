using System.Text.Json;
using Sangam.India;

namespace Sangam.Api.Connectors.Ulip.Payloads;

/// <summary>The licence part of a SARATHI answer (<c>dldetobj[0]</c>): status, validities and classes of vehicle.</summary>
public sealed record SarathiRecord(string? Status, string? NonTransportUpto, string? TransportUpto, IReadOnlyList<string> Classes)
{
    public DateOnly? NonTransportValidUntil => GovernmentDate.TryParse(NonTransportUpto, out var date) ? date : null;

    public DateOnly? TransportValidUntil => GovernmentDate.TryParse(TransportUpto, out var date) ? date : null;

    /// <summary>Reads the payload; null when it holds no licence.</summary>
    public static SarathiRecord? Parse(JsonElement payload)
    {
        if (UlipPayload.AsObject(payload) is not { } root
            || !root.TryGetProperty("dldetobj", out var details) || details.ValueKind != JsonValueKind.Array || details.GetArrayLength() == 0)
        {
            return null;
        }

        var first = details[0];
        var licence = first.TryGetProperty("dlobj", out var dl) ? dl : default(JsonElement?);
        var classes = first.TryGetProperty("dlcovs", out var covs) && covs.ValueKind == JsonValueKind.Array
            ? covs.EnumerateArray().Select(c => UlipPayload.Text(c, "covabbrv")).OfType<string>().Select(c => c.Trim().ToUpperInvariant()).ToList()
            : [];
        return new SarathiRecord(
            UlipPayload.Text(licence, "dlStatus"),
            UlipPayload.Text(licence, "dlNtValdtoDt"),
            UlipPayload.Text(licence, "dlTrValdtoDt"),
            classes);
    }
}
