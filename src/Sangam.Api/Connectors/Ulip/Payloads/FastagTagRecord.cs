using System.Text.Json;
using Sangam.India.Vehicles;

namespace Sangam.Api.Connectors.Ulip.Payloads;

/// <summary>One tag of a FASTAG/02 answer, read from its <c>detail[]</c> name/value pairs.</summary>
public sealed record FastagTagRecord(string? TagId, string? StatusCode, string? VehicleClass)
{
    public FastagTagStatus? Status => FastagTagStatusCode.TryParse(StatusCode, out var status) ? status : null;

    /// <summary>Every tag in <c>vehicle.vehicledetails[]</c>; empty when the vehicle has none.</summary>
    public static IReadOnlyList<FastagTagRecord> ParseAll(JsonElement payload)
    {
        if (UlipPayload.AsObject(payload) is not { } root
            || !root.TryGetProperty("vehicle", out var vehicle) || vehicle.ValueKind != JsonValueKind.Object
            || !vehicle.TryGetProperty("vehicledetails", out var tags) || tags.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return [.. tags.EnumerateArray().Select(Read)];
    }

    private static FastagTagRecord Read(JsonElement tag)
    {
        var pairs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (tag.ValueKind == JsonValueKind.Object && tag.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.Array)
        {
            foreach (var pair in detail.EnumerateArray())
            {
                if (UlipPayload.Text(pair, "name") is { } name && UlipPayload.Text(pair, "value") is { } value)
                {
                    pairs.TryAdd(name, value);
                }
            }
        }

        return new FastagTagRecord(pairs.GetValueOrDefault("TAGID"), pairs.GetValueOrDefault("TAGSTATUS"), pairs.GetValueOrDefault("VEHICLECLASS"));
    }
}
